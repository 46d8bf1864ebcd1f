# generators chained into a processing pipeline
def read(lines):
    for line in lines:
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def non_empty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    n = 1
    for line in lines:
        yield str(n) + ": " + line
        n += 1
data = ["  alpha ", "", " beta", "   ", "gamma  "]
for out in numbered(non_empty(strip(read(data)))):
    print(out)
print(sum(len(l) for l in non_empty(strip(data))))
