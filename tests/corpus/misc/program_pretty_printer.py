# a recursive printer for nested lists, tuples and dicts (keys sorted)
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        print(pad + "{")
        for k in sorted(obj):
            print(pad + "  " + repr(k) + ":")
            pretty(obj[k], indent + 2)
        print(pad + "}")
    elif isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        print(pad + open_)
        for item in obj:
            pretty(item, indent + 1)
        print(pad + close)
    else:
        print(pad + repr(obj))
pretty({"name": "mpjs", "tags": ["python", "js"], "size": (1, 2.5), "meta": {"ok": True, "n": None}})
