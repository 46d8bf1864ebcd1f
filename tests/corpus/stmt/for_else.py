# for/else with and without break
for i in range(3):
    print("loop", i)
else:
    print("else runs")
for i in range(10):
    if i == 4:
        print("break at", i)
        break
else:
    print("not printed")
for i in []:
    pass
else:
    print("else on empty loop")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print(is_prime(2), is_prime(9), is_prime(13), is_prime(1))
