b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b * 2, b + b"!", b"ell" in b, 72 in b, type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("hé", "utf-8"), bytes(b"copy"), bytes(), bytes(bytearray(b"ba")))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x  ".strip(), b.decode(), b.hex(), b.hex(":"), b.hex(" ", 4))
print(bytes.fromhex("48 65 6c"), bytes.fromhex("ff00"), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"ab".center(6, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"AB".isupper(), b"ab".islower(), b"\x80".isascii())
print(list(b"abc"), b"abc"[1:2], b"x" < b"y", b"abc" == bytearray(b"abc"), b"" == b"", b"a" != "a")
print(repr(b"\x00\x7f\x80\xff\t\n\r'\"\\"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"%s %d %x %r" % (b"bytes", 5, 255, b"r"), b"%c" % 65, b"%5s|" % b"ab", b"%%")
print(b"a\tb".expandtabs(4), b"42".zfill(5), b"ab".ljust(4, b"-"), b"x".rjust(3), b"title case".title(), b"ab".swapcase())
print(b"abc".partition(b"b"), b"a.b.c".rpartition(b"."), b"a b".split(), b"l1\nl2".splitlines(), b"pre_x".removeprefix(b"pre_"))
for bad in ["bytes(-1)", "bytes([256])", "bytes('str')", "b'a' + 'a'", "b'a'[5]", "bytes.fromhex('zz')", "b'x'.decode('utf-16')", "bytes([1.5])"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), b"abc".index(b"c"), b"abc".index(99))
print(int.from_bytes(b"\x00\x10", "big"), b"ab".__class__.__name__, bytes is not bytearray)
print(b"abc"[::2], b"" * 5, 3 * b"ab", sorted(b"cab"), max(b"az"), bytes(reversed(b"abc")))
