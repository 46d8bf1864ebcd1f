# gather and wait_for: a task waiting on other tasks, woken when any of them finishes.

from . import core
from .core import ticks, ticks_add, _schedule, _unqueue, _forget, _park, _promote


class _AnyDone:
    # awaits until one of the given tasks is done, or until `until` (ticks) when given
    def __init__(self, tasks, until=None):
        self.tasks = tasks
        self.until = until

    def __iter__(self):
        me = core.cur_task
        for t in self.tasks:
            if not t._done:
                t.waiting.append(me)
        if self.until is not None:
            _schedule(me, None, self.until)
        _park()
        try:
            yield
        finally:
            for t in self.tasks:
                _forget(t.waiting, me)
            _unqueue(me)

    __await__ = __iter__


async def gather(*aws, return_exceptions=False):
    tasks = [_promote(a) for a in aws]
    try:
        while True:
            pending = False
            for t in tasks:
                if not t._done:
                    pending = True
                elif t._exc is not None and not return_exceptions:
                    t._retrieved = True
                    raise t._exc
            if not pending:
                break
            await _AnyDone(tasks)
    except core.CancelledError:
        if core.cur_task is not None:
            for t in tasks:
                t.cancel()
        raise
    res = []
    for t in tasks:
        t._retrieved = True
        res.append(t._exc if t._exc is not None else t._result)
    return res


async def wait_for_ms(aw, timeout):
    return await _wait(aw, timeout)


async def wait_for(aw, timeout):
    if timeout is None:
        return await aw
    return await _wait(aw, int(timeout * 1000))


async def _wait(aw, ms):
    t = _promote(aw)
    until = ticks_add(ticks(), ms if ms > 0 else 0)
    try:
        if not t._done:
            await _AnyDone((t,), until)
    except core.CancelledError:
        t.cancel()
        raise
    if not t._done:
        t.cancel()
        try:
            await t
        except core.CancelledError:
            pass
        except Exception:
            pass
        raise core.TimeoutError
    return await t
