# a with block inside a generator exits when the generator completes
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
def gen():
    with Managed():
        yield 1
        yield 2
    yield "after with"
for v in gen():
    print("got", v)
