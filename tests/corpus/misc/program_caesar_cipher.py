# Caesar cipher with chr/ord and a brute-force decoder
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Attack at dawn."
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 26) == msg, shift(shift(msg, 7), 19) == msg)
def score(text):
    return sum(text.count(c) for c in "etaoin ")
best = max(range(26), key=lambda k: (score(shift(enc, -k)), -k))
print(best, shift(enc, -best))
