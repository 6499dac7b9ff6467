import functools, copy
p = functools.partial(max, 3, key=abs)
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
q = copy.copy(p)
print(q is p, q.func is max, q.args, q.keywords, q(-5))
p.note = "n"
r = copy.deepcopy(p)
print(r.note, r.keywords is p.keywords, r(-7), type(functools.partial.func).__name__ != "")
print(functools.partial.func.__doc__)
