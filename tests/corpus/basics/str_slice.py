# basic string slices
s = "abcdefgh"
print(s[2:5])
print(s[:3])
print(s[5:])
print(s[:])
print(s[-3:])
print(s[:-3])
print(s[2:-2])
print(s[5:2] + "|")
print(s[100:] + "|")
print(s[-100:2])
print(s[3:100])
