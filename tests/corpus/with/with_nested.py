# nested with statements and an inner manager that suppresses
class Tag:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("<" + self.name + ">")
    def __exit__(self, t, v, tb):
        print("</" + self.name + ">")
        return self.swallow
with Tag("html"):
    with Tag("body"):
        with Tag("p"):
            print("text")
with Tag("outer"):
    with Tag("inner", swallow=True):
        raise ValueError("swallowed by inner")
    print("outer continues")
