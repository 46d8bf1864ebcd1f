a=[1,2]
x = *a,
print(x)
print((*a,))
print([*a])
b, *c = a
print(b, c)
[d, *e] = a
print(d, e)
def f(*a, **k): print(a, k)
f(1, *a, x=1, *a, **{'y': 2})
f(x=1, *a)
for (p, q) in [(1, 2)]: print(p, q)
(r) = 5
print(r)
[s] = [6]
print(s)
((t, u), v) = ((1, 2), 3)
print(t, u, v)
y: int = 3
print(y)
