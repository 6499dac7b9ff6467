# BaseException.add_note (3.11): notes are printed after the message.
def parse(row):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f"while parsing row {row!r}")
        e.add_note("second note")
        raise

print(parse("5"))
parse("five")
