# truth value: __bool__ wins over __len__; objects without either are true
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
for o in [Empty(), Full(), Both(), Plain(), Flag(False), Flag(True)]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(Full()))
print(Flag(False) or "fallback", Flag(True) and "second")
