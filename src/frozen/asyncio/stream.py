# Streams: asyncio over objects with read/write and select's stream protocol (ioctl), such as
# sys.stdin, sys.stdout and UARTs. A task waiting to read or write is parked in the I/O queue; the
# loop polls the queue's streams (sleeping until input comes or the next task is due) and wakes
# the tasks whose stream is ready.

from . import core
from .core import _schedule, _park
import select


class _IOQueue:
    def __init__(self):
        self.poller = select.poll()
        # [stream, task waiting to read, task waiting to write]
        self.entries = []

    def reset(self):
        self.__init__()

    def waiting(self):
        return len(self.entries) > 0

    def entry(self, s):
        for e in self.entries:
            if e[0] is s:
                return e
        e = [s, None, None]
        self.entries.append(e)
        return e

    def update(self, e):
        mask = (select.POLLIN if e[1] is not None else 0) | (select.POLLOUT if e[2] is not None else 0)
        if mask:
            self.poller.register(e[0], mask)
            return
        self.poller.unregister(e[0])
        es = self.entries
        for i in range(len(es)):
            if es[i] is e:
                es.pop(i)
                break

    def wait(self, dt):
        for s, ev in self.poller.poll(dt):
            for e in self.entries:
                if e[0] is s:
                    if ev & ~select.POLLOUT and e[1] is not None:
                        _schedule(e[1])
                        e[1] = None
                    if ev & ~select.POLLIN and e[2] is not None:
                        _schedule(e[2])
                        e[2] = None
                    self.update(e)
                    break


class _IOWait:
    # idx 1: wait until s can be read, 2: until it can be written
    def __init__(self, s, idx):
        self.s = s
        self.idx = idx

    def __iter__(self):
        if core._io is None:
            core._io = _IOQueue()
        q = core._io
        me = core.cur_task
        e = q.entry(self.s)
        e[self.idx] = me
        q.update(e)
        _park()
        try:
            yield
        finally:
            if e[self.idx] is me:
                e[self.idx] = None
                q.update(e)

    __await__ = __iter__


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = None

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        if hasattr(self.s, "close"):
            self.s.close()

    async def aclose(self):
        await self.wait_closed()

    async def read(self, n=-1):
        while True:
            await _IOWait(self.s, 1)
            r = self.s.read(n)
            if r is not None:
                return r

    async def readinto(self, buf):
        while True:
            await _IOWait(self.s, 1)
            r = self.s.readinto(buf)
            if r is not None:
                return r

    async def readexactly(self, n):
        r = None
        while n > 0:
            await _IOWait(self.s, 1)
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r = r2 if r is None else r + r2
                n -= len(r2)
        return r

    async def readline(self):
        line = None
        while True:
            await _IOWait(self.s, 1)
            l2 = self.s.readline()
            if l2 is None:
                continue
            line = l2 if line is None else line + l2
            if not l2 or l2[-1] == "\n" or l2[-1] == 10:
                return line

    def write(self, buf):
        self.out_buf = buf if not self.out_buf else self.out_buf + buf

    async def drain(self):
        while self.out_buf:
            await _IOWait(self.s, 2)
            n = self.s.write(self.out_buf)
            if n is not None:
                self.out_buf = self.out_buf[n:]


StreamReader = Stream
StreamWriter = Stream
