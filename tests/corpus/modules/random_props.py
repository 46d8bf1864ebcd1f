# random: reproducible for a seed, values within their ranges (the sequences themselves differ:
# CPython uses the Mersenne Twister, MicroPython and mpjs Yasmarang)
import random

random.seed(12345)
a = [random.getrandbits(16) for _ in range(20)] + [random.randint(1, 6) for _ in range(20)] + [random.random() for _ in range(5)]
random.seed(12345)
b = [random.getrandbits(16) for _ in range(20)] + [random.randint(1, 6) for _ in range(20)] + [random.random() for _ in range(5)]
print(a == b, len(set(a[:20])) > 10)
random.seed(1)
for _ in range(200):
    x = random.random()
    assert 0.0 <= x < 1.0
    assert 0 <= random.getrandbits(8) < 256
    assert random.getrandbits(1) in (0, 1)
    assert 1 <= random.randint(1, 3) <= 3
    assert 5 <= random.randrange(5, 8) < 8
    assert random.randrange(0, 20, 5) in (0, 5, 10, 15)
    assert random.randrange(10, 0, -3) in (10, 7, 4, 1)
    assert random.randrange(4) < 4
    assert random.choice('xyz') in 'xyz'
    assert -2.0 <= random.uniform(-2, 3) <= 3.0
print(random.getrandbits(0), random.randint(7, 7), random.randrange(3, 4), random.choice([42]))
seen = set(random.randint(0, 4) for _ in range(300))
print(sorted(seen))
mean = sum(random.random() for _ in range(2000)) / 2000
print(0.4 < mean < 0.6)
l = list(range(10))
random.shuffle(l)
print(sorted(l) == list(range(10)))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randint(2, 1), lambda: random.randrange(1, 5, 0), lambda: random.choice([])]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
