# bitwise special methods on a small set-of-flags class
class Flags:
    def __init__(self, bits):
        self.bits = bits
    def __and__(self, o):
        return Flags(self.bits & o.bits)
    def __or__(self, o):
        return Flags(self.bits | o.bits)
    def __xor__(self, o):
        return Flags(self.bits ^ o.bits)
    def __lshift__(self, n):
        return Flags(self.bits << n)
    def __rshift__(self, n):
        return Flags(self.bits >> n)
    def __invert__(self):
        return Flags(~self.bits & 0xF)
    def __repr__(self):
        return "Flags(%s)" % bin(self.bits)
r, w = Flags(0b0100), Flags(0b0010)
print(r | w, r & w, r ^ Flags(0b0110))
print(r << 1, r >> 2, ~r)
