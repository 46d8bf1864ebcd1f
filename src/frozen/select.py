# select, MicroPython's: poll objects over streams.
#
# A stream takes part through MicroPython's stream protocol: obj.ioctl(MP_STREAM_POLL, events)
# (MP_STREAM_POLL is 3) returns which of the events asked (POLLIN, POLLOUT) are ready, plus
# POLLERR or POLLHUP on error or hang-up. sys.stdin (the input the host gives) and sys.stdout
# have it, and so can any Python class (a UART driver, a pipe). Waiting sleeps in _select.wait,
# which input from the host ends early; a stream other than the sys ones is asked again every
# 10 ms while the poll waits, since nothing tells when it becomes ready.

import sys
from time import ticks_ms, ticks_diff
from _select import wait as _wait

MP_STREAM_POLL = 3

POLLIN = 1
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
_SLICE = 10


class poll:
    def __init__(self):
        self._objs = []
        self._masks = []

    def _find(self, obj):
        objs = self._objs
        for i in range(len(objs)):
            if objs[i] is obj:
                return i
        return -1

    def register(self, obj, eventmask=POLLIN | POLLOUT):
        if not hasattr(obj, "ioctl"):
            raise TypeError("object with stream.ioctl required")
        i = self._find(obj)
        if i < 0:
            self._objs.append(obj)
            self._masks.append(eventmask)
        else:
            self._masks[i] = eventmask

    def unregister(self, obj):
        i = self._find(obj)
        if i >= 0:
            self._objs.pop(i)
            self._masks.pop(i)

    def modify(self, obj, eventmask):
        i = self._find(obj)
        if i < 0:
            raise OSError(2)
        self._masks[i] = eventmask

    def _scan(self, flags):
        res = []
        objs = self._objs
        masks = self._masks
        for i in range(len(objs)):
            m = masks[i]
            r = objs[i].ioctl(MP_STREAM_POLL, m) & (m | POLLERR | POLLHUP)
            if r:
                res.append((objs[i], r))
                if flags & 1:
                    # one-shot: no more events until modify() asks again
                    masks[i] = 0
        return res

    def _quiet(self):
        for o in self._objs:
            if o is not sys.stdin and o is not sys.stdout and o is not sys.stderr:
                return False
        return True

    def _poll(self, timeout, flags):
        if timeout is None:
            timeout = -1
        start = ticks_ms()
        while True:
            res = self._scan(flags)
            if res or timeout == 0:
                return res
            left = -1
            if timeout > 0:
                left = timeout - ticks_diff(ticks_ms(), start)
                if left <= 0:
                    return res
            if not self._quiet() and (left < 0 or left > _SLICE):
                left = _SLICE
            _wait(left)

    def poll(self, timeout=-1):
        return self._poll(timeout, 0)

    def ipoll(self, timeout=-1, flags=0):
        return iter(self._poll(timeout, flags))


def select(rlist, wlist, xlist, timeout=None):
    p = poll()
    for o in rlist:
        p.register(o, POLLIN)
    for o in wlist:
        i = p._find(o)
        p.register(o, (p._masks[i] if i >= 0 else 0) | POLLOUT)
    for o in xlist:
        i = p._find(o)
        p.register(o, (p._masks[i] if i >= 0 else 0) | POLLERR)
    res = p.poll(-1 if timeout is None else int(timeout * 1000))
    r = []
    w = []
    x = []
    for o, e in res:
        if e & (POLLIN | POLLHUP) and o in rlist:
            r.append(o)
        if e & POLLOUT and o in wlist:
            w.append(o)
        if e & POLLERR and o in xlist:
            x.append(o)
    return r, w, x
