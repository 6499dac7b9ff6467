i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
print("end", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
count = 0
while True:
    count += 1
    if count >= 3:
        break
print(count)
nested = 0
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == 2:
            break
        nested += 1
        j += 1
    i += 1
print(nested)
