def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 75, 10)])
for v in [0, 1, "", "x", [], [0], {}, None, 0.0, -1, (), set(), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 0:
    pass
elif 0:
    pass
print("no branch taken is fine")
x = 3
if x == 1: print("one")
elif x == 3: print("three")
