# indentation of any consistent width, and tabs, delimit blocks
def one_space(n):
 if n:
  return "one-space blocks"
 return "no"
print(one_space(1))
def eight_spaces():
        total = 0
        for i in range(3):
                total += i
        return total
print(eight_spaces())
def tabbed():
	x = 1
	if x:
		x += 1
	return x
print(tabbed())
class Mixed:
    def a(self):
      return "method indented by 6 inside class indented by 4"
print(Mixed().a())
if True:
    pass
    # a comment at a different indent
# and one at column 0 inside the block
    print("comments do not affect indentation")
x = [
1,
        2,
  3]
print(x)
