# frequently used str methods
s = "  Hello, World  "
print("[" + s.strip() + "]")
print("[" + s.lstrip() + "]")
print("[" + s.rstrip() + "]")
print(s.strip().upper(), s.strip().lower())
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
print("banana".count("a"), "banana".count("an"), "banana".count("x"))
print("banana".find("n"), "banana".rfind("n"), "banana".find("z"))
print("banana".index("an"))
print("a-b-c".replace("-", "+"), "aaa".replace("a", "b", 2))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "a1".isalpha())
print(" \t\n".isspace(), "ABC".isupper(), "abc".islower())
print("xxhixx".strip("x"), "hello".center(11))
try:
    "abc".index("z")
except ValueError:
    print("ValueError")
