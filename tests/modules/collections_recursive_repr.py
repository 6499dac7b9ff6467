from collections import *
d = defaultdict(list); d["a"] = d; print(d)
o = OrderedDict(); o["x"] = o; print(o)
c = ChainMap({}); c.maps[0]["me"] = c; print(c)
q = deque(); q.append(q); print(q)
u = UserList(); u.append(u); print(u)
