# an event emitter with callbacks, closures and unsubscription
class Emitter:
    def __init__(self):
        self.listeners = {}
    def on(self, name, fn):
        self.listeners.setdefault(name, []).append(fn)
        def off():
            self.listeners[name].remove(fn)
        return off
    def emit(self, name, *args):
        for fn in list(self.listeners.get(name, [])):
            fn(*args)
log = []
e = Emitter()
def make_logger(prefix):
    return lambda *a: log.append(prefix + ":" + ",".join(str(x) for x in a))
off1 = e.on("data", make_logger("first"))
e.on("data", make_logger("second"))
e.on("end", lambda: log.append("ended"))
e.emit("data", 1, 2)
off1()
e.emit("data", 3)
e.emit("end")
e.emit("unknown", 0)
for line in log:
    print(line)
