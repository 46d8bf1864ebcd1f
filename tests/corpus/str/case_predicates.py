# case conversion and character class predicates on ASCII text
for s in ["Hello World", "ABC", "abc", "a1b2", "123", "", " \t\n", "Mixed Case 42!", "_under", "x y"]:
    print(repr(s), s.upper(), s.lower(),
          s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
print("hello".upper().lower() == "hello", "MiXeD".lower(), "MiXeD".upper())
print("1".isdigit(), "1.5".isdigit(), "-1".isdigit(), "A".isupper(), "A1".isupper(), "1".isupper())
print("a".islower(), "a!".islower(), "!".islower(), "\x0b\x0c\r".isspace())
