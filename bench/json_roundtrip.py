# json_roundtrip: build a document of about 1 MB (records with strings, ints,
# floats, booleans, nested lists and dicts, some non-ASCII text), then encode it
# with json.dumps and decode it with json.loads, ROUNDS times, plus one indented
# and one sort_keys encoding per round.
#
# Relies on: the json module (dumps with indent/sort_keys, loads), dict and list
# building, str formatting.
import json

ROUNDS = 20  # short: 3


def build():
    state = 7
    rows = []
    for i in range(6000):
        state = (state * 1103515245 + 12345) % 2147483648
        rows.append({
            "id": i,
            "name": "user%d" % (state % 100000),
            "score": (state % 10000) / 7.0,
            "active": state % 3 == 0,
            "tags": ["t%d" % (state % 17), "g%d" % (state % 5), "café"],
            "address": {"city": "City%d" % (state % 50), "zip": "%05d" % (state % 99999), "geo": [state % 180 - 90.5, state % 360 - 180.25]},
            "note": None if state % 4 else "line\nwith \"quotes\" and \\ backslash",
        })
    return {"version": 3, "rows": rows}


doc = build()
text = json.dumps(doc)
total = len(text)
for _ in range(ROUNDS):
    s = json.dumps(doc)
    back = json.loads(s)
    total += len(s) + len(back["rows"])
    total += len(json.dumps(back, indent=2)) + len(json.dumps(back, sort_keys=True))
print("checksum:", total, len(text))
