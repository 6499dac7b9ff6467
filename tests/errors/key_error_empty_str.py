d = {}
try:
    d[""]
except KeyError as e:
    print("str:", repr(str(e)), "args:", e.args)
d["multi\nline"]
