# rebinding the loop variable does not change the iteration
for i in range(3):
    print("i", i)
    i = 100
print("after", i)
lst = [1, 2, 3]
for x in lst:
    x = x * 10
print(lst)
for item in lst:
    lst[lst.index(item)] = item * 2
print(lst)
count = 0
for n in range(5):
    count += n
else:
    print("n at else", n)
print(count)
