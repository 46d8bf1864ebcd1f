# json.dumps: scalars, containers, separators, indent, sort_keys, default
import json

vals = [None, True, False, 0, -17, 2 ** 70, 1.5, -0.0, 1e100, 1e-7, 0.1, 'abc', '', 'q"uo\\te', 'tab\tnl\nnul\x00\x1f',
        [], [1, 2, 3], (1, 'a'), {}, {'a': 1}, [[], {}, [[1]]], float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(json.dumps(v))
print(json.dumps({'a': [1, 2, {'b': None}], 'c': 'd'}))
print(json.dumps({1: 'int', 2.5: 'float', False: 'bool', None: 'none'}))
print(json.dumps([1, [2, 3], {'k': 'v'}], separators=(',', ':')))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(';', '=')))
print(json.dumps({'z': 1, 'a': 2, 'm': [3, {'y': 1, 'b': 2}]}, sort_keys=True))
print(json.dumps({'a': [1, 2, {'b': []}], 'c': {}}, indent=2))
print(json.dumps([1, {'x': [True]}], indent='--'))
print(json.dumps([1, 2], indent=0))
print(json.dumps({'a': 1, 'b': 2}, indent=4, separators=(',', ': '), sort_keys=True))
print(json.dumps('caf\u00e9 \u2603', ensure_ascii=True))

class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: {'P': o.x}))

class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps(MyList([1, 2])), json.dumps(MyDict({'a': 1})))

for bad in [{(1, 2): 3}, {1, 2}, P(3), b'bytes']:
    try:
        json.dumps(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
