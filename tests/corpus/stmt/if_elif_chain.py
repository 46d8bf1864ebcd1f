# if/elif/else chains
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
for s in [95, 85, 75, 65, 55, 90, 60, 0]:
    print(s, grade(s))
n = 7
if n == 1:
    print("one")
elif n == 7:
    print("seven")
elif n == 7:
    print("not reached")
