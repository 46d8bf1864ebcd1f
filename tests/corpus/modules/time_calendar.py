# time: gmtime, localtime and mktime on fixed instants (as 8-tuples: MicroPython has no struct_time)
import time

for t in [0, 1, 59, 86399, 86400, 951782400, 951868800, 1700000000, -1, -86401, 4102444800, 253402300799, 1234567890]:
    print(t, tuple(time.gmtime(t))[:8])
print(tuple(time.gmtime(1.9))[:8], tuple(time.gmtime(-0.5))[:8])
for t in [0, 1000000000, 1700000000, 1234567890]:
    lt = tuple(time.localtime(t))[:8]
    print(int(time.mktime(lt + (-1,))) == t)
a = int(time.mktime((2023, 14, 1, 0, 0, 0, 0, 0, -1)))
b = int(time.mktime((2024, 2, 1, 0, 0, 0, 0, 0, -1)))
print(a == b, int(time.mktime((2024, 3, 0, 12, 0, 0, 0, 0, -1))) == int(time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, -1))))
now = time.time()
print(type(now).__name__, now > 1.6e9, tuple(time.localtime())[0] >= 2024, tuple(time.gmtime())[0] >= 2024)
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10 ** 9)
t0 = time.time()
time.sleep(0.05)
print(0.03 < time.time() - t0 < 2)
