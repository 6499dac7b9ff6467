words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "ß", "ǅungla", "a1b2", "", "123", "ıi İI", "they're bill's friends", "ﬁne"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isspace(), w.isascii(), w.isidentifier(), w.isprintable())
for w in ["½", "²", "٣", " \t\n", "\x00", "\u00a0", "_x", "1x", "class", "é", "\u2028", "Ⅻ"]:
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isspace(), w.isidentifier(), w.isprintable(), w.isalpha(), w.isascii())
