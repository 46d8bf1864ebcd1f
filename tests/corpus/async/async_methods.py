# async methods on classes, awaited from other coroutines
class Account:
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, n):
        self.balance += n
        return self.balance
    async def transfer(self, other, n):
        self.balance -= n
        return await other.deposit(n)
    @staticmethod
    async def describe(acc):
        return "balance " + str(acc.balance)
async def main():
    a, b = Account(100), Account(5)
    print(await a.deposit(10))
    print(await a.transfer(b, 50))
    print(await Account.describe(a), await Account.describe(b))
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
