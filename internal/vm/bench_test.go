package vm

import (
	"testing"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// The eval loop's hot paths, each a Python loop of b.N iterations run once:
// ns/op is the cost of one iteration (the loop's own instructions included), and
// allocs/op counts Go allocations, which the eval loop should not make at all.
// Python objects come from the private heap and do not show there.
var evalBenchmarks = []struct{ name, src string }{
	{"Loop", `
def run(n):
    i = 0
    while i < n:
        i += 1
`},
	{"ForRange", `
def run(n):
    for i in range(n):
        pass
`},
	{"CallFunction", `
def f(a, b):
    return a
def run(n):
    for i in range(n):
        f(i, i)
`},
	{"CallMethod", `
class C:
    def m(self, a):
        return a
def run(n):
    o = C()
    for i in range(n):
        o.m(i)
`},
	{"NewInstance", `
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run(n):
    for i in range(n):
        P(i, i)
`},
	{"AttrGet", `
class C:
    def __init__(self):
        self.x = 1
        self.y = 2
def run(n):
    o = C()
    for i in range(n):
        o.y
`},
	{"AttrSet", `
class C:
    def __init__(self):
        self.x = 1
        self.y = 2
def run(n):
    o = C()
    for i in range(n):
        o.y = i
`},
	{"GlobalLoad", `
G = 1
def run(n):
    for i in range(n):
        G
        len
`},
	{"DictGetSet", `
def run(n):
    d = {"a": 1, "b": 2, "c": 3}
    for i in range(n):
        d["b"] = d["a"]
`},
	{"ListIndex", `
def run(n):
    l = [1, 2, 3]
    for i in range(n):
        l[1] = l[2]
`},
	{"AllocTuple", `
def run(n):
    for i in range(n):
        t = (i, i)
`},
	{"FloatArith", `
def run(n):
    x = 0.5
    for i in range(n):
        x = x * 0.999 + 0.25
`},
}

func BenchmarkEval(b *testing.B) {
	for _, bm := range evalBenchmarks {
		b.Run(bm.name, func(b *testing.B) {
			in := newInterp(b)
			rt := in.RT
			rt.DictSetStr(in.Builtins, "len", rt.StrType.Ref) // any builtin will do for GlobalLoad
			code := in.Compile("bench.py", []byte(bm.src), compile.Exec)
			if code == Nil {
				b.Fatalf("compile: %s", in.excText(rt.Fetch()))
			}
			ns := rt.NewDict()
			defer rt.Decref(ns)
			if r := in.ExecCode(code, ns, ns); r == Nil {
				b.Fatalf("exec: %s", in.excText(rt.Fetch()))
			} else {
				rt.Decref(r)
			}
			rt.Decref(code)
			fn := rt.DictGetStr(ns, in.Str("run"))
			n := rt.NewInt(int64(b.N))
			b.ReportAllocs()
			b.ResetTimer()
			r := rt.Call(fn, []object.Ref{n}, Nil)
			b.StopTimer()
			rt.Decref(n)
			if r == Nil {
				b.Fatalf("run: %s", in.excText(rt.Fetch()))
			}
			rt.Decref(r)
		})
	}
}
