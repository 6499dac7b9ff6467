# The KeyError message is repr() of the key; a tuple key prints as a tuple.
grid = {(0, 0): "origin"}
print(grid[0, 0])
print(grid[1, 2])
