# indexing strings with positive and negative indices
s = "python"
print(s[0])
print(s[5])
print(s[-1])
print(s[-6])
print(len(s))
i = 0
while i < len(s):
    print(i, s[i])
    i = i + 1
print(s[len(s) - 1])
