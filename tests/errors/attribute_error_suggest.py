class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2

p = Point()
print(p.xcoord)
print(p.xcord)
