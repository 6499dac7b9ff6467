# BaseExceptionGroup and ExceptionGroup (no except* in pyheap): construction rules,
# split/subgroup/derive, catching, generic alias.
for f in [lambda: BaseExceptionGroup('m', [ValueError()], x=1), lambda: BaseExceptionGroup(1, [ValueError()]), lambda: BaseExceptionGroup('m'), lambda: BaseExceptionGroup('m', 1), lambda: BaseExceptionGroup('m', []), lambda: BaseExceptionGroup('m', [1]), lambda: ExceptionGroup('m', [KeyboardInterrupt()]), lambda: ExceptionGroup('m', [ValueError()]).split(1), lambda: ExceptionGroup('m', (ValueError(),), 3)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
try: MyEG('m', [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__, repr(ExceptionGroup('m', [ValueError(1)])))
eg = BaseExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
print(type(eg).__name__, eg, eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)])
print(type(bg).__name__, repr(bg), str(bg))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError), eg.split(lambda e: isinstance(e, TypeError)))
print(repr(eg.subgroup(lambda e: True)), eg.subgroup(lambda e: True) is eg)
print(eg.split((KeyError, TypeError)))
try:
    raise eg
except ExceptionGroup as e:
    print("caught", e)
try:
    raise bg
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", e)
e = ExceptionGroup("n", [ValueError(1)])
e.add_note("a note")
e.__cause__ = KeyError("c")
s = e.subgroup(ValueError)
print(s is e, e.derive([TypeError()]), type(e.derive([KeyboardInterrupt()])).__name__)
s2 = e.split(lambda x: not isinstance(x, ExceptionGroup))[0]
print(repr(s2), s2.__notes__, repr(s2.__cause__), s2.__notes__ is e.__notes__)
print(ExceptionGroup[int], BaseExceptionGroup.__name__, ExceptionGroup.__module__)
class E2(ExceptionGroup):
    def derive(self, excs):
        return E2(self.message + "!", excs)
x = E2("x", [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)))
