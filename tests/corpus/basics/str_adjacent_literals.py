# adjacent string literals are joined at compile time
s = "abc" "def"
print(s)
print("one " 'two ' """three""")
t = ("a long string "
     "split over "
     "lines")
print(t)
print(len("a" "b" "c"))
b = b"x" b"y"
print(b)
print(r"\d" "\t|")
