# strings_words: generate a text from syllables chosen by a linear congruential
# generator, then process it the way scripts do: split into lines and words, normalise
# case and punctuation, count words in a dict, build a report with f-strings and join,
# and scan it with find/replace/startswith.
#
# Relies on: str concatenation and +=, str.join/split/strip/lower/upper/capitalize/
# replace/find/startswith/endswith/count, f-strings with width and alignment,
# %-formatting, dict.get, sorted with key, enumerate with a start, slicing strings with a step, ord.

WORDS = 800000  # short: 60000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el", "or", "us",
             "pra", "ste", "qui", "bor", "den", "fal"]
PUNCT = [",", ".", ";", "!", "?"]


def generate(n):
    state = 2026
    lines = []
    line = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 4
        # Zipf-like: short words far more often than long ones.
        parts = 1 + (r & 3) * (r & 1)
        word = ""
        for k in range(parts):
            word += SYLLABLES[(r >> (3 + 5 * k)) % (len(SYLLABLES) - 4 * k)]
        if r % 11 == 0:
            word = word.capitalize()
        if r % 13 == 0:
            word += PUNCT[r % len(PUNCT)]
        line.append(word)
        if len(line) == 12 or r % 29 == 0:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip(",.;!?").lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def report(counts):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = []
    for rank, (word, n) in enumerate(ranked[:200], 1):
        rows.append(f"{rank:>4} {word:<12}|{n:>8}|" + "%5.2f" % (100.0 * n / len(ranked)))
    return "\n".join(rows)


def digest(s):
    h = 0
    for ch in s[::7]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    text = generate(WORDS)
    counts = count_words(text)
    table = report(counts)
    shouted = text.upper().replace("KA", "ka-").replace("\n", " / ")
    starts = sum(1 for w in text.split() if w.startswith("pra") or w.endswith("us"))
    first = text.find("Quius")
    print(f"checksum: {len(counts)}:{digest(table)}:{len(shouted)}:{shouted.count('ka-')}:"
          f"{starts}:{first}:{digest(text)}")


main()
