print("_circ_a: start")
import _circ_b
A_VALUE = "a"
print("_circ_a: end, sees _circ_b.B_VALUE =", _circ_b.B_VALUE)
