for i in range(3):
    print("for", i)
else:
    print("for else: no break")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("after break at", i)
for i in []:
    pass
else:
    print("empty for runs else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(search("abc", "c"), search("abc", "z"))
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner completed for", i)
outer_done = False
for i in range(4):
    if i % 2:
        continue
    print("even", i)
else:
    outer_done = True
print(outer_done)
x = 5
while x:
    x -= 1
    if x == 2:
        continue
    if x == 0:
        print("x reached 0")
print("while", x)
for i in range(3):
    pass
print("loop var keeps last value", i)
for ch in "hi":
    print(ch, end=".")
print()
total = 0
for a, b in {"x": 1, "y": 2}.items():
    total += b
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print("iter", v)
