# names assigned in a class body are not visible inside its methods
value = "module value"
class C:
    value = "class value"
    doubled = value * 2
    def method(self):
        return value
    def via_self(self):
        return self.value
    def via_class(self):
        return C.value
c = C()
print(c.method())
print(c.via_self(), c.via_class())
print(C.doubled)
def factory():
    local = "function local"
    class K:
        attr = local
        def get(self):
            return local
    return K
K = factory()
print(K.attr, K().get())
