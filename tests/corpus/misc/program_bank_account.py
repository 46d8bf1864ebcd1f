# a small bank with accounts, custom exceptions and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__("short by " + str(needed))
        self.needed = needed
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)
a = Account("ann", 100)
a.deposit(50)
a.withdraw(30)
for op, amt in [("withdraw", 500), ("deposit", -5), ("withdraw", 20)]:
    try:
        getattr(a, op)(amt)
        print(op, amt, "ok")
    except InsufficientFunds as e:
        print(op, amt, "failed:", e, e.needed)
    except ValueError as e:
        print(op, amt, "failed:", e)
print(a, a.log)
