package compile

import (
	"strings"
	"testing"
)

// Codegen tests compare disassembly (as starlark-go's codegen tests do).
func TestCodegen(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = 1 + 2\n", `
code <module> (0 args, 0 locals, stack 3)
  1    0 LOAD_CONST 0 (1)
       1 LOAD_CONST 1 (2)
       2 BINARY_OP 0 (+)
       3 STORE_NAME 0 (x)
       4 LOAD_CONST 2 (None)
       5 RETURN_VALUE
`},
		{"def f(a, *, b=2):\n    return a + b\n", `
code <module> (0 args, 0 locals, stack 3)
  1    0 LOAD_CONST 0 (2)
       1 LOAD_CONST 1 (('b',))
       2 BUILD_CONST_KEY_MAP 1
       3 LOAD_CONST 2 (<code f>)
       4 MAKE_FUNCTION 2
       5 STORE_NAME 0 (f)
       6 LOAD_CONST 3 (None)
       7 RETURN_VALUE

code f (1 args, 2 locals, stack 3)
  2    0 LOAD_FAST 0 (a)
       1 LOAD_FAST 1 (b)
       2 BINARY_OP 0 (+)
       3 RETURN_VALUE
       4 LOAD_CONST 0 (None)
       5 RETURN_VALUE
`},
		{"def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n", `
code <module> (0 args, 0 locals, stack 2)
  1    0 LOAD_CONST 0 (<code outer>)
       1 MAKE_FUNCTION 0
       2 STORE_NAME 0 (outer)
       3 LOAD_CONST 1 (None)
       4 RETURN_VALUE

code outer (0 args, 1 locals, stack 3)
  2    0 LOAD_CONST 1 (0)
       1 STORE_DEREF 1 (n)
  3    2 LOAD_CLOSURE 1 (n)
       3 BUILD_TUPLE 1
       4 LOAD_CONST 2 (<code inc>)
       5 MAKE_FUNCTION 8
       6 STORE_FAST 0 (inc)
  6    7 LOAD_FAST 0 (inc)
       8 RETURN_VALUE
       9 LOAD_CONST 0 (None)
      10 RETURN_VALUE

code outer.<locals>.inc (0 args, 0 locals, stack 3)
  5    0 LOAD_DEREF 0 (n)
       1 LOAD_CONST 1 (1)
       2 BINARY_OP 13 (+=)
       3 STORE_DEREF 0 (n)
       4 LOAD_CONST 0 (None)
       5 RETURN_VALUE
`},
		{"try:\n    f()\nexcept E as e:\n    pass\n", `
code <module> (0 args, 0 locals, stack 3)
  1    0 SETUP_FINALLY to 6
  2    1 LOAD_NAME 0 (f)
       2 CALL 0
       3 POP_TOP
       4 POP_BLOCK
       5 JUMP to 23
  3    6 LOAD_NAME 1 (E)
       7 CHECK_EXC_MATCH
       8 POP_JUMP_IF_FALSE to 22
       9 STORE_NAME 2 (e)
      10 SETUP_FINALLY to 18
  4   11 NOP
      12 POP_BLOCK
      13 POP_EXCEPT
      14 LOAD_CONST 0 (None)
      15 STORE_NAME 2 (e)
      16 DELETE_NAME 2 (e)
      17 JUMP to 23
      18 LOAD_CONST 0 (None)
      19 STORE_NAME 2 (e)
      20 DELETE_NAME 2 (e)
      21 RERAISE
      22 RERAISE
      23 LOAD_CONST 0 (None)
      24 RETURN_VALUE
`},
	} {
		c, err := Compile("t.py", []byte(tc.src), Exec)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := c.Disassemble(); strings.TrimSpace(got) != strings.TrimSpace(tc.want) {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tc.src, got, tc.want)
		}
	}
}

// Scope errors are SyntaxErrors with CPython's messages.
func TestScopeErrors(t *testing.T) {
	for _, tc := range []struct{ src, msg string }{
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f(a):\n    global a\n", "name 'a' is parameter and global"},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
		{"return 1\n", "'return' outside function"},
		{"break\n", "'break' outside loop"},
		{"yield 1\n", "'yield' outside function"},
		{"def f(a, a): pass\n", "duplicate argument 'a' in function definition"},
	} {
		_, err := Compile("t.py", []byte(tc.src), Exec)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.msg)
		}
	}
}

// FuzzCompile feeds arbitrary source to the compiler: errors are fine, panics are not.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{"x = 1\n", "def f(*a, **k):\n    yield from a\n", "class A(B):\n    def f(self): return super().f()\n",
		"try:\n    pass\nexcept* E:\n    pass\n", "with a as b, c:\n    break\n", "lambda: (yield)\n", "[x async for x in y]\n",
		"f'{x!r:>{w}}'\n", "async def f(): await x\n", "global x\nnonlocal y\n", "a, *b, *c = d\n", "del (a, [b.c, d[e]])\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, m := range []Mode{Exec, Eval, Single} {
			c, err := Compile("fuzz.py", []byte(src), m)
			if err == nil {
				_ = c.Disassemble()
			}
		}
	})
}
