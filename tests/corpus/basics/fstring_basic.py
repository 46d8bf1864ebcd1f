# f-strings with simple replacement fields
name = "Ann"
age = 30
print(f"{name} is {age}")
print(f"{name}{age}")
print(f"{{braces}} {age}")
print(f"no fields")
print(f"")
print(f"{age + 1} {age * 2} {age // 7}")
print(f"{'literal string'}")
print(f'{name!r} single quotes')
print(f"""triple {name}""")
items = [1, 2, 3]
print(f"{items} {len(items)} {items[1]}")
print(f"{None} {True} {1.5}")
