# Mutual recursion: two alternating lines are never "the same line", so nothing is
# folded and every frame is printed. A small limit keeps the traceback short.
import sys
sys.setrecursionlimit(60)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
