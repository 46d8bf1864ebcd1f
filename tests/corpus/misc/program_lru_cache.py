# a least-recently-used cache built from a dict and a list
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.order.remove(key)
        else:
            self.misses += 1
            if len(self.data) >= self.capacity:
                oldest = self.order.pop(0)
                del self.data[oldest]
            self.data[key] = compute(key)
        self.order.append(key)
        return self.data[key]
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    cache.get(k, lambda n: n * n)
    print(k, cache.order)
print("hits", cache.hits, "misses", cache.misses)
print(sorted(cache.data.items()))
