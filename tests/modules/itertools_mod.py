import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.tee([1, 2], 2)[1]), [list(t) for t in it.tee("ab", 3)])
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.permutations(range(3))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.combinations(range(4), 0)), list(it.permutations([], 0)), list(it.combinations("ab", 3)))
for bad in ["it.islice('a', -1)", "list(it.repeat(1, -1))", "it.count('a')", "list(it.chain(1))"]:
    try:
        print(bad, eval(bad))
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
