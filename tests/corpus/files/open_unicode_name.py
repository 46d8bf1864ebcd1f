# A file whose name is not ASCII keeps its data: written, listed, read back, appended, removed.
import os

names = ['é.txt', 'naïve-данные.txt', '日本.bin']
for name in names:
    with open(name, 'w') as f:
        f.write('data of ' + name)
for name in names:
    print(name in os.listdir(), repr(open(name).read()))
with open(names[0], 'a') as f:
    f.write('+more')
print(repr(open(names[0]).read()))
for name in names:
    os.remove(name)
print(sorted(n for n in os.listdir() if n in names))
