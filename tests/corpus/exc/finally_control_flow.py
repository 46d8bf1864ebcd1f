# finally runs on break, continue and return, and can override a return
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            break
    return "swallowed by break"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
