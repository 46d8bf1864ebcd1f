# triple-quoted strings keep newlines and quotes
s = """line one
line "two"
line 'three'"""
print(s)
print(len(s.split("\n")))
t = '''it's "fine"'''
print(t)
u = """\
no leading newline\
, joined"""
print(u)
v = """ends with newline
"""
print(repr(v))
print("""a""" + '''b''')
