# sys.exit raises SystemExit, which can be caught
import sys
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit(2)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.args)
print("not exited")
