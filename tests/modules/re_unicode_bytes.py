# re: Unicode character classes, case folding, the ASCII flag and bytes patterns.
import re


def show(pat, s, flags=0):
    print(repr(pat), repr(s), re.findall(pat, s, flags))


show(r"\w+", "naïve café Ünïcödé_x ΑΒΓ 漢字 ٣٤")
show(r"\w+", "naïve café", re.A)
show(r"\d+", "12 ٣٤ ５ ² ½")
show(r"\d+", "12 ٣٤", re.ASCII)
show(r"\s+", "a \t\n\x1c\x1f\x85\xa0\u2003\u3000b")
show(r"\s+", "a \x1c\x85b", re.A)
show(r"[^\W\d_]+", "héllo wörld 123 under_score")
show(r"\b\w", "été à Paris")
show(r"[à-ÿ]+", "àéîõü ABC")
show(r"[\u0400-\u04ff]+", "Привет world")
show(r"[\U0001F600-\U0001F64F]", "hi 😀 😎 x")
show(r".", "😀é")
print(re.match(r"(.)(.)", "😀é").span(2), len(re.findall(".", "😀" * 5)))
# case-insensitive matching
show(r"straße", "STRASSE straße STRAßE", re.I)
show(r"k", "K k \u212a", re.I)
show(r"\u212a", "k K", re.I)
show(r"s", "s S \u017f", re.I)
show(r"[k]", "K \u212a k", re.I)
show(r"[^k]", "K \u212a x", re.I)
show(r"i", "I i \u0130 \u0131", re.I)
show(r"é", "É é e", re.I)
show(r"[α-ω]+", "ΑΒΓ αβγ", re.I)
show(r"σ", "Σ ς σ", re.I)
show(r"[^σ]", "Σςσx", re.I)
show(r"ΣΑΣ", "σας", re.I)
show(r"ǅ", "Ǆ ǆ ǅ", re.I)
show(r"µ", "µ μ Μ", re.I)
show(r"[a-z]+", "ABC xyz", re.I)
show(r"[A-Z]+", "abc", re.I | re.A)
show(r"k", "\u212a K", re.I | re.A)
show(r"(\w)\1", "aA bB ǅǆ", re.I)
show(r"[\u0100-\u017f]+", "āĀăĂ", re.I)
show(r"[𐐀-𐐏]+", "𐐨𐐩 𐐀", re.I)
show(r"𐐀", "𐐨 𐐀", re.I)
show(r"[^a-z]+", "ABC123", re.I)
# bytes patterns
print(re.findall(rb"\d+", b"a12b3"), re.sub(rb"a", b"b", b"aaa"), re.findall(rb"\w+", b"caf\xe9 ok"))
print(re.findall(rb"[\x80-\xff]+", b"ab\xe9\xff"), re.findall(rb"(?i)\xe9", b"\xc9\xe9"), re.findall(rb"(?i)[a-z]+", b"ABC"))
print(re.match(rb"(?P<x>\w+)", b"hello").groupdict(), re.split(rb"\s", b"a b\tc"), re.escape(b"a+b"))
print(re.compile(rb"\s+").pattern, re.compile(b"x").flags, re.compile(b"(?i)x").flags, re.compile(b"x", re.L).flags)
print(re.match(rb".", bytearray(b"ab")), re.search(b"b", bytearray(b"ab")).group(), re.findall(b"b", bytearray(b"abb")))
print(re.findall(rb"\s", b" \t\n\r\x0b\x0c\x1c\x85\xa0"), re.findall(r"\s", " \t\n\r\x0b\x0c\x1c\x85\xa0"))
print(re.compile(b"a").match(b"xa", 1), re.fullmatch(rb"\x00.\xff", b"\x00\n\xff", re.S))
# str subclasses and Unicode in reprs
class S(str):
    pass
m = re.search("b+", S("abbc"))
print(m, type(m.string).__name__, type(m.group()).__name__)
print(re.match("é+", "ééé"), re.compile("é"), re.compile("\u20ac\n"), re.escape("ä.ö"))
