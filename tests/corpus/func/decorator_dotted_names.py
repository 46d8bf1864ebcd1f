# decorators written as dotted names and calls on attributes
class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def deco(fn):
            self.handlers[event] = fn
            return fn
        return deco
    @staticmethod
    def upper(fn):
        return lambda *a: fn(*a).upper()
app = Registry()
@app.on("start")
def start():
    return "starting"
@app.on("stop")
@Registry.upper
def stop():
    return "stopping"
for ev in sorted(app.handlers):
    print(ev, app.handlers[ev]())
