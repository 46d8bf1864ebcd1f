# iterating over the characters of a string
for ch in "abc":
    print(ch)
vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels = vowels + 1
print("vowels:", vowels)
out = ""
for ch in "hello":
    out = ch + out
print(out)
for ch in "":
    print("never")
