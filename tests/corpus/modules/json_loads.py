# json.loads: values, whitespace, escapes, numbers, errors; dump and load through a file-like object
import json

texts = ['null', 'true', 'false', '0', '-12', '123456789012345678901234567890', '1.5', '-0.25e3', '1E-2', '2e400',
         '"abc"', '""', '"a\\"b\\\\c\\/d\\n\\t\\r\\b\\f"', '"\\u0041\\u00e9\\u2603"', '[]', '[1, [2, [3]]]', '{}',
         ' { "a" : 1 , "b" : [ true , null ] } ', '\n\t[1,\r\n2]\n', '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity',
         '[1.0, 10, 1e5, 0.1]', '{"nested": {"deep": {"deeper": [{}]}}}']
for t in texts:
    v = json.loads(t)
    print(repr(t), type(v).__name__, v)
print(json.loads(b'{"k": [1, 2]}'), json.loads(bytearray(b'[3]')), json.loads('"\\ud83d\\ude00"') == '\U0001F600')
print(json.loads(json.dumps({'round': [1, 2.5, 'trip', None, True]})))
bad = ['', ' ', '[', '[1,]', '{"a" 1}', '{a: 1}', '[1 2]', 'tru', '"abc', '"\\x"', '01', '1 2', '{"a": 1,}', '-', '.5', '[1]]', "'s'"]
for t in bad:
    try:
        json.loads(t)
        print('no error', repr(t))
    except ValueError:
        print('ValueError', repr(t))

class Stream:
    def __init__(self, text=''):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
s = Stream()
json.dump({'x': [1, 2, 3]}, s)
json.dump(None, s)
print(''.join(s.parts))
print(json.load(Stream('{"y": "z"}')))
