# input(), the builtin: the prompt, then one line of sys.stdin without its newline, or EOFError
# once the input has ended. It sleeps until a whole line has come (_select.line answers 0 while
# one has not), so the host's event loop runs meanwhile.

import sys
from _select import wait as _wait, line as _line


def input(prompt=""):
    if prompt != "":
        sys.stdout.write(str(prompt))
    while True:
        s = _line()
        if s is None:
            raise EOFError
        if s != 0:
            return s[:-1] if s.endswith("\n") else s
        if not _wait(-1):
            # inside a call from a builtin (a map(), a sort key) the program cannot stop to wait
            raise RuntimeError("input() cannot wait for input here")
