# await runs another coroutine and gives its return value
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def square(x):
    return x * x
async def sum_squares(n):
    total = 0
    for i in range(n):
        total += await square(i)
    return total
async def main():
    a = await square(3)
    b = await sum_squares(4)
    c = (await square(2)) + (await square(1))
    print("a =", a, "b =", b, "c =", c)
    return "done"
print(run(main()))
print(run(sum_squares(10)))
