# set made first through a subclass (their code is made at first use in the engine bundles)
class Tags(set):
    def tagged(self, t):
        return t in self


t = Tags([1, 2])
t.add(3)
print(sorted(t), t.tagged(2), t.tagged(9), isinstance(t, set))
f = frozenset([t.pop()])
print(len(t), len(f), type(f).__name__)
print(sorted(Tags("ba")))
