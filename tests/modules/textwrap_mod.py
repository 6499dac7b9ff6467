# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump; sphinx of black quartz, "
        "judge my vow.")
for w in (1, 5, 10, 20, 33, 70, 200):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
hy = "A well-known long-term self-contained state-of-the-art co-operation e-mail x-ray re-enter"
for w in (5, 8, 12, 17, 25):
    print(w, textwrap.wrap(hy, w))
    print(w, textwrap.wrap(hy, w, break_on_hyphens=False))
print(textwrap.wrap("abc--def ghi -- jkl a---b 1--2 x--y--z", 6))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd-eeee", 7))
print(textwrap.wrap("----------abc", 4))
print(textwrap.wrap("tab\there\tand\nnewline\rcr", 8))
print(textwrap.wrap("tab\there", 20, expand_tabs=False))
print(textwrap.wrap("tab\there", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("tab\there", 20, tabsize=4))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("One. Two! Three? 'Four.' x.y \"Five.\" six", 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.wrap(text, 20, max_lines=1))
print(textwrap.wrap(text, 20, max_lines=3, placeholder="..."))
print(textwrap.wrap("Hello there, how are you this fine day?", 12, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("a b c d e f", 5, max_lines=10))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("  The   quick brown    fox  ", 15))
print(textwrap.wrap("naïve café résumé über ünïcödé", 8))
print(textwrap.wrap("snake_case_names_are-very-long here", 9))
print(textwrap.wrap("3-4 ab-12 a1-b2 ab-cd-ef", 3))

# dedent and indent.
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n    b\n\n  c")))
print(repr(textwrap.dedent("\ta\n\t\tb\n  \t\n\tc")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("   \n  x\n   \n")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("one\ntwo", "  ", predicate=lambda l: l.startswith("t"))))

w = textwrap.TextWrapper(width=15, initial_indent="-> ")
print(w.wrap("some words that need wrapping here"), w.width, w.placeholder, w.max_lines)
w.width = 25
print(w.fill("some words that need wrapping here"))

def err(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
err(lambda: textwrap.wrap("abc", 0))
err(lambda: textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...]"))
err(lambda: textwrap.shorten("abc", 2))
print(sorted(textwrap.__all__))

import keyword
print(keyword.kwlist, keyword.softkwlist, sorted(keyword.__all__))
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"),
      keyword.iskeyword("None"), keyword.iskeyword("print"), keyword.issoftkeyword("_"))
