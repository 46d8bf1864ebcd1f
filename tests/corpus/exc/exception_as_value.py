# exceptions are ordinary objects: stored, passed, compared by type
errors = []
for f in [lambda: 1 // 0, lambda: [][0], lambda: None]:
    try:
        f()
        errors.append(None)
    except Exception as e:
        errors.append(e)
print([type(e).__name__ if e else None for e in errors])
def make(kind, msg):
    return kind(msg)
err = make(ValueError, "made")
print(type(err).__name__, err.args)
try:
    raise err
except ValueError as caught:
    print(caught is err)
kinds = {KeyError: "key", IndexError: "index"}
for k in [KeyError, IndexError]:
    try:
        raise k()
    except tuple(kinds) as e:
        print(kinds[type(e)])
