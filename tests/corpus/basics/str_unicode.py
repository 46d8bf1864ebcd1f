# non-ASCII text: length, indexing and code points
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-4:])
print(ord("é"), chr(233), ord("A"), chr(97))
print(ord("€"), chr(8364))
e = "😀"
print(len(e), ord(e))
t = "日本語"
print(len(t), t[0], t[1:])
print("ü" in "über", "über".replace("b", "B"))
print(chr(0x1F600) == e)
out = ""
for c in "äbc":
    out = c + out
print(out)
print(len("é".encode()), "é".encode())
