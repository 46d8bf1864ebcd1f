# default argument values and keyword arguments
def power(base, exp=2):
    return base ** exp
print(power(3))
print(power(3, 3))
print(power(2, exp=5))
print(power(exp=0, base=7))
def label(text, left="[", right="]"):
    return left + text + right
print(label("a"))
print(label("b", "<"))
print(label("c", right=">"))
print(label("d", "(", ")"))
