print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "new\nline", "back\\slash", "bell\a".encode(), "nul\0".encode())
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101")
print(r"raw\nstring", R"raw\t", r"\\", r'\'')
print(b"bytes\x00\xff", B"B", rb"raw\bytes", Rb"\x00", br"\n", bR"x")
print(u"unicode prefix", U"upper U")
print("implicit" " concatenation" ' across' """ kinds""")
print(("paren"
       "thesized"))
s = """line1
line2\
 continued
line3"""
print(s)
print(repr(s))
print(len("\N{SNOWMAN}"), "\N{SNOWMAN}")
print(repr("\r\v\f\b"), repr(b"\r\v\f\b"))
print(repr('\''), repr("\""), repr("'\""), repr("\x7f"), repr("\x80"), repr("\u200b"), repr("é"))
print(repr(b"'"), repr(b"\"'"), repr(bytes(range(0, 256, 37))))
multi = '''a
  b
    c'''
print(multi.splitlines())
