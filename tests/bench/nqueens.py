# Backtracking: count the solutions of the N-queens problem with lists of flags.
N = 10  # duk: 7


def queens(n):
    cols = [False] * n
    up = [False] * (2 * n)
    down = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if not cols[c] and not up[row + c] and not down[row - c + n]:
                cols[c] = up[row + c] = down[row - c + n] = True
                found += place(row + 1)
                cols[c] = up[row + c] = down[row - c + n] = False
        return found

    return place(0)


total = 0
for n in range(4, N + 1):
    total = total * 100 + queens(n)
print("nqueens", total)
