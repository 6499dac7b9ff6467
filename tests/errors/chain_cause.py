# raise ... from ...: "The above exception was the direct cause of the following exception:"
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("bad config value") from exc

print(parse("42"))
parse("forty-two")
