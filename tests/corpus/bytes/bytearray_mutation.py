# bytearray: item and slice assignment, deletion and the mutating methods
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba), ba[1], ba[1:3])
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[len(ba):] = b"!?"
print(ba)
ba[0:1] = b""
print(ba)
ba[0:2] = b""
print(ba)
ba.append(65)
ba.extend(b"BC")
ba.extend([68, 69])
print(ba, len(ba))
c = bytearray(ba)
c.append(0)
print(c, ba, c == ba, bytes(ba) == ba)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"))
x = bytearray()
for i in range(300):
    x.append(i % 256)
print(len(x), x[299], sum(x))
x += b"zz"
print(len(x), x[-2:], x[:3])
print(ba + b"!", b"!" + ba)
print(ba.upper(), ba.find(b"x"), ba.split(b"B"))
for bad in (lambda: ba[99],):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
try:
    hash(ba)
except TypeError:
    print("TypeError")
