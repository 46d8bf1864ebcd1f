# handlers are tried in order; the first matching one wins
class Base(Exception):
    pass
class Derived(Base):
    pass
def which(exc):
    try:
        raise exc
    except Derived:
        return "Derived handler"
    except Base:
        return "Base handler"
    except Exception:
        return "Exception handler"
print(which(Derived()), which(Base()), which(ValueError()))
def broad_first(exc):
    try:
        raise exc
    except Exception:
        return "broad handler"
    except Derived:
        return "never reached"
print(broad_first(Derived()))
