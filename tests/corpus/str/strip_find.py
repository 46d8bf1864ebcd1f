# strip family, find/rfind/index/rindex with ranges, count
s = "  \t hello world \n "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("x"), "abc".strip(""))
print("www.example.com".strip("cmow."), "[" + "   ".strip() + "]")
t = "hello, hello, hello"
print(t.find("hello"), t.find("hello", 1), t.find("hello", 1, 10), t.find("xyz"))
print(t.rfind("hello"), t.rfind("hello", 0, 12), t.rfind("hello", -5))
print(t.index("lo"), t.rindex("lo"), t.index("lo", 5), t.rindex("h", 0, 10))
print(t.find(""), t.find("", 5), t.rfind(""))
print(t.find("h", -3), t.find("o", -100, -15))
print(t.count("l"), t.count("hello"), t.count("l", 5), t.count("l", 5, 10), t.count(""), "aaaa".count("aa"))
for f in (lambda: t.index("z"), lambda: t.rindex("z"), lambda: t.index("hello", 15)):
    try:
        f()
    except ValueError:
        print("ValueError")
print("abc" in "xabcx", "" in "x", "ac" in "abc", "a" not in "bcd")
