# an exception in __init__ means no object is bound
class Positive:
    def __init__(self, n):
        if n <= 0:
            raise ValueError("not positive: " + str(n))
        self.n = n
made = []
for n in [2, -1, 5, 0]:
    try:
        made.append(Positive(n).n)
    except ValueError as e:
        print("ValueError:", e)
print(made)
p = "unchanged"
try:
    p = Positive(-3)
except ValueError:
    pass
print(p)
