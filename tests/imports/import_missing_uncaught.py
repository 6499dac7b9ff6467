from pkg import sub
print(sub.func())
from pkg import not_there
