# pass in every block position
def f():
    pass
print(f())
if True:
    pass
else:
    pass
for i in range(3):
    pass
print(i)
while False:
    pass
def g(x):
    if x:
        pass
    return x
print(g(5))
print("after pass")
