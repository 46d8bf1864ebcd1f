# Instances: attribute reads and writes, method calls, construction, inheritance, super().
N = 6000  # duk: 150


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k


class Body:
    def __init__(self, x, y, vx, vy):
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.hits = 0

    def step(self, size):
        self.pos = self.pos.add(self.vel)
        if self.pos.x < 0 or self.pos.x > size:
            self.vel.x = -self.vel.x
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > size:
            self.vel.y = -self.vel.y
            self.hits += 1

    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Body):
    def __init__(self, x, y, vx, vy, mass):
        super().__init__(x, y, vx, vy)
        self.mass = mass

    def energy(self):
        return self.mass * Body.energy(self)


def simulate(steps):
    bodies = []
    for i in range(10):
        if i % 2:
            bodies.append(Heavy(i * 10, i * 7, (i % 3) + 1, (i % 4) - 2, i))
        else:
            bodies.append(Body(i * 5, 100 - i, 2 - (i % 5), (i % 3) + 1))
    for s in range(steps):
        for b in bodies:
            b.step(1000)
    total = 0
    for b in bodies:
        total += b.hits * 1000 + b.energy() + b.pos.x + b.pos.y
    v = Vec(1, 2)
    for s in range(steps):
        v.scale(1)
        total += v.dot(v)
    return total


print("objects", simulate(N))
