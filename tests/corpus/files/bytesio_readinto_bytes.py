# readinto needs a buffer it may write: a bytes object is refused (and stays as it was)
import io

src = io.BytesIO(b"12345")
for dst in (b"abc", memoryview(b"abc")):
    try:
        src.readinto(dst)
        print("no error")
    except TypeError:
        print("TypeError", type(dst).__name__)
print(b"abc", src.read())
m = memoryview(bytearray(3))
print(io.BytesIO(b"xyz").readinto(m), bytes(m))
