stack = [1, 2]
print(stack.pop())
print(stack.pop())
print(stack.pop())
