try:
    raise 42
except TypeError as e:
    print(e)
raise "just a string"
