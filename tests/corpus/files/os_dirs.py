# os: mkdir, listdir, stat, rename, remove, rmdir, chdir, getcwd, sep, and their errors
import os

def err(name, *args):
    try:
        (open if name == "open" else getattr(os, name))(*args)
        print("no error")
    except OSError as e:
        print(name, "errno", e.errno)

os.mkdir("t_dir")
print(sorted(os.listdir("t_dir")))
for name in ("b.txt", "a.txt", "c.txt"):
    with open("t_dir/" + name, "w") as f:
        f.write(name * 3)
os.mkdir("t_dir/sub")
print(sorted(os.listdir("t_dir")))
print(os.sep)

st = os.stat("t_dir/a.txt")
print(len(st), st[6], bool(st[0] & 0x8000), bool(st[0] & 0x4000))
st = os.stat("t_dir/sub")
print(bool(st[0] & 0x4000), bool(st[0] & 0x8000))

os.rename("t_dir/a.txt", "t_dir/sub/moved.txt")
print(sorted(os.listdir("t_dir")), os.listdir("t_dir/sub"))
print(open("t_dir/sub/moved.txt").read())
# rename over an existing file replaces it
os.rename("t_dir/b.txt", "t_dir/c.txt")
print(sorted(os.listdir("t_dir")), open("t_dir/c.txt").read())
os.rename("t_dir/sub", "t_dir/sub2")
print(sorted(os.listdir("t_dir")))

# chdir and relative paths
here = os.getcwd()
os.chdir("t_dir")
print(sorted(os.listdir()), sorted(os.listdir(".")))
print(open("sub2/moved.txt").read())
os.chdir("sub2")
print(sorted(os.listdir("..")))
print(open("../c.txt").read())
os.chdir("../..")
print(os.getcwd() == here)

# errors, by number
err("stat", "t_missing")
err("listdir", "t_missing")
err("mkdir", "t_dir")
err("mkdir", "t_missing/x")
err("rmdir", "t_dir")
err("rmdir", "t_dir/c.txt")
err("remove", "t_dir/sub2")
err("remove", "t_missing")
err("rename", "t_missing", "t_x")
err("chdir", "t_missing")
err("chdir", "t_dir/c.txt")
err("listdir", "t_dir/c.txt")
err("open", "t_missing")
err("open", "t_dir")
err("open", "t_missing/x.txt", "w")

os.remove("t_dir/c.txt")
os.remove("t_dir/sub2/moved.txt")
os.rmdir("t_dir/sub2")
os.rmdir("t_dir")
print("t_dir" in os.listdir())
