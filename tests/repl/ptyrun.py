# Runs a command on a pseudo-terminal in raw mode, as `socat PTY,raw,echo=0 EXEC:...` gives a
# board to mpremote, and relays bytes: this process's stdin to the terminal, the terminal's
# output to this process's stdout. Node has no pty module; the REPL tests drive mpjs through this.
import os
import pty
import select
import subprocess
import sys
import tty

master, slave = pty.openpty()
tty.setraw(slave)
child = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
inputs = [0, master]
while True:
    ready, _, _ = select.select(inputs, [], [])
    if master in ready:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(master, data)
        else:
            inputs.remove(0)
sys.exit(child.wait())
