# comments, blank lines and line continuation
# a comment line

x = 1 + \
    2 + \
    3
print(x)  # trailing comment
y = (1 +
     2 +
     3)
print(y)
z = [1,
     2,
     3,
     ]
print(z)
# comment between statements
print("end")   # done
