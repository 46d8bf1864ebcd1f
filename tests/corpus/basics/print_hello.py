# print with no, one and several arguments
print("hello")
print("hello", "world")
print()
print("a", 1, "b", 2)
print(42)
print(-7)
print("")
print("done")
