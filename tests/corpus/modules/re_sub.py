# re: sub/subn with templates and callables, split, findall, finditer, escape, errors
import re

print(re.sub(r'\d', '#', 'a1b22c333'), re.sub(r'\d', '#', 'a1b22c333', 2), re.sub(r'\d', '#', 'a1b22c333', count=1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcdef'), re.sub(r'(\w)', r'<\g<1>0>', 'ab'), re.sub(r'(x)', r'\g<0>\g<0>', 'axb'))
print(re.sub(r'a', r'\n\t\\', 'bab'), re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'x5 y10'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'), re.sub(r'\b', '|', 'hi you'))
print(re.subn(r'o', '0', 'foo boo'), re.subn('z', 'y', 'abc'), re.compile('o').subn('0', 'foo', 1))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('(?i)A', 'x', 'aA'), re.sub('a', 'b', 'aaa', flags=re.I))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b,c'), re.split(r'x*', 'axbc'), re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'Words, words, words.', 1), re.split(r'[a-f]+', '0a3B9', flags=re.I), re.split('(a)|b', 'xaybz'))
print(re.split(r'\d', ''), re.split('', 'abc'), re.split('(?=b)', 'abab'), re.compile(',').split('a,b,c', maxsplit=1))
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)=\d', 'a=1 b=2'), re.findall(r'x*', 'axxb'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall('', 'ab'), re.findall(r'\bA\w*', 'Apple and Avocado', re.I))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')], [m.group(1) for m in re.finditer(r'(\d)(\d)?', '1 23 4')])
print([m.span() for m in re.finditer('x*', 'axxb')], list(re.finditer('z', 'abc')))
print(re.escape('a.b*c?'), re.escape('hello_world 1+1=2'), re.escape(b'a.b'))
print(re.compile(r'\d').sub('X', 'a1b2'), re.compile(r'(\d)').findall('a1b2'), [x for x in re.compile('b').finditer('abcb')][1].start())
m = re.search(r'(\d+)\.(\d+)', 'pi is 3.14')
print(m.expand(r'\2.\1'), m.expand(r'[\g<1>]'))
for pat in ['a(b', 'a)b', '[abc', '*a', 'a**', 'a{2,1}', '(?P<n>a)(?P<n>b)', r'\1', '(?<=a+)b', r'\q', '(?P=x)']:
    try:
        re.compile(pat)
        print('compiled', repr(pat))
    except re.error:
        print('re.error', repr(pat))
for repl in [r'\3', r'\g<x>']:
    try:
        re.sub('(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, repr(repl))
try:
    re.search('a', b'abc')
except TypeError:
    print('TypeError')
print(int(re.I), int(re.M), int(re.S), re.IGNORECASE == re.I, int(re.MULTILINE), int(re.DOTALL), int(re.X), int(re.A), int(re.I | re.M))
