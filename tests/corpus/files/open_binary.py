# open() in binary mode: bytes in and out, readinto, seek with whence, write counts
import os

data = bytes(range(256))
with open("t_bin.dat", "wb") as f:
    print(f.write(data))
    print(f.write(b"\x00\xff"))
    print(f.write(bytearray(b"xyz")))
    print(f.tell())
print(os.stat("t_bin.dat")[6])

with open("t_bin.dat", "rb") as f:
    b = f.read(4)
    print(type(b).__name__, b)
    print(f.tell())
    print(f.seek(-5, 2), f.read())
    print(f.seek(10), f.read(3))
    print(f.seek(2, 1), f.read(2))
    print(f.read(0))
    f.seek(0)
    all = f.read()
    print(len(all), all == data + b"\x00\xffxyz")

buf = bytearray(8)
with open("t_bin.dat", "rb") as f:
    f.seek(250)
    print(f.readinto(buf), buf)
    print(f.readinto(buf), buf)
    print(f.readinto(buf))

with open("t_bin.dat", "wb") as f:
    f.write(b"line one\nline two\n")
with open("t_bin.dat", "rb") as f:
    print(f.readline())
    print(f.readlines())
with open("t_bin.dat", "rb") as f:
    for line in f:
        print(line)

with open("t_bin.dat", "ab") as f:
    f.write(b"tail")
print(open("t_bin.dat", "rb").read())

# "r+b": overwrite in the middle
with open("t_bin.dat", "r+b") as f:
    f.seek(5)
    f.write(b"ONE")
print(open("t_bin.dat", "rb").read())
os.remove("t_bin.dat")
