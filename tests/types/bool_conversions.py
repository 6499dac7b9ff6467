vals = [0, 1, -1, 0.0, 0.1, float("nan"), float("inf"), "", "0", " ", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, ..., NotImplemented if False else 0j if False else 2 ** 100, -0.0]
print([bool(v) for v in vals])
print([not v for v in vals])
print(int(True), str(False), repr(True), float(True), complex if False else "x", True.__class__.__name__)
print(True is bool(1), False is bool(0), bool is type(True))
