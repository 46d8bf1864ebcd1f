# simple recursion
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
for i in range(8):
    print(i, fact(i))
print(fact(30))
def count_down(n):
    if n == 0:
        print("liftoff")
        return
    print(n)
    count_down(n - 1)
count_down(3)
