print("pkg.nested: executing")
