t = (1, 2, 3)
s = "abc"
print(t[2], s[2])
print(s[3])
