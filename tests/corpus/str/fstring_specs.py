# format specifications in f-strings: ints, floats, strings, nested widths
n, x, s = 1234, 3.14159265, "abc"
print(f"{n:8d}|{n:<8d}|{n:^8d}|{n:>8d}|{n:08d}|{-n:08d}")
print(f"{n:+d} {-n:+d} {n: d} {n:x} {n:#X} {n:#o} {n:#b} {n:,} {n:_}")
print(f"{255:#010x} {5:03b} {n:*>10} {n:-<10}|")
print(f"{x:.2f} {x:.0f} {x:10.4f}| {x:<10.2f}| {x:^10.1f}|")
print(f"{x:e} {x:.3e} {x:E} {x:g} {1e-7:g} {1e16:g} {x:G}")
print(f"{x:%} {0.25:.1%} {x:+.1f} {-x:+.1f} {x:010.3f} {-x:010.3f}")
print(f"{1.5:.0f} {2.6:.0f} {0.0:e} {-0.0:.1f} {1e10:.1f} {3:.2f}")
print(f"[{s:6}] [{s:<6}] [{s:>6}] [{s:^6}] [{s:^7}] [{s:.2}] [{s:6.1}]")
w, p = 12, 3
print(f"[{x:{w}.{p}f}] [{s:>{w}}] [{n:0{w}d}]")
print(f"{x!r} {s!r} {s!s:>5}")
print(f"{'nested':>10}|{n * 2:06}|{[1, 2]}|{None}")
print(f"{10 ** 20:,} {-10 ** 20:_} {2 ** 64:x}")
print(f"{12345.678:.2e} {123456789.0:.3g} {0.000012345:.3g}")
print(f"{float('inf'):f} {float('-inf'):8.2f}| {float('nan'):e}")
