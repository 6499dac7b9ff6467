package vm

import (
	"testing"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// TestHotPathsNoGoAlloc pins the paths that used to make Go-heap garbage per call
// (found with PYHEAP_MEMPROFILE; Go's heap never shrinks below its 4 MB goal, so
// steady garbage is resident memory): calls the VM makes from Go (property
// getters, user dunders, bound methods, a with statement's __exit__), generator
// frames, a class attribute updated per instance. Each body runs once to warm the
// caches and pools, then must make no Go allocation at all.
func TestHotPathsNoGoAlloc(t *testing.T) {
	cases := []struct{ name, src string }{
		{"property", `
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
p = P()
def run():
    for _ in range(50): p.x
`},
		{"dunders", `
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
a, b = V(1), V(2)
def run():
    for _ in range(50):
        a == b
        a < b
`},
		{"bound method from Go", `
class C:
    def m(self, v): return v
m = C().m
def run():
    for _ in range(50): m(1)
`},
		{"with", `
class G:
    def __enter__(self): return self
    def __exit__(self, a, b, c): return False
g = G()
def run():
    for _ in range(50):
        with g: pass
`},
		{"generator", `
def gen(n):
    for i in range(n): yield i
def run():
    for _ in range(20):
        for x in gen(5): pass
`},
		{"class counter", `
class K:
    n = 0
    def __init__(self): K.n += 1
def run():
    for _ in range(50): K()
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := newInterp(t)
			rt := in.RT
			code := in.Compile("t.py", []byte(c.src), compile.Exec)
			if code == Nil {
				t.Fatalf("compile: %s", in.excText(rt.Fetch()))
			}
			ns := rt.NewDict()
			defer rt.Decref(ns)
			if r := in.ExecCode(code, ns, ns); r == Nil {
				t.Fatalf("exec: %s", in.excText(rt.Fetch()))
			} else {
				rt.Decref(r)
			}
			rt.Decref(code)
			fn := rt.DictGetStr(ns, in.Str("run"))
			call := func() {
				r := rt.Call(fn, []object.Ref{}, Nil)
				if r == Nil {
					t.Fatalf("run: %s", in.excText(rt.Fetch()))
				}
				rt.Decref(r)
			}
			call()
			if n := testing.AllocsPerRun(20, call); n != 0 {
				t.Errorf("%v Go allocations per run", n)
			}
		})
	}
}
