# bytes: indexing, slicing, operators and str-like methods
b = b"Hello, World"
print(b[0], b[-1], b[7:12], b[:0], len(b))
print(b + b"!", b * 2, 2 * b"ab", b"ab" * 0)
print(b"lo" in b, 72 in b, 200 in b, b"" in b)
print(b.find(b"o"), b.rfind(b"o"), b.find(b"o", 5), b.index(b"W"), b.count(b"l"))
print(b.split(b", "), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"x\ny\r\n".splitlines())
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b.startswith(b"Hell"), b.endswith(b"ld"), b.startswith((b"x", b"H")))
print(b.partition(b", "), b.rpartition(b"o"))
print(b.upper(), b.lower(), b"-".join([b"a", b"b", b"c"]))
print(b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"ab".center(6), b"\x00\x01\x7f\x80\xff", b"quote'", b'dq"', b"both'\"", b"\\\t\n\r")
print(list(b"abc"), [x for x in b"\x00\xff"], sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"b" > b"abc", b"" < b"a", b"a" == "a")
print(hash(b"key") == hash(b"key"), {b"k": 1}[b"k"], b"x" in {b"x", b"y"})
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(48, 52)), bytes(b"copy"), bytes("s", "utf-8"))
for bad in (lambda: bytes([256]), lambda: b[20], lambda: b"x".index(b"y")):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
