# which exception type common operations raise (messages are not compared)
one = 1
ops = [
    ("index list", lambda: [1][5]),
    ("index str", lambda: "a"[2]),
    ("missing key", lambda: {}["x"]),
    ("bad int", lambda: int("1.5")),
    ("str + int", lambda: "a" + 1),
    ("call int", lambda: one()),
    ("attr", lambda: (1).nope),
    ("unpack", lambda: [a for a, b in [(1,)]]),
    ("next", lambda: next(iter([]))),
    ("list.remove", lambda: [].remove(1)),
    ("list.pop", lambda: [].pop()),
    ("dict.pop", lambda: {}.pop(1)),
    ("chr", lambda: chr(-1)),
    ("hash list", lambda: hash([])),
    ("set key", lambda: {[]}),
    ("sorted mixed", lambda: sorted([1, "a"])),
    ("tuple assign", lambda: (1,).__setitem__(0, 1)),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__)
