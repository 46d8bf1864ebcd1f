# greedy word wrapping and justification
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
text = "the quick brown fox jumps over the lazy dog and keeps running far away"
for w in [10, 20]:
    for line in wrap(text, w):
        print("|" + justify(line, w) + "|")
    print("-" * (w + 2))
