# nested try statements; exceptions raised inside handlers
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("one")
            if n == 2:
                raise KeyError("two")
            return "none"
        except ValueError as e:
            print("inner caught", e)
            raise TypeError("from handler")
        finally:
            print("inner finally", n)
    except TypeError as e:
        return "outer caught TypeError: " + str(e)
    except KeyError:
        return "outer caught KeyError"
for n in [0, 1, 2]:
    print(level(n))
