# A circular import that works (module attributes used after import finishes)...
import _circ_a
print("main sees", _circ_a.A_VALUE, _circ_a._circ_b.B_VALUE)
# ...and one that fails: "from X import name" on a partially initialized module.
try:
    import _circ_c
except ImportError as e:
    print("ImportError:", e)
    print("name:", e.name)
