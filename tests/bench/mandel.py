# Float arithmetic: a Mandelbrot set count and a numeric integration, reported as ints.
N = 80  # duk: 10


def mandel(w, h, maxit):
    total = 0
    for y in range(h):
        ci = y * 2.4 / h - 1.2
        for x in range(w):
            cr = x * 3.0 / w - 2.1
            zr = 0.0
            zi = 0.0
            i = 0
            while i < maxit and zr * zr + zi * zi < 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            total += i
    return total


def integrate(steps):
    # midpoint rule for 4 / (1 + x^2) over [0, 1]
    h = 1.0 / steps
    s = 0.0
    for k in range(steps):
        x = (k + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


print("mandel", mandel(N, N, 50), int(integrate(N * 400) * 1e9))
