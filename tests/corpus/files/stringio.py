# io.StringIO and io.BytesIO: in-memory streams with the file methods
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()))
print(s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(0)
for line in s:
    print("line", repr(line))

s = io.StringIO("one\ntwo\nthree")
print(s.read(3), repr(s.read(1)), s.readline(), s.read())
print(repr(s.read()))
s.seek(4)
s.write("TWO")
print(s.getvalue())
s.seek(0, 2)
s.write("!")
print(s.getvalue())

with io.StringIO("ctx") as s:
    print(s.read())
try:
    s.read()
except ValueError:
    print("ValueError")

b = io.BytesIO(b"\x01\x02\x03")
print(b.read(2), b.read(), b.read())
b.write(b"\x04")
print(b.getvalue())
b.seek(1)
b.write(b"AB")
print(b.getvalue(), b.tell())
b = io.BytesIO()
b.write(b"abc\ndef\n")
b.seek(0)
print(list(b))
buf = bytearray(2)
b.seek(1)
print(b.readinto(buf), buf)
