# format specifications applied to ints
n = 1234
print(f"{n:8d}|{n:<8d}|{n:^8d}|{n:>8d}|")
print(f"{n:08d}|{-n:08d}|")
print(f"{n:+d} {-n:+d} {n: d}")
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#X} {n:#o} {n:#b}")
print(f"{255:#010x}")
print(f"{n:,} {10 ** 9:,}")
print(f"{n:_} {n:_x}")
print(f"{n:*>10} {n:-<10}")
print(f"{0:d} {-5:x}")
print(f"{2 ** 70:d}")
print(f"{65:c}")
