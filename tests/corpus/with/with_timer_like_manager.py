# a reusable manager that counts how often it was entered
class Counter:
    def __init__(self):
        self.entered = 0
        self.active = False
    def __enter__(self):
        self.entered += 1
        self.active = True
        return self
    def __exit__(self, *a):
        self.active = False
c = Counter()
for _ in range(3):
    with c as same:
        print(same is c, c.active)
print(c.entered, c.active)
with c, c:
    print("entered twice in one statement:", c.entered)
print(c.active)
