# counting words with a dict and reporting in a deterministic order
text = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(len(counts), sum(counts.values()))
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_count[:5]:
    print(word, n)
lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
