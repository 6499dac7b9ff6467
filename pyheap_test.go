package pyheap

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	it, err := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	status := it.RunSource("t.py", []byte(src))
	return out.String(), errb.String(), status
}

func TestRun(t *testing.T) {
	for _, tc := range []struct{ src, out string }{
		{"print('hello, world')", "hello, world\n"},
		{"def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nprint(f(20))", "2432902008176640000\n"},
		{"def g():\n    x = yield 1\n    yield x * 2\nit = g()\nprint(next(it), it.send(21))", "1 42\n"},
		{"class A:\n    def __init__(self, v): self.v = v\n    def __add__(self, o): return A(self.v + o.v)\n    def __repr__(self): return f'A({self.v})'\nprint(A(1) + A(2))", "A(3)\n"},
		{"try:\n    {}['k']\nexcept KeyError as e:\n    print('caught', repr(e))", "caught KeyError('k')\n"},
		{"print([x * y for x in range(3) for y in range(2) if x])", "[0, 1, 0, 2]\n"},
		{"def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)", "maximum recursion depth exceeded\n"},
		{"import sys\nprint(sys.getrecursionlimit())", "1000\n"},
		{"class A:\n    def __init__(self):\n        return 1\ntry:\n    A()\nexcept TypeError as e:\n    print(e)", "__init__() should return None, not 'int'\n"},
		{"class A:\n    def __init__(self, n):\n        self.n = A(n - 1) if n else None\na = A(500)\nprint(a.n.n.n is not None)", "True\n"},
		{"class C:\n    x = 1\nc = C()\nprint(c.x)\nC.x = 2\nprint(c.x)\ndel C.x\nprint(hasattr(c, 'x'))", "1\n2\nFalse\n"},
	} {
		out, errs, status := run(t, tc.src)
		if out != tc.out || status != 0 {
			t.Errorf("%q: got %q (status %d, stderr %q), want %q", tc.src, out, status, errs, tc.out)
		}
	}
}

func TestUncaught(t *testing.T) {
	_, errs, status := run(t, "def f():\n    return 1 / 0\nf()\n")
	want := "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f()\n  File \"t.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
	if status != 1 || errs != want {
		t.Errorf("got status %d\n%s\nwant\n%s", status, errs, want)
	}
	_, errs, status = run(t, "import sys\nsys.exit('bye')\n")
	if status != 1 || errs != "bye\n" {
		t.Errorf("sys.exit('bye'): status %d, stderr %q", status, errs)
	}
	_, _, status = run(t, "raise SystemExit(3)\n")
	if status != 3 {
		t.Errorf("SystemExit(3): status %d", status)
	}
}

// Deep recursion through Go slots (__repr__ calling repr) must end in
// RecursionError, never in a Go stack overflow.
func TestGoRecursionBounded(t *testing.T) {
	src := "class R:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(R())\nexcept RecursionError:\n    print('ok')\n"
	out, errs, _ := run(t, src)
	if out != "ok\n" {
		t.Errorf("got %q %q", out, errs)
	}
}

// FuzzRun runs arbitrary source: Python errors are fine, Go panics are not.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"print(1)", "def f(*a, **k): return a, k\nprint(f(1, x=2))", "class A:\n  pass\nA().x",
		"for i in range(10):\n  try:\n    1/0\n  except: pass\n  finally: break", "def g():\n  yield from g()\nlist(g())",
		"x = [1]\nx.append(x)\nprint(x)", "while 1: pass", "import sys\nsys.setrecursionlimit(50)\ndef f(): f()\nf()"} {
		f.Add(s)
	}
	// The conformance corpus as seeds: every script, cut short by the budget at
	// some point of its run (an exception unwinding from anywhere), must leave
	// the interpreter without a Go panic.
	scripts, _ := filepath.Glob("tests/*/*.py")
	for _, p := range scripts {
		if src, err := os.ReadFile(p); err == nil && !strings.HasPrefix(filepath.Base(p), "_") &&
			!bytes.Contains(src, []byte("open(")) && !bytes.Contains(src, []byte("import os")) {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		it, err := New(Options{Stdout: io.Discard, Stderr: io.Discard, Stdin: strings.NewReader(""), Budget: 20000})
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		it.RunSource("fuzz.py", []byte(src))
	})
}
