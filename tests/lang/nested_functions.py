def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
def outer():
    def helper(x):
        return x * 10
    def uses_helper(y):
        return helper(y) + 1
    return uses_helper(4)
print(outer())
def recursive_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(recursive_inner(10))
def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib(60), len(cache)
print(memo())
def defaults_eval_once():
    calls = []
    def mk():
        calls.append(1)
        return len(calls)
    def f(x=mk()):
        return x
    return f(), f(), calls
print(defaults_eval_once())
def redefine():
    def f():
        return 1
    first = f
    def f():
        return 2
    return first(), f()
print(redefine())
