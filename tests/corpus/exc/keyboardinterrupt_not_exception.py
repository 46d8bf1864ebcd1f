# except Exception does not catch BaseException-only types
def raise_it(kind):
    try:
        raise kind()
    except Exception:
        return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
print(raise_it(ValueError))
print(raise_it(KeyboardInterrupt))
print(raise_it(SystemExit))
print(raise_it(GeneratorExit))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit args", e.args)
