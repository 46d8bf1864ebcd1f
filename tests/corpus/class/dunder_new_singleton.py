# __new__ can return an existing instance
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = object.__new__(cls)
        return cls._instance
a = Singleton()
b = Singleton()
print(a is b)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
x, y, z = Cached("a"), Cached("b"), Cached("a")
print(x is z, x is y, x.key, y.key, len(Cached._cache))
