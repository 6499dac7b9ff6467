def stub():
    pass
def stub2():
    ...
class Empty:
    pass
print(stub(), stub2(), Empty.__name__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
x = ...
print(x, type(x).__name__)
try:
    pass
except Exception:
    pass
print("done")
