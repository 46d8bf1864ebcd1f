# nested classes and functions inside methods
class Outer:
    label = "outer label"
    class Inner:
        label = "inner label"
        def who(self):
            return "Inner"
    def make_inner(self):
        return self.Inner()
    def helper_in_method(self):
        prefix = "method local"
        def helper():
            return prefix + " / " + self.label
        return helper()
o = Outer()
print(o.make_inner().who(), Outer.Inner.label)
print(o.helper_in_method())
print(Outer.Inner.__name__)
