# `in` on str: substrings anywhere, the empty string, non-ASCII text, long needles near misses
s = "héllo wörld ✓ 𝄞 end"
for t in ("", "h", "héllo", "wörld ✓", "𝄞", "𝄞 end", "end", "x", "héllo!", "✓✓", "llo w"):
    print(len(t), t in s, t not in s)
print("" in "", "a" in "", "ab" in "a")
hay = "a" * 5000
print("a" * 2500 + "b" in hay, "a" * 5000 in hay, "a" * 5001 in hay, "b" + "a" * 10 in "c" + hay)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError")
