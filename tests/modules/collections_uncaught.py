from collections import deque
history = deque(maxlen=2)
history.append("first")
print(history.popleft())
history.popleft()
