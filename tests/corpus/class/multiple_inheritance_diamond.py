# a diamond where each method is defined in only one class of the diamond
# resolves the same way in every MRO
class Root:
    def root_only(self):
        return "root"
    def shared(self):
        return "root shared"
class Left(Root):
    def left_only(self):
        return "left"
    def shared(self):
        return "left shared"
class Right(Root):
    def right_only(self):
        return "right"
class Bottom(Left, Right):
    pass
b = Bottom()
print(b.root_only(), b.left_only(), b.right_only(), b.shared())
print(isinstance(b, Root), isinstance(b, Left), isinstance(b, Right))
class Mixin:
    def tag(self):
        return "mixin:" + self.name()
class Impl(Mixin, Left):
    def name(self):
        return "impl"
print(Impl().tag(), Impl().left_only(), Impl().root_only())
