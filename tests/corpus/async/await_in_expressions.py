# await inside expressions, conditions, arguments and return statements
async def val(x):
    return x
async def main():
    a = (await val(2)) * (await val(3))
    if await val(True):
        print("condition awaited")
    items = [await val(1), await val(2)]
    s = str(await val(7)) + "!"
    d = {"k": await val("v")}
    print(a, items, s, d["k"])
    while (await val(0)):
        print("never")
    return await val("returned directly")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
