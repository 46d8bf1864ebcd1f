# import of modules and packages written to files: sys.path, packages with __init__.py,
# submodules, relative imports, from ... import *, circular imports, failing modules
import os
import sys

os.mkdir("t_lib")
sys.path.insert(0, "t_lib")

def write(name, text):
    with open("t_lib/" + name, "w") as f:
        f.write(text)

write("mod_a.py", "X = 1\ndef f():\n    return X + 1\nprint('loading mod_a', __name__)\n")
os.mkdir("t_lib/pkg")
write("pkg/__init__.py", "print('pkg init')\nVALUE = 'pkg'\n")
write("pkg/sub.py", "from . import helper\nfrom .helper import twice\nNAME = __name__\ndef run(x):\n    return twice(x) + helper.ONE\n")
write("pkg/helper.py", "ONE = 1\ndef twice(x):\n    return 2 * x\n")
os.mkdir("t_lib/pkg/inner")
write("pkg/inner/__init__.py", "from .. import sub\nfrom ..helper import ONE as one\n")
write("star.py", "__all__ = ['a', '_b']\na = 1\n_b = 2\nc = 3\n")
write("nostar.py", "d = 10\n_hidden = 20\ne = 30\n")
write("broken.py", "x = 1\nraise ValueError('broken')\n")
write("circ_a.py", "import circ_b\nA = 'a'\ndef get():\n    return circ_b.B\n")
write("circ_b.py", "import circ_a\nB = 'b'\n")

import mod_a
print(mod_a.X, mod_a.f(), mod_a.__name__)
import mod_a
print("mod_a" in sys.modules)

import pkg.sub
print(pkg.VALUE, pkg.sub.NAME, pkg.sub.run(5))
from pkg import helper
print(helper.twice(4))
from pkg.helper import twice as tw
print(tw(21))
import pkg.inner
print(pkg.inner.one, pkg.inner.sub.NAME)
from pkg import inner
print(inner is pkg.inner)

from star import *
print(a, _b, "c" in globals())
from nostar import *
print(d, e, "_hidden" in globals())

try:
    import broken
except ValueError as exc:
    print("ValueError", exc)
print("broken" in sys.modules)
try:
    import broken
except ValueError as exc:
    print("ValueError again", exc)

import circ_a
print(circ_a.A, circ_a.get())

try:
    import t_no_such_module
except ImportError:
    print("ImportError")
try:
    from pkg import no_such_name
except ImportError:
    print("ImportError from")

def rmtree(path):
    for name in os.listdir(path):
        p = path + "/" + name
        if os.stat(p)[0] & 0x4000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)

rmtree("t_lib")
print("t_lib" in os.listdir())
