# asyncio, MicroPython's: a subset of CPython's, with sleep_ms, wait_for_ms and ThreadSafeFlag.

from .core import CancelledError, TimeoutError, Task, Loop, sleep, sleep_ms, create_task, current_task, run
from .core import get_event_loop, new_event_loop
from .funcs import gather, wait_for, wait_for_ms
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import Stream, StreamReader, StreamWriter

__version__ = (3, 0, 0)
