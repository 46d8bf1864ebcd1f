# A mixed workload in the spirit of pystone (written for this suite): records linked in a chain,
# module globals, small-int states, string comparisons, nested lists and procedure calls.
N = 5000  # duk: 200

IDLE = 0
RUN = 1
WAIT = 2
DONE = 3


class Task:
    def __init__(self, ident, kind):
        self.ident = ident
        self.kind = kind
        self.state = IDLE
        self.work = 0
        self.name = "task" + str(ident % 10)
        self.next = None


grid = [[0] * 16 for _ in range(16)]
flags = [0] * 32
ticks = 0


def advance(t):
    global ticks
    ticks += 1
    if t.state == IDLE:
        t.state = RUN
    elif t.state == RUN:
        t.work += t.kind
        if t.work > 20:
            t.state = WAIT
    elif t.state == WAIT:
        t.state = DONE if t.work > 40 else RUN
        t.work += 3
    else:
        t.state = IDLE
        t.work = 0
    return t.state


def classify(a, b):
    if a == b:
        return 0
    if a < b:
        return 1
    return 2


def fill(row, col, v):
    grid[row][col] = v
    grid[col][row] += v
    flags[(row + col) & 31] += 1


def run(n):
    tasks = [Task(i, (i % 4) + 1) for i in range(12)]
    for i in range(11):
        tasks[i].next = tasks[i + 1]
    total = 0
    for loop in range(n):
        t = tasks[0]
        while t is not None:
            total += advance(t)
            t = t.next
        total += classify(tasks[loop % 12].name, tasks[(loop * 5) % 12].name)
        fill(loop & 15, (loop >> 4) & 15, loop & 7)
    for row in grid:
        total += sum(row)
    return total + sum(flags) + ticks


print("mix", run(N))
