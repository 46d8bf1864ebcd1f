# open() in text mode: write, read, readline, readlines, iteration, seek/tell, with, append, "x"
import os

with open("t_text.txt", "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    f.write("third, no newline")

f = open("t_text.txt")
print(repr(f.read(5)))
print(repr(f.readline()))
print(f.tell())
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.read()))
f.seek(0)
print(f.readlines())
f.seek(6)
print(repr(f.read(4)))
f.close()

with open("t_text.txt") as f:
    for line in f:
        print("line:", line.rstrip("\n"))

with open("t_text.txt") as f:
    print(repr(f.readline(3)), repr(f.readline(100)))

# read() with no size after partial reads, and read past the end
with open("t_text.txt", "r") as f:
    f.read(100)
    print(repr(f.read()), repr(f.read(3)))

# append adds at the end
with open("t_text.txt", "a") as f:
    f.write("\nappended\n")
with open("t_text.txt") as f:
    print(f.read().split("\n"))

# "w" truncates
with open("t_text.txt", "w") as f:
    f.write("short")
print(open("t_text.txt").read())

# "w" with nothing written leaves an empty file
open("t_text.txt", "w").close()
print(repr(open("t_text.txt").read()))

# non-ASCII text: sizes count characters
with open("t_text.txt", "w") as f:
    f.write("héllo wörld\n")
with open("t_text.txt") as f:
    print(f.read(4), f.read())
print(os.stat("t_text.txt")[6])

# "x" refuses an existing file
try:
    open("t_text.txt", "x")
except OSError as e:
    print("x:", e.errno)
os.remove("t_text.txt")
with open("t_text.txt", "x") as f:
    f.write("made by x")
print(open("t_text.txt").read())

# "r+" reads and overwrites in place; "w+" reads back what it wrote
with open("t_text.txt", "r+") as f:
    print(f.read(4))
    f.seek(4)
    f.write("E")
    f.seek(0)
    print(f.read())
with open("t_text.txt", "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines())
with open("t_text.txt", "a+") as f:
    f.write("ghi\n")
    f.seek(0)
    print(f.read().split())

# closed files
f = open("t_text.txt")
f.close()
f.close()
for op in (f.read, f.readline, f.tell):
    try:
        op()
    except ValueError:
        print("ValueError")

# a file written and not closed is read back the same
g = open("t_text.txt", "w")
g.write("not closed yet")
g.flush()
print(open("t_text.txt").read())
g.close()

os.remove("t_text.txt")
print("t_text.txt" in os.listdir())
