# __init__ with defaults, keyword arguments and *args
class Config:
    def __init__(self, name, size=10, *extra, verbose=False, **opts):
        self.name = name
        self.size = size
        self.extra = extra
        self.verbose = verbose
        self.opts = sorted(opts.items())
    def show(self):
        print(self.name, self.size, self.extra, self.verbose, self.opts)
Config("a").show()
Config("b", 20).show()
Config("c", 1, 2, 3, verbose=True, colour="red").show()
Config(size=5, name="d").show()
class NoInit:
    pass
n = NoInit()
print(type(n).__name__)
