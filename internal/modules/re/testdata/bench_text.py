# A regex-heavy script for timing pyheap's re against CPython's (see doc.go):
# a 1 MB text from a linear congruential generator, then findall, finditer, sub
# with a template and a callable, split, and case-insensitive search. It prints
# one checksum line, the same under both.
import re

SIZE = 1000000
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el", "Or", "us", "pra", "Ste", "qui"]
state = 2026
parts = []
n = 0
while n < SIZE:
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    k = state % 23
    if k < 15:
        w = SYLLABLES[k] + SYLLABLES[(state >> 8) % 15]
    elif k < 18:
        w = "%d-%02d-%02d" % (1990 + state % 35, 1 + state % 12, 1 + state % 28)
    elif k < 20:
        w = "user%d@mail%d.example.com" % (state % 1000, state % 7)
    elif k == 20:
        w = "naïve café"
    else:
        w = str(state % 100000)
    parts.append(w)
    n += len(w) + 1
text = " ".join(parts)[:SIZE]

words = re.findall(r"\w+", text)
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)
emails = [m.group(1) for m in re.finditer(r"([\w.]+)@([\w.]+)\.com", text)]
swapped = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text)
doubled = re.sub(r"\b\d+\b", lambda m: str(int(m.group()) * 2), text)
pieces = re.split(r"[\s@.]+", text)
caseless = len(re.findall(r"(?i)\bste\w*|or[a-z]+", text))
vowels = len(re.findall(r"[aeiouäöüï]{2,}", text))
print("checksum:", len(words), len(dates), len(emails), len(swapped), len(doubled), len(pieces), caseless, vowels)
