# collections.OrderedDict and defaultdict
from collections import OrderedDict, defaultdict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()), len(od), 'a' in od)
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o2 = OrderedDict([('x', 1), ('y', 2)])
o3 = OrderedDict([('y', 2), ('x', 1)])
print(o2 == o3, o2 == {'y': 2, 'x': 1}, {'x': 1, 'y': 2} == o3, o2 == dict(o3), o2 != o3)
print(OrderedDict(a=1), OrderedDict(), OrderedDict({'k': 'v'}), o2.copy(), type(o2.copy()).__name__, isinstance(o2, dict))
o2.update(z=3)
print(o2, o2.get('z'), o2.get('q', 0), o2.pop('x'), o2, dict(o2))
try:
    od.move_to_end('nope')
except KeyError:
    print('KeyError')
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError empty')

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd['zz'], len(dd), 'q' in dd, dd.get('q'))
cnt = defaultdict(int)
for c in 'mississippi':
    cnt[c] += 1
print(sorted(cnt.items()), cnt.default_factory is int)
print(defaultdict(None, {'a': 1}), defaultdict(int), defaultdict(lambda: 'x', a=1)['b'])
nd = defaultdict(lambda: defaultdict(int))
nd['x']['y'] += 2
print(nd['x']['y'], isinstance(nd, dict), type(nd.copy()).__name__, nd.copy()['x']['y'])
try:
    defaultdict(None)['missing']
except KeyError:
    print('KeyError')
try:
    defaultdict(5)
except TypeError:
    print('TypeError')
print(dd == {'a': [1, 3], 'b': [2], 'zz': []}, json_like := dict(dd))
