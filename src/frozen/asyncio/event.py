# Event and ThreadSafeFlag: tasks waiting for something to be set.

from . import core
from .core import _schedule, _forget, _park


class _Wait:
    def __init__(self, lst):
        self.lst = lst

    def __iter__(self):
        me = core.cur_task
        self.lst.append(me)
        _park()
        try:
            yield
        finally:
            _forget(self.lst, me)

    __await__ = __iter__


# what Event and ThreadSafeFlag share: a state, and the tasks waiting for it to be set
class _Flag:
    def __init__(self):
        self.state = False
        self.waiting = []

    def set(self):
        self.state = True
        w = self.waiting
        self.waiting = []
        for t in w:
            _schedule(t)

    def clear(self):
        self.state = False


class Event(_Flag):
    def is_set(self):
        return self.state

    async def wait(self):
        if not self.state:
            await _Wait(self.waiting)
        return True


# MicroPython's flag for an interrupt handler or micropython.schedule callback to wake one task;
# waiting clears it. (Such callbacks run between bytecodes, so setting it is safe here.)
class ThreadSafeFlag(_Flag):
    async def wait(self):
        while not self.state:
            await _Wait(self.waiting)
        self.state = False
