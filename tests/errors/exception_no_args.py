print("raising a bare class")
raise ValueError
