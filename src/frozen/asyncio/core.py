# asyncio's core: tasks, the run queue and the loop that runs them.
#
# A task is resumed by send()/throw() on its coroutine. Whatever the coroutine awaits ends in a
# `yield` of one of the awaitables below, which first arranges how the task wakes up again: in the
# run queue at a later time (sleep), or in a waiting list (a task's waiters, an event, a lock)
# from which another task moves it to the run queue. A bare yield (a foreign awaitable) just
# runs the task again after the others. Cancelling a task puts it in the run queue at the current
# time with CancelledError to throw in; each waiting primitive leaves its list in a finally clause.
#
# The loop sleeps with time.sleep_ms until the first task is due, so on a host with an event loop
# a sleeping program costs no CPU; when streams wait for I/O it polls them with that timeout.

from time import ticks_ms as ticks, ticks_diff, ticks_add, sleep_ms as _sleep_ms
import sys


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# tasks due to run, in order of their `when` (ticks), first come first served among equals
_runq = []
cur_task = None
# set by an awaitable that has put the current task where something will wake it
_parked = False
_stop = False
# the stream poller (stream.py), made when a stream first waits
_io = None


def _park():
    global _parked
    _parked = True


def _unqueue(t):
    if t._queued:
        t._queued = False
        q = _runq
        for i in range(len(q)):
            if q[i] is t:
                q.pop(i)
                break


def _schedule(t, exc=None, when=None):
    _unqueue(t)
    if when is None:
        when = ticks()
    t.when = when
    if exc is not None:
        t.data = exc
    q = _runq
    i = len(q)
    while i > 0 and ticks_diff(q[i - 1].when, when) > 0:
        i -= 1
    q.insert(i, t)
    t._queued = True


class Task:
    def __init__(self, coro):
        self.coro = coro
        # exception to throw into the coroutine at its next step
        self.data = None
        self.when = 0
        self.waiting = []
        self._queued = False
        self._done = False
        self._result = None
        self._exc = None
        self._retrieved = False

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        if self is cur_task:
            raise RuntimeError("can't cancel self")
        _schedule(self, CancelledError())
        return True

    def __iter__(self):
        if not self._done:
            me = cur_task
            self.waiting.append(me)
            _park()
            try:
                yield
            finally:
                _forget(self.waiting, me)
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    __await__ = __iter__


def _forget(lst, t):
    for i in range(len(lst)):
        if lst[i] is t:
            lst.pop(i)
            return


def _finish(t, result, exc):
    t._done = True
    t._result = result
    t._exc = exc
    w = t.waiting
    if w:
        t.waiting = []
        for x in w:
            _schedule(x)
    elif exc is not None and not isinstance(exc, CancelledError):
        # nobody awaits it yet: report it next turn unless someone has by then
        _schedule(t)


def _step(t):
    global cur_task, _parked
    cur_task = t
    _parked = False
    exc = t.data
    try:
        if exc is None:
            t.coro.send(None)
        else:
            t.data = None
            t.coro.throw(exc)
    except StopIteration as e:
        _finish(t, e.value, None)
    except (CancelledError, Exception) as e:
        _finish(t, None, e)
    else:
        if not _parked and not t._queued:
            _schedule(t)
    finally:
        cur_task = None


def _report(t):
    ctx = {"message": "Task exception wasn't retrieved", "exception": t._exc, "future": t}
    Loop.call_exception_handler(ctx)


def _run(main):
    global _stop
    _stop = False
    q = _runq
    while True:
        if main is not None and main._done:
            main._retrieved = True
            if main._exc is not None:
                raise main._exc
            return main._result
        if _stop:
            return None
        dt = max(0, ticks_diff(q[0].when, ticks())) if q else -1
        if _io is not None and _io.waiting():
            _io.wait(dt)
            if dt != 0:
                continue
        elif dt < 0:
            return None
        elif dt > 0:
            _sleep_ms(dt)
            continue
        t = q.pop(0)
        t._queued = False
        if t._done:
            if not t._retrieved:
                _report(t)
        else:
            _step(t)


# a generator, so that a sleep can also be made a task (wait_for(sleep(1), ...))
def sleep_ms(t):
    _schedule(cur_task, None, ticks_add(ticks(), t if t > 0 else 0))
    yield


def sleep(t):
    return sleep_ms(int(t * 1000))


def _promote(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _schedule(t)
    return t


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def run(coro):
    return _run(create_task(coro))


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        _run(None)

    def run_until_complete(aw):
        return _run(_promote(aw))

    def stop():
        global _stop
        _stop = True

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    global _stop, cur_task
    # a fresh loop: the tasks of the old one are dropped
    del _runq[:]
    _stop = False
    cur_task = None
    if _io is not None:
        _io.reset()
    return Loop
