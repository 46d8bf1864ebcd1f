# try/finally inside a generator runs when it finishes normally
def resource():
    print("open")
    try:
        for i in range(3):
            yield i
    finally:
        print("close")
for v in resource():
    print("use", v)
print(list(resource()))
def early():
    try:
        yield "only"
        return
        yield "never"
    finally:
        print("finally on return")
print(list(early()))
