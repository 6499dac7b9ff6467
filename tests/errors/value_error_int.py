texts = ["12", " 7 ", "0x1f"]
for t in texts:
    print(int(t))
