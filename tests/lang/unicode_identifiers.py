café = "coffee"
π = 3.14159
名前 = "name"
def größe(x):
    return x * 2
print(café, π, 名前, größe(2))
class Ünïcode:
    ß = 1
print(Ünïcode.ß, Ünïcode.__name__)
ﬁ = "ligature normalizes"
print(fi)
print("é" == "e\u0301", len("e\u0301"))
