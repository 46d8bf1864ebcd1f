# runaway recursion raises RuntimeError (RecursionError in CPython is a
# subclass), and the program continues afterwards
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError:
    print("RuntimeError caught")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RuntimeError:
    print("RuntimeError caught again")
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(50))
