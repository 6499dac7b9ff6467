class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback {et.__name__}: {ev}")
            return isinstance(ev, ValueError)
t = Tx()
with t as same:
    print(same is t)
with t:
    raise ValueError("bad row")
try:
    with t:
        raise KeyError("not suppressed")
except KeyError:
    pass
print(t.log)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
class Traceful:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, tb is not None, tb.tb_lineno if tb else None)
        return True
with Traceful():
    int("bad")
class ReturnsTruthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string"
with ReturnsTruthy() as v:
    print("as target is", v)
    1 / 0
print("suppressed by truthy return")
class Nested:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *a):
        print("exit", self.name)
with Nested("a"), Nested("b"), Nested("c"):
    print("body")
