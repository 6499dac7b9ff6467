count = 3
message = "items: " + str(count)
print(message)
message = "items: " + count
