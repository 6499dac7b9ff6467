# exceptions: control flow through exceptions and context managers, as parsers and
# validators use them: a small tokenizer/evaluator for arithmetic expressions that
# raises on bad input, custom exception classes with a hierarchy, try/except/else/
# finally, raise ... from, with statements over a counting context manager, and
# closures. Half the inputs are malformed on purpose, so raising and unwinding through
# a few frames is the hot path.
#
# Relies on: class hierarchy under Exception, except with a tuple of types and `as`,
# raise from e / from None (__cause__), args via super().__init__, try/finally, with and
# __enter__/__exit__ (suppressing by returning True), closures with nonlocal,
# str.isdigit, int(), ZeroDivisionError/KeyError/IndexError from builtins.

CASES = 130000  # short: 10000


class EvalError(Exception):
    pass


class BadToken(EvalError):
    def __init__(self, text, pos):
        super().__init__(text, pos)
        self.pos = pos


class Unbalanced(EvalError):
    pass


class Guard:
    """Counts entries and exits; swallows KeyError raised inside it."""

    def __init__(self):
        self.entered = 0
        self.swallowed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is KeyError:
            self.swallowed += 1
            return True
        return False


def tokens(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(int(text[i:j]))
            i = j
        elif ch in "+-*/()":
            out.append(ch)
            i += 1
        elif ch == " ":
            i += 1
        else:
            raise BadToken(ch, i)
    return out


def parse(toks):
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        try:
            tok = toks[pos]
        except IndexError:
            raise Unbalanced("unexpected end") from None
        pos += 1
        return tok

    def atom():
        tok = take()
        if tok == "(":
            value = expr()
            if take() != ")":
                raise Unbalanced("missing )")
            return value
        if isinstance(tok, int):
            return tok
        raise BadToken(str(tok), pos - 1)

    def term():
        value = atom()
        while peek() in ("*", "/"):
            if take() == "*":
                value *= atom()
            else:
                value //= atom()
        return value

    def expr():
        value = term()
        while peek() in ("+", "-"):
            if take() == "+":
                value += term()
            else:
                value -= term()
        return value

    result = expr()
    if pos != len(toks):
        raise Unbalanced("trailing input")
    return result


def make_case(i):
    a, b, c = i % 97, i % 13, i % 7
    shapes = [
        f"{a} + {b} * ({c} - 3)",
        f"({a} + {b}",
        f"{a} / ({c} - {c})",
        f"{a} $ {b}",
        f"{a} * {b} - {c} / 2",
        f"{a} + )",
        f"(({a} - {b}) * {c}) + 1",
        f"{a} {b}",
    ]
    return shapes[i % len(shapes)]


def evaluate(text, cache):
    try:
        return parse(tokens(text))
    except ZeroDivisionError as e:
        raise EvalError("division by zero in " + text) from e


def main():
    guard = Guard()
    cache = {}
    kinds = {}
    total = 0
    chained = 0
    cleanups = 0
    for i in range(CASES):
        text = make_case(i)
        try:
            with guard:
                value = evaluate(text, cache)
                if i % 11 == 0:
                    value += cache[text]  # never present: KeyError, swallowed
        except (BadToken, Unbalanced) as e:
            name = type(e).__name__
            kinds[name] = kinds.get(name, 0) + 1
            if isinstance(e, BadToken):
                total += e.pos
        except EvalError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += 1
        else:
            total += value
        finally:
            cleanups += 1
    summary = ",".join(f"{k}={kinds[k]}" for k in sorted(kinds))
    print(f"checksum: {total}:{chained}:{cleanups}:{guard.entered}:{guard.swallowed}:{summary}")


main()
