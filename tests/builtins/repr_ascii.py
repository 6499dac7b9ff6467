for v in ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "nl\n", "\\", "é", "€", "😀", "\x00", "\x7f", "\x9f", "\xa0", "\u200b", "\ud800", "\U000e0041"]:
    print(repr(v), ascii(v), repr(repr(v)))
print(repr(1), repr(1.0), repr(-0.0), repr(None), repr(True), repr([1, "a"]), repr((1,)), repr({"k": "v"}), repr({1}), repr(b"b"))
print(ascii([1, "é", b"\xff"]), ascii({"ü": "ñ"}), ascii(1.5), ascii("ascii only"))
class R:
    def __repr__(self):
        return "Rép"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))
print(repr(str), repr(repr), repr(ascii))
