# growing and shrinking lists
a = []
for i in range(5):
    a.append(i * i)
print(a)
print(a.pop())
print(a)
print(a.pop(0))
print(a)
a.insert(1, 100)
print(a)
a.extend([7, 8])
print(a)
a.remove(100)
print(a)
print(len(a))
while a:
    print("popped", a.pop())
print(a)
