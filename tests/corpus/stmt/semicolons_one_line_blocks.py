# several statements on one line and one-line compound statements
a = 1; b = 2; print(a + b)
if a: print("one-line if")
if not a: print("no")
else: print("one-line else")
for i in range(2): print("loop", i)
n = 0
while n < 2: n += 1
print(n)
def f(x): return x * 3
print(f(4))
class K: attr = 7
print(K.attr)
x = 5;
print(x);
