# spectral_norm: the largest singular value of an infinite matrix A whose entries are
# 1 / ((i + j)(i + j + 1) / 2 + i + 1), approximated by power iteration on A^T A over
# its first N rows and columns. Almost all the time goes into small function calls
# and float arithmetic.
#
# Relies on: calls of small functions (positional arguments), float division, list
# comprehension, zip, sum over a generator, x ** 0.5, f-string ".9f".

N = 400  # short: 100
ROUNDS = 10


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * u[j]
        out.append(acc)
    return out


def times_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * u[j]
        out.append(acc)
    return out


def normal_times(u):
    return times_transposed(times(u))


def main():
    u = [1.0] * N
    v = u
    for _ in range(ROUNDS):
        v = normal_times(u)
        u = normal_times(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(x * x for x in v)
    print(f"checksum: {(vbv / vv) ** 0.5:.9f}")


main()
