# subclasses of int, str and dict with extra methods
class Celsius(int):
    def to_f(self):
        return self * 9 // 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, isinstance(c, int))
class Tag(str):
    def wrap(self):
        return "<" + str(self) + ">"
t = Tag("b")
print(t.wrap(), t.upper(), len(t), t == "b")
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
cnt = Counter()
for ch in "banana":
    cnt.add(ch)
print(sorted(cnt.items()), len(cnt), isinstance(cnt, dict))
