checks = [(1, int), (1, (str, int)), (1, (str, (float, (int,)))), (True, int), (1.0, (int, str)), ("s", ()), (None, type(None)),
          ([], (list, tuple)), ((), (list, tuple)), ({}, dict), (int, type), (int, (int, type)), (1, int | float), (None, int | None)]
for obj, cls in checks:
    print(repr(obj), cls, isinstance(obj, cls))
print(issubclass(bool, (str, int)), issubclass(int, (str, float)), issubclass(list, (object,)), issubclass(type, (type,)))
for bad in ["isinstance(1, 'int')", "isinstance(1, (int, 'x'))", "issubclass(1, int)", "issubclass(int, (1,))", "isinstance(1)", "isinstance(1, [int])"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
print(isinstance(1, (str, "short-circuits after a match") if False else (int, "never checked")))
