name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {name!s} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{-n: d}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {1234567:_}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#b} {255:08b}")
print(f"{name:*^11} {name:.3} {name:>8.2}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:{'>'}{width}}")
print(f"{n = }, {pi=:.1f}, {name=!s}, { n + 1 = }")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n * 2}'}")
print(f"{[1, 2][0]} {({'a': 1})['a']} {(lambda x: x * 2)(3)}")
print(f"{n if n > 40 else 0} {'yes' if n else 'no'}")
print(f"{3.0:g} {1e20:g} {1e-7:g} {0.0001:g} {123456789.0:g}")
print(f"{1/3:.10}")
print(F"upper F", rf"raw \n {n}", fr"{name}\t")
print(f"""triple
{name}
quoted""")
x = 1.0
print(f"{x!r:>8}|{str(x):<6}|")
print(f"{True:d} {True} {None!r:>6}")
print(f"{12345.6789:,.1f} {-0.0:.1f} {1e300 * 10:f} {float('nan'):.2f}")
print(f"{'a'!r:5}|")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P():custom spec} {P()}")
print(f"{3:{'0'}{4}}")
print(f"{'tab':\t^9}|")
