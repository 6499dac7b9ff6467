symbols = ["a", "", "bc"]
for s in symbols:
    print(ord(s))
