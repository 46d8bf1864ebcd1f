# and / or evaluate their right operand only when needed
def t(tag):
    print("eval", tag)
    return True
def f(tag):
    print("eval", tag)
    return False
print(f("a") and t("b"))
print(t("c") and f("d"))
print(t("e") or t("f"))
print(f("g") or t("h"))
print(f("i") or f("j") or t("k") or t("l"))
print(t("m") and t("n") and f("o") and t("p"))
items = []
print(len(items) > 0 and items[0])
