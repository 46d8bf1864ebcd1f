# a script runs with __name__ == "__main__"
print(__name__)
def main():
    print("main called")
if __name__ == "__main__":
    main()
else:
    print("imported")
import sys
print(sys.__name__ != __name__)
