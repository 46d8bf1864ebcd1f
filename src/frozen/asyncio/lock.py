# Lock: released to its waiters in order; the lock passes directly to the task woken.

from . import core
from .core import _schedule, _forget, _park


class _Acquire:
    def __init__(self, lock):
        self.lock = lock

    def __iter__(self):
        lock = self.lock
        me = core.cur_task
        lock.waiting.append(me)
        _park()
        try:
            yield
        except BaseException:
            if lock.owner is me:
                # handed the lock but cancelled before it ran: pass it on
                lock.release()
            else:
                _forget(lock.waiting, me)
            raise

    __await__ = __iter__


class Lock:
    def __init__(self):
        self.state = False
        self.owner = None
        self.waiting = []

    def locked(self):
        return self.state

    def release(self):
        if not self.state:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            t = self.waiting.pop(0)
            self.owner = t
            _schedule(t)
        else:
            self.state = False
            self.owner = None

    async def acquire(self):
        if self.state:
            await _Acquire(self)
        else:
            self.state = True
        self.owner = core.cur_task
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
