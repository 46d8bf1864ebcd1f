# properties with setter and deleter
class Account:
    def __init__(self):
        self._balance = 0
        self.log = []
    @property
    def balance(self):
        self.log.append("get")
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self.log.append("set")
        self._balance = value
    @balance.deleter
    def balance(self):
        self.log.append("del")
        self._balance = 0
a = Account()
a.balance = 50
a.balance += 25
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a.balance)
print(a.log)
