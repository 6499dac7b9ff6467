# fannkuch: for every permutation of 1..N, count the prefix reversals ("pancake flips")
# until the first element is 1; report the largest count and an alternating sum of all
# counts. Permutations are generated in place with a counter array, one rotation at a
# time. List indexing, slicing, slice assignment and list.reverse dominate.
#
# Relies on: list slicing and slice assignment, list.insert/pop, list.copy, tuple
# swaps, while loops, max.

N = 9  # short: 7
REPEAT = 2  # the whole count, done again (the results must agree)


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    max_flips = 0
    signed_total = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            flips = 0
            work = perm.copy()
            while first:
                # Reverse the first first+1 items, then look at the new head.
                work[: first + 1] = work[first::-1]
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            signed_total += sign * flips
        sign = -sign
        # Next permutation: rotate the prefix of length k+1 left by one, for the
        # smallest k whose counter has not yet wrapped.
        k = 1
        while True:
            if k == n:
                return max_flips, signed_total
            perm.insert(k, perm.pop(0))
            counters[k] += 1
            if counters[k] <= k:
                break
            counters[k] = 0
            k += 1


def main():
    results = [fannkuch(N) for _ in range(REPEAT)]
    max_flips, signed_total = results[0]
    if results.count(results[0]) != REPEAT:
        max_flips = -1
    print(f"checksum: {signed_total}:{max_flips}")


main()
