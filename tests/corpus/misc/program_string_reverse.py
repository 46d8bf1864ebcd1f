# reversing strings and checking palindromes with loops
def reverse(s):
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out
def is_palindrome(s):
    return s == reverse(s)
for w in ["level", "python", "", "a", "noon", "abca"]:
    print(w, reverse(w), is_palindrome(w))
