# Unbounded recursion: CPython folds the repeated frames into
# "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)

print("start")
down(0)
