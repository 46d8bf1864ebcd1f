# raise ... from ... still raises the new exception
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e
for t in ["12", "zz"]:
    try:
        print(load(t))
    except ConfigError as e:
        print("ConfigError:", e)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print("RuntimeError:", e)
