# eval/exec/compile of empty, blank and comment-only text, and compile(..., "single")
# with more than one statement: CPython's messages and positions.

def show(label, f):
    try:
        r = f()
        print(label, "ok", r is None)
    except SyntaxError as e:
        print(label, type(e).__name__, e, e.args, e.lineno, e.offset, repr(e.text),
              e.end_lineno, e.end_offset)


for src in ["", " ", "\n", "   \n\n", "#c", "# c\n", "\t", "\n\n\n", "  # x"]:
    show("eval %r" % src, lambda: eval(src))
    show("exec %r" % src, lambda: exec(src))
    for mode in ["eval", "exec", "single"]:
        show("compile %r %s" % (src, mode), lambda: compile(src, "<x>", mode))

show("eval b''", lambda: eval(b""))
show("exec b''", lambda: exec(b""))

for src in ["x=1", "if 1:\n  pass", "x=1\ny=2", "x = 10\ny=2\n", "if 1:\n  pass\nx=1",
            "x=1\n\n#c\n", "x=1\n  \n", "x=1;y=2\nz", "for x in y: pass\n",
            "def f():\n  return 1"]:
    show("single %r" % src, lambda: compile(src, "<x>", "single"))

eval("")
