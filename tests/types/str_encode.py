s = "héllo wörld €😀"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("utf-16-le")[:10], s.encode("utf-32-be")[:8])
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b = "héllo".encode()
print(b.decode(), b.decode("latin-1"), b.decode("ascii", "ignore"), b.decode("ascii", "replace"), b.decode("ascii", "backslashreplace"))
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"xy"), "utf-8"))
print("\ud800".encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"))
print(b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("A".encode("utf-16"), "A".encode("utf-8-sig"), b"\xef\xbb\xbfA".decode("utf-8-sig"))
print(ascii(s), repr(s))
print(ord("€"), chr(8364), hex(ord("😀")), "\U0001F600" == "😀", len("😀".encode("utf-16-le")))
