# A module's code runs as a frame of the importing program: import from inside a generator, a
# function a builtin calls, a class body and a module being imported; a chain of imports where
# the innermost module fails (each module of the chain leaves sys.modules); a module that catches
# a failing import of its own; dotted imports whose every level prints as it runs
import os
import sys

os.mkdir("t_mf")
sys.path.insert(0, "t_mf")

def write(name, text):
    with open("t_mf/" + name, "w") as f:
        f.write(text)

write("k_mod.py", "print('k_mod runs')\nK = 10\n")
write("g_mod.py", "print('g_mod runs')\nG = 'g'\n")
write("c_mod.py", "print('c_mod runs')\nC = 3\n")
write("chain_a.py", "print('chain_a starts')\nimport chain_b\nprint('chain_a never ends')\n")
write("chain_b.py", "print('chain_b starts')\nimport chain_c\nprint('chain_b never ends')\n")
write("chain_c.py", "print('chain_c starts')\nX = 1\nraise KeyError('c')\n")
write("catcher.py", "try:\n    import chain_c\nexcept KeyError as e:\n    print('catcher caught', type(e).__name__)\nimport k_mod\nOK = k_mod.K + 1\n")
os.mkdir("t_mf/deep")
write("deep/__init__.py", "print('deep')\n")
os.mkdir("t_mf/deep/er")
write("deep/er/__init__.py", "print('deep.er')\n")
write("deep/er/est.py", "print('deep.er.est')\nfrom . import leaf\nV = leaf.W * 2\n")
write("deep/er/leaf.py", "print('deep.er.leaf')\nW = 21\n")
write("loops.py", "total = 0\nfor i in range(1000):\n    total += i\ndef gen():\n    yield from range(3)\nL = list(gen())\n")

def g():
    yield 1
    import g_mod
    yield g_mod.G
    yield 3

print(list(g()))

def key(x):
    import k_mod
    return k_mod.K - x

print(sorted([1, 5, 3], key=key))

class Holder:
    import c_mod
    value = c_mod.C * 2

print(Holder.value, Holder.c_mod.C)

try:
    import chain_a
except KeyError as e:
    print("KeyError", type(e).__name__)
print([m in sys.modules for m in ("chain_a", "chain_b", "chain_c")])

import catcher
print(catcher.OK, "chain_c" in sys.modules)

import deep.er.est
print(deep.er.est.V, deep.er.leaf.W)
from deep.er import est as e2
print(e2 is deep.er.est)

import loops
print(loops.total, loops.L)

def rmtree(path):
    for name in os.listdir(path):
        p = path + "/" + name
        if os.stat(p)[0] & 0x4000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)

rmtree("t_mf")
print("t_mf" in os.listdir())
