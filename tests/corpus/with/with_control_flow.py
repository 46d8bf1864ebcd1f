# __exit__ runs when the body leaves by return, break or continue
class Log:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.label)
def early(flag):
    with Log("func"):
        if flag:
            return "returned early"
        print("not early")
    return "normal"
print(early(True))
print(early(False))
for i in range(3):
    with Log("iter " + str(i)):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
print("loop over")
