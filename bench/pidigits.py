# pidigits: the first DIGITS decimal digits of pi from Gibbons' unbounded spigot,
# which keeps a 2x2 matrix of ever-growing integers. Nearly all the time goes into
# multiplying and dividing big integers (thousands of digits).
#
# Relies on: arbitrary-precision int *, +, //, comparison, divmod; str of a small int;
# str.join over a list.

DIGITS = 6000  # short: 800


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Compose with the next term of the series.
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        # The next digit is settled once (3q + r) / t and (4q + r) / t agree.
        d, rest = divmod(3 * q + r, t)
        if rest + q < t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


def main():
    digits = pi_digits(DIGITS)
    text = "".join(str(d) for d in digits)
    weighted = sum((i + 1) * d for i, d in enumerate(digits)) % 1000000007
    print(f"checksum: {text[:12]}:{text[-12:]}:{weighted}")


main()
