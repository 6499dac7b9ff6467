c = compile("1 + 2", "<string>", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c))
c2 = compile("x = 5\nprint('x is', x)", "myfile.py", "exec")
print(c2.co_filename, c2.co_name)
exec(c2)
c3 = compile("42", "<single>", "single")
exec(c3)
c4 = compile("None", "<single>", "single")
exec(c4)
c5 = compile("'a string'", "<single>", "single")
exec(c5)
for args in [("1 +", "<bad>", "eval"), ("x = 1", "<bad>", "eval"), ("1", "<bad>", "nope"), ("def f(:\n  pass", "broken.py", "exec"), ("  indented", "ind.py", "exec")]:
    try:
        compile(*args)
    except (SyntaxError, ValueError) as e:
        if isinstance(e, SyntaxError):
            print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
        else:
            print("ValueError:", e)
try:
    exec(compile("def g():\n    return 1 / 0\ng()", "runtime.py", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError in", tb.tb_frame.f_code.co_filename, "line", tb.tb_lineno, tb.tb_frame.f_code.co_name)
c6 = compile(b"b'bytes source'", "<bytes>", "eval")
print(eval(c6))
print(compile("pass", "<p>", "exec").co_consts[-1] is None)
