# loops and if blocks do not create scopes
for i in range(3):
    inside_loop = i * 2
print(i, inside_loop)
if True:
    from_if = "visible"
print(from_if)
while True:
    from_while = "also visible"
    break
print(from_while)
try:
    from_try = 1
finally:
    from_finally = 2
print(from_try, from_finally)
def f():
    for j in range(2):
        pass
    return j
print(f())
class CM:
    def __enter__(self):
        return "cm"
    def __exit__(self, *a):
        return None
with CM() as from_with:
    inside_with = True
print(from_with, inside_with)
