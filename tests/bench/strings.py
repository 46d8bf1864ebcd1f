# Strings: building, joining, splitting, searching, replacing, case, slicing, concatenation.
N = 2000  # duk: 150


def build(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i))
    return ",".join(parts)


def scan(words):
    score = 0
    for w in words:
        if w.startswith("item1"):
            score += 1
        if w.endswith("7"):
            score += 2
        score += w.find("3")
        score += len(w[2:-1])
    return score


def concat(n):
    acc = ""
    for i in range(n):
        acc += chr(97 + i % 26)
    return acc


def rounds(n, reps):
    total = 0
    for r in range(reps):
        s = build(n)
        words = s.split(",")
        total += len(words)
        total += scan(words)
        up = s.upper()
        total += up.count("ITEM1")
        total += len(s.replace("item", "x"))
        acc = concat(n)
        total += acc.count("abc") + acc.find("zab") + acc.rfind("xyz")
        total += len(acc.strip("a")) + (1 if acc.lower() == acc else 0)
    return total


print("strings", rounds(N, 8))
