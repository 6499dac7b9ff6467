# Evaluation order: right-hand side first, then targets left to right.
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
    def __getitem__(self, k):
        log.append(("get", k))
        return 0
def key(k):
    log.append(("key", k))
    return k
r = Rec()
r[key("a")] = r[key("b")] = key("value")
print(log)
log.clear()
r[key("x")] += 1
print(log)
log.clear()
def f(a, b):
    return a
f(key(1), key(2))
print(log)
log.clear()
{key("k1"): key("v1"), key("k2"): key("v2")}
print(log)
log.clear()
key(1) + key(2) * key(3)
print(log)
log.clear()
[key(i) for i in range(2)]
key("a") if key("cond") else key("b")
print(log)
