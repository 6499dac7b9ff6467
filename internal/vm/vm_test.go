package vm

import (
	"io"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

func newInterp(t testing.TB) *Interp {
	t.Helper()
	in, err := New(Config{Stdout: io.Discard, Stderr: io.Discard, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close() })
	// A few builtins (the builtins module lives above this package).
	rt := in.RT
	for _, n := range object.ExcTypeNames() {
		rt.DictSetStr(in.Builtins, n, rt.ExcType(n).Ref)
	}
	rt.DictSetStr(in.Builtins, "range", rt.RangeType.Ref)
	rt.DictSetStr(in.Builtins, "str", rt.StrType.Ref)
	rt.DictSetStr(in.Builtins, "property", in.PropertyType.Ref)
	rt.DictSetStr(in.Builtins, "super", in.SuperType.Ref)
	name := rt.NewStr("builtins")
	rt.DictSetStr(in.Builtins, "__name__", name)
	rt.Decref(name)
	in.AddFunc(in.Builtins, "__build_class__", in.BuildClass, Nil)
	in.AddFunc(in.Builtins, "next", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		return rt.Next(args[0])
	}, Nil)
	return in
}

// exec runs src in a fresh namespace and returns repr(ns["r"]).
func exec(t *testing.T, in *Interp, src string) string {
	t.Helper()
	rt := in.RT
	code := in.Compile("t.py", []byte(src), compile.Exec)
	if code == Nil {
		e := rt.Fetch()
		t.Fatalf("compile %q: %s", src, in.excText(e))
	}
	ns := rt.NewDict()
	defer rt.Decref(ns)
	r := in.ExecCode(code, ns, ns)
	rt.Decref(code)
	if r == Nil {
		e := rt.Fetch()
		return "raised " + in.excText(e)
	}
	rt.Decref(r)
	v := rt.DictGetStr(ns, in.Str("r"))
	if v == Nil {
		return "<no r>"
	}
	s := rt.Repr(v)
	defer rt.Decref(s)
	return rt.GoString(s)
}

func (in *Interp) excText(e Ref) string {
	var b strings.Builder
	in.formatExceptionOnly(&b, e)
	in.RT.Decref(e)
	return strings.TrimSpace(b.String())
}

func TestExec(t *testing.T) {
	in := newInterp(t)
	for _, tc := range []struct{ src, want string }{
		{"r = 2 + 3 * 4 - 10 // 3", "11"},
		{"r = (1 << 40) + 5", "1099511627781"},
		{"r = -7 // 2, -7 % 2, 7 % -2", "(-4, 1, -1)"},
		{"a, *b, c = range(5)\nr = (a, b, c)", "(0, [1, 2, 3], 4)"},
		{"def f(a, b=2, *c, d, e=5, **g):\n    return a, b, c, d, e, g\nr = f(1, d=4, z=6)", "(1, 2, (), 4, 5, {'z': 6})"},
		{"def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk()\ni()\nr = i()", "2"},
		{"def g():\n    x = yield 1\n    yield x\nit = g()\nr = (next(it), it.send(5))", "(1, 5)"},
		{"try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    r = str(e)", "'division by zero'"},
		{"def f():\n    try:\n        return 1\n    finally:\n        r.append(2)\nr = []\nr.append(f())", "[2, 1]"},
		{"class A:\n    def __init__(self, v): self.v = v\n    def __eq__(self, o): return self.v == o.v\n    __hash__ = None\nr = (A(1) == A(1), A(1) != A(2))", "(True, True)"},
		{"class A:\n    @property\n    def p(self): return 7\nclass B(A):\n    def q(self): return super().p\nr = B().q()", "7"},
		{"r = [x * y for x in range(3) if x for y in (1, 2)]", "[1, 2, 2, 4]"},
		{"r = {k: v for k, v in (('a', 1), ('b', 2))}", "{'a': 1, 'b': 2}"},
		{"def f(): f()\ntry:\n    f()\nexcept RecursionError as e:\n    r = str(e)", "'maximum recursion depth exceeded'"},
		{"x = 1\ndef f():\n    y = x\n    x = 2\nf()", "raised UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"},
		{"r = undefined_name", "raised NameError: name 'undefined_name' is not defined"},
	} {
		if got := exec(t, in, tc.src); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// A compilation unit is freed when nothing uses its code any more: compiling and
// running code in a loop does not grow the heap (exec in a loop does not leak).
func TestUnitsReleased(t *testing.T) {
	in := newInterp(t)
	rt := in.RT
	run := func() {
		code := in.Compile("<string>", []byte("def f(x):\n    return [x, (1, 2.5, 'const')]\ny = f(3)\n"), compile.Exec)
		if code == Nil {
			t.Fatal("compile failed")
		}
		ns := rt.NewDict()
		r := in.ExecCode(code, ns, ns)
		if r == Nil {
			t.Fatal("exec failed")
		}
		rt.Decref(r)
		rt.Decref(code)
		rt.DictClear(ns)
		rt.Decref(ns)
	}
	for i := 0; i < 50; i++ {
		run()
	}
	before := rt.Heap().Stats()
	for i := 0; i < 500; i++ {
		run()
	}
	after := rt.Heap().Stats()
	if after.BlocksInUse() > before.BlocksInUse()+16 {
		t.Errorf("blocks in use grew from %d to %d over 500 exec()s", before.BlocksInUse(), after.BlocksInUse())
	}
	if len(in.codes)-len(in.freeCodes) > 8 {
		t.Errorf("%d code objects still registered", len(in.codes)-len(in.freeCodes))
	}
}

// Tagged small ints: arithmetic in the inline fast path allocates nothing.
func TestSmallIntFastPath(t *testing.T) {
	for _, tc := range []struct {
		op   int
		a, b int64
		want int64
	}{
		{compile.BinAdd, 3, 4, 7}, {compile.BinSub, 3, 4, -1}, {compile.BinMul, -3, 4, -12},
		{compile.BinFloorDiv, -7, 2, -4}, {compile.BinMod, -7, 2, 1}, {compile.BinMod, 7, -2, -1},
		{compile.BinAnd, 6, 3, 2}, {compile.BinOr, 6, 3, 7}, {compile.BinXor, 6, 3, 5},
	} {
		got, ok := smallIntOp(tc.op, tc.a, tc.b)
		if !ok || got != tc.want {
			t.Errorf("op %d (%d, %d) = %d %v, want %d", tc.op, tc.a, tc.b, got, ok, tc.want)
		}
	}
	if _, ok := smallIntOp(compile.BinFloorDiv, 1, 0); ok {
		t.Error("division by zero must take the general path")
	}
	_ = object.Nil
}

// A compiled unit's instructions and constant tables sit in a sealed (read-only)
// block of the free store while the unit lives.
func TestUnitSealed(t *testing.T) {
	in := newInterp(t)
	rt := in.RT
	code := in.Compile("t.py", []byte("x = (1, 'a')\ndef f(): return 2\n"), compile.Exec)
	if code == Nil {
		t.Fatal("compile failed")
	}
	u := in.codeOf(code).unit
	if !rt.Heap().Sealed(u.block) {
		t.Error("the unit's block is not sealed")
	}
	for _, k := range in.codeOf(code).consts {
		if k&1 == 0 && k != Nil && rt.IsStr(k) {
			if _, ok := rt.Hash(k); !ok {
				t.Error("constant hash failed")
			}
		}
	}
	rt.Decref(code)
}
