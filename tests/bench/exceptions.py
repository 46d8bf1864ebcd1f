# Exceptions: raising and catching user-defined and builtin exceptions, try/finally, nesting.
N = 8000  # duk: 1000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    if key in table:
        return table[key]
    raise NotFound(key)


def check(v):
    if v % 7 == 3:
        raise Invalid("bad")
    return v


def run(n):
    table = {}
    for i in range(0, n, 2):
        table[i] = i * 2
    total = 0
    finals = 0
    for i in range(n):
        try:
            try:
                total += check(lookup(table, i))
            finally:
                finals += 1
        except NotFound as e:
            total += e.key & 3
        except AppError:
            total += 5
    for i in range(n):
        try:
            total += table[i + 1]
        except KeyError:
            total += 1
    for i in range(n // 4):
        try:
            raise ValueError(i)
        except (TypeError, ValueError) as e:
            total += e.args[0] & 1
    return total + finals


print("exceptions", run(N))
