# sys.stdout.buffer and sys.stderr.buffer take bytes (bytes, bytearray, memoryview) and answer with
# the count of bytes; sys.stdout.write answers with the count of characters
import sys
print("text first")
sys.stdout.flush()
out = sys.stdout.buffer
n = out.write(b"raw bytes \xc3\xa9\n")
m = out.write(bytearray(b"from a bytearray\n"))
k = out.write(memoryview(b"from a memoryview slice\n")[5:])
out.flush()
print(n, m, k, sys.stdout.buffer is out)
sys.stdout.flush()
print(sys.stdout.write("caf\u00e9\n"))
try:
    out.write("a str")
except TypeError:
    print("TypeError")
sys.stderr.buffer.write(b"")
