import random
random.seed(42)
s = 0
for i in range(200000):
    s += random.randint(1, 100) + int(random.random() * 10) + random.choice([1, 2, 3])
l = list(range(1000))
for i in range(100):
    random.shuffle(l)
    s += l[0]
print("checksum:", s)
