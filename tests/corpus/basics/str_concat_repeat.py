# string concatenation and repetition
a = "foo"
b = "bar"
print(a + b)
print(a + " " + b)
print(a * 3)
print(3 * b)
print("-" * 10)
print("x" * 0 + "|")
print("ab" * -1 + "|")
s = ""
for i in range(5):
    s = s + str(i)
print(s)
