# a decorator that keeps state in a closure and one using a class
def counted(fn):
    calls = 0
    def wrapper(*a):
        nonlocal calls
        calls += 1
        return (calls, fn(*a))
    return wrapper
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq(4))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
