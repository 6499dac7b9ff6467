"""Helper module imported by the imports/ tests (not a test itself)."""
print("_helper: executing module body, __name__ =", __name__)

CONSTANT = 42
_private = "private"
counter = 0

def greet(name):
    return f"hello {name} from _helper"

def bump():
    global counter
    counter += 1
    return counter

class Widget:
    def __repr__(self):
        return "Widget()"

if __name__ == "__main__":
    print("never printed when imported")
