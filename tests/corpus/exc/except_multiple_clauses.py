# several except clauses, tuples of types and catching base classes
def classify(f):
    try:
        f()
    except (IndexError, KeyError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "other: " + type(e).__name__
    return "ok"
print(classify(lambda: [][1]))
print(classify(lambda: {}[0]))
print(classify(lambda: 1 // 0))
print(classify(lambda: 1.0 / 0))
print(classify(lambda: int("z")))
print(classify(lambda: 5))
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught a", type(e).__name__)
