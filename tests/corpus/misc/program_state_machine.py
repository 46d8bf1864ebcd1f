# a table-driven state machine recognising signed decimal numbers
TRANSITIONS = {
    ("start", "sign"): "signed",
    ("start", "digit"): "int",
    ("signed", "digit"): "int",
    ("int", "digit"): "int",
    ("int", "dot"): "dot",
    ("dot", "digit"): "frac",
    ("frac", "digit"): "frac",
}
ACCEPT = {"int", "frac"}
def kind(ch):
    if ch in "+-":
        return "sign"
    if ch.isdigit():
        return "digit"
    if ch == ".":
        return "dot"
    return "other"
def accepts(s):
    state = "start"
    for ch in s:
        state = TRANSITIONS.get((state, kind(ch)))
        if state is None:
            return False
    return state in ACCEPT
for s in ["12", "-3.5", "+", "4.", ".5", "1.2.3", "007", "-0.25", "", "1e5"]:
    print(repr(s), accepts(s))
