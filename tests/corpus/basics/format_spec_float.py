# format specifications applied to floats
x = 3.14159265
print(f"{x:.2f} {x:.0f} {x:10.4f}| {x:<10.2f}|")
print(f"{x:e} {x:.3e} {x:E}")
print(f"{x:g} {1234567.0:g} {0.00001234:g}")
print(f"{x:%} {0.25:.1%}")
print(f"{x:+.1f} {-x:+.1f}")
print(f"{x:010.3f}")
print(f"{1.5:^9.2f}|")
print(f"{2.4:.0f} {3.6:.0f} {0.126:.2f}")
print(f"{1e10:.1f}")
print(f"{-0.0:.1f}")
print(f"{3:.2f}")
