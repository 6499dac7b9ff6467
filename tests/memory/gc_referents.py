# get_referents reports what an object refers to; the order is not compared.
import gc
gc.disable()
a, b = [1], {"k": 2}
print(sorted(map(repr, gc.get_referents([a, b, "s"]))))
print(any(r is a for r in gc.get_referents({"x": a})))
print(sorted(map(repr, gc.get_referents((a, "t")))))
print(gc.get_referents(1), gc.get_referents("str"), gc.get_referents())
holder = [a]
print(any(r is holder for r in gc.get_referrers(a)))
print(any(r is a for r in gc.get_referents(holder)))
