# __init_subclass__ as a classmethod hook. MicroPython does not call it
# automatically (no PEP 487), so each subclass is also registered by hand
# when the runtime did not do it; output is the same either way.
registry = []
class Plugin:
    @classmethod
    def __init_subclass__(cls):
        registry.append(cls.__name__)
def ensure_registered(cls):
    if cls.__name__ not in registry:
        cls.__init_subclass__()
    return cls
@ensure_registered
class Alpha(Plugin):
    pass
@ensure_registered
class Beta(Plugin):
    pass
print(registry)
Beta.__init_subclass__()
print(registry)
