print(eval("1 + 2"))
print(eval("  (3,\n 4)  \n"))
g = {"a": 5}
print(eval("a * 2", g))
exec("b = a + 1", g)
print(g["b"])
exec("x = 10\nprint('in exec', x)")
print(x)
c = compile("y = 7", "<s>", "exec")
exec(c)
print(y)
print(eval(compile("y * 6", "<s>", "eval")))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError", e)
m = __import__("math")
print(m.sqrt(16))
print(callable(__build_class__))
g2 = {}
exec("t = 3\ndef h(): return t * 2", g2)
print(g2["t"], g2["h"]())
