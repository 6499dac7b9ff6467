def t(name, value):
    print("eval", name)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", "") or t("b", []) or t("c", None))
print(t("a", 3) or t("b", 4))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
x = [] or {} or "default"
print(x)
y = 5 and "five"
print(y)
print(0 and 1 / 0)
print(1 or 1 / 0)
if t("cond1", True) or t("cond2", True):
    print("taken")
while t("loop", False) and t("never", True):
    pass
print([n for n in range(10) if n % 2 and n > 4])
