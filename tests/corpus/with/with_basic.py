# with calls __enter__, binds its result, and calls __exit__ afterwards
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        return False
with Resource("r1") as r:
    print("body uses", r.name)
print("after with")
with Resource("r2"):
    print("body without as")
