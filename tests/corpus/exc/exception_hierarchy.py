# the builtin exception class hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (LookupError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (NotImplementedError, RuntimeError),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (StopIteration, Exception),
    (OSError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception),
    (KeyError, IndexError),
    (IndentationError, SyntaxError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
