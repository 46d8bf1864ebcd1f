# user-defined exception classes with extra attributes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
    def __str__(self):
        return "invalid " + self.field + " (" + self.args[1] + ")"
for exc in [NotFound("page"), Invalid("age", "negative"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.name, e, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(NotFound, AppError), issubclass(AppError, Exception))
try:
    raise Invalid("x", "y")
except Exception as e:
    print(str(e), e.field)
