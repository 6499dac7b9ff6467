def greet(name, greeting):
    return greeting + ", " + name

print(greet("Ann", "Hi"))
print(greet("Bob"))
