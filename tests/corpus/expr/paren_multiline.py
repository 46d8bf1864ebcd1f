# expressions spread over several lines inside brackets
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",
]
print(items)
d = {
    "x": 1,
    "y": (2 *
          3),
}
print(sorted(d.items()))
def f(a,
      b):
    return a - b
print(f(
    10,
    3,
))
print((
    "implicit"
    " concatenation"
))
