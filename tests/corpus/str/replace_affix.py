# replace, partition, rpartition, startswith and endswith
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("three", "3"), s.replace(" ", ""), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "".replace("", "x"), "abc".replace("", "-", 2))
print("k=v=w".partition("="), "k=v=w".rpartition("="))
print("kvw".partition("="), "kvw".rpartition("="))
print("abc".partition("abc"), "abc".rpartition("c"))
f = "report.final.txt"
print(f.startswith("rep"), f.startswith("final"), f.startswith("final", 7), f.startswith("fin", 7, 9))
print(f.endswith(".txt"), f.endswith((".csv", ".txt")), f.startswith(("x", "y")), f.endswith("final", 0, 12))
print(f.startswith(""), f.endswith(""), f.endswith("txt", -3), f.startswith("t", -3))
try:
    "x".partition("")
except ValueError:
    print("ValueError")
try:
    "x".startswith(1)
except TypeError:
    print("TypeError")
