# heapq: the heap layouts after each operation (as CPython's), heapsort, nlargest/nsmallest
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana']
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(5)])
pairs = []
for p in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heapq.heappush(pairs, p)
print([heapq.heappop(pairs) for _ in range(4)])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]), heapq.nlargest(10, [1, 2]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len), heapq.nsmallest(2, {'x': 3, 'y': 1, 'z': 2}.items(), key=lambda kv: kv[1]))

class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
tasks = []
for t in [Task(3, 'low'), Task(1, 'high'), Task(2, 'mid')]:
    heapq.heappush(tasks, t)
print([heapq.heappop(tasks).name for _ in range(3)])
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
