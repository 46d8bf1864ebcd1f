# methods returning self allow chained calls
class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def order(self, key):
        self.parts.append("ORDER " + key)
        return self
    def limit(self, n):
        self.parts.append("LIMIT " + str(n))
        return self
    def build(self):
        return " ".join(self.parts)
print(Query().where("a > 1").order("b").limit(5).build())
q = Query()
print(q.where("x").where("y") is q, q.build())
