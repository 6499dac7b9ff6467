print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=3))
print("{0[0]} {0[key]} {1.real}".format({0: "zero", "key": "k"}, 5))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:08.3f} {:,} {:.2%} {:e}".format(3.14159, 1234567, 0.1234, 12345))
print("{!r} {!s} {!a}".format("x", "y", "ü"))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2))
print("{0:b} {0:o} {0:x} {0:#X}".format(3054))
class Pt:
    x = 1
    y = 2
print("{p.x},{p.y}".format(p=Pt()))
print("{:d}".format(True), "{:s}".format("s"), "{}".format(None))
print("{:=+8d}|{:=8d}".format(42, -42))
print("{:n}".format(1234))
print("{:c}".format(97))
print(format(3.5, "08.2f"), format("x", "^5"), format(10, "b"))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:g} {:g} {:g}".format(100000, 1000000, 1.5e-5))
print("{:#.3g} {:.3g}".format(1.0, 1.0))
print("{:,.2f} {:_b}".format(-9876543.21, 255))
print("{0}{1}{0}".format("ab", "-"))
print("%s" % "{}".format("mixed"))
print("{:>{}}".format("auto", 6))
print("{.__class__.__name__}".format(3.0))
for bad in ["{", "}", "{0} {}", "{:d}", "{a}", "{5}", "{:xx}"]:
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print("{0:{1}}".format(7, "03"))
print("{{}}".format_map({}), "{k}".format_map({"k": "mapped"}))
