class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text

    def __str__(self):
        return f"[{self.code}] {self.text}"

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "page missing")
except AppError as e:
    print("caught", type(e).__name__, e, e.args, e.code)

raise NotFound(410, "gone")
