a = 1
b = "two"
print("adding")
c = a + b
