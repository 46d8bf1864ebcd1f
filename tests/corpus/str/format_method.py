# str.format: automatic, numbered and named fields, attributes, conversions and specs
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"), "{1} {0}".format("world", "hello"))
print("{name} is {age}".format(name="Ann", age=7), "{0} {x}".format(1, x=2))
print("{{literal}} {}".format("value"), "{{}}".format(), "}}{{".format())
print("{0!r} {0!s} {1!r}".format("text", 1.5))
print("[{:>6}] [{:<6}] [{:^6}]".format("ab", "cd", "ef"))
print("[{:6d}] [{:<6d}] [{:06d}] [{:+d}]".format(42, 42, -42, 42))
print("{:.3f} {:10.2f}| {:e} {:g}".format(3.14159, 2.5, 1234.5, 0.0001))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:,} {:_}".format(1234567, 9876543))
print("{:{}}|{:>{w}}|".format("a", 3, "b", w=4))
print("{:*^9}|{:->8}|{:.<5}|".format("mid", "r", "l"))
print("{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{:%} {:.1%}".format(0.5, 0.125))
print("{!r:>8}".format("q"))
print("{:c}{:c}".format(72, 105))
for bad in ("{", "}", "{0} {}", "{} {0}", "{5}"):
    try:
        bad.format(1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
try:
    "{missing}".format()
except KeyError:
    print("KeyError")
