# Group names and identifiers that mean something to JavaScript are plain Python names.
import re

m = re.match(r"(?P<__proto__>a+)(?P<constructor>b)(?P<toString>c)?(?P=__proto__)", "aabaa")
print(m.group("__proto__"), m.group("constructor"), m.group("toString"))
print(sorted(m.groupdict().items(), key=lambda kv: kv[0]))
print(m.start("constructor"), m.end("__proto__"))
print(re.sub(r"(?P<valueOf>\d)", r"<\g<valueOf>>", "a1b2"))

constructor = 1
__proto__ = 2
hasOwnProperty = 3
print(constructor + __proto__ + hasOwnProperty)
