# a tokenizer and recursive-descent parser for integer arithmetic
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            raise SyntaxError("bad character " + repr(c))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            v = v * self.factor() if self.take() == "*" else v // self.factor()
        return v
    def factor(self):
        tok = self.take()
        if tok == "-":
            return -self.factor()
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(tok, int):
            return tok
        raise SyntaxError("unexpected " + repr(tok))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 5)", "100 / 7 / 2", "2 * (3", "4 $ 4"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.args[0])
