# a surrogate alone is a character of its own: it does not swallow the character after it
s = "a\ud800bc"
print(len(s), [hex(ord(c)) for c in s], s[2:], s.find("b"), s.index("c"))
t = chr(0xdc00) + "x" + chr(0xdbff)
print(len(t), [hex(ord(c)) for c in t], t[1], len(t * 3), (t + s).count("b"))
print(len(s.upper()), s.upper()[2:])
print(len("\U0001f600"), "a\U0001f600b"[2], len(chr(0x1f600) + "\ud800"))
