# split, rsplit, splitlines and join
print("a,b,,c,".split(","))
print("  one  two\tthree\n four ".split())
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2))
print("  x  y  z  ".split(None, 1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("abc".split("abc"), "abcabc".split("b", 0))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True))
print("".splitlines(), "\n".splitlines())
print(",".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join("abc"))
print(" ".join(w for w in ["gen", "exp"]), "+".join(()), "=".join(("only",)))
words = "the quick brown fox".split()
print(len(words), "_".join(reversed(words)))
print("k=v;k2=v2".split(";"), [p.split("=") for p in "k=v;k2=v2".split(";")])
for bad in ([1, 2], ["a", None]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError")
try:
    "abc".split("")
except ValueError:
    print("ValueError")
