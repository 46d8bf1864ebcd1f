# len() of strings and the in / not in operators
print(len(""))
print(len("a"))
print(len("hello world"))
print("ell" in "hello")
print("xyz" in "hello")
print("" in "hello")
print("h" not in "hello")
print("z" not in "hello")
word = "mississippi"
count = 0
for c in word:
    if c == "s":
        count = count + 1
print(count)
