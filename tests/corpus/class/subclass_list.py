# subclassing list keeps list behaviour and adds methods
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], [x * 2 for x in s])
t = Stack([5, 4])
t.sort()
print(t, 4 in t)
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("nums", (1, 2))
print(n.name, n, sum(n))
