# repr and str of floats print the shortest round-tripping form
vals = [0.1, 0.5, 1.0, 2.5, 1 / 3, 2 / 3, 0.1 + 0.2, 1e22, 1e-7, 123.456,
        100.0, 1e16, 12345.6789, 3.14159, -2.75, 5e-324 * 0]
for v in vals:
    print(repr(v), str(v))
print([0.1, 1.5, -0.0])
