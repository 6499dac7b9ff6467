package object_test

import (
	"strconv"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// BenchmarkStrConcat measures a + b for short and longer strs of each kind; the
// result goes back to the heap every iteration. Go-heap allocations must be 0: the
// strs live in the private heap.
func BenchmarkStrConcat(b *testing.B) {
	for _, c := range []struct{ name, a, b string }{
		{"ascii5+5", "hello", "world"},
		{"ascii100+100", string(make([]byte, 100)), string(make([]byte, 100))},
		{"latin1+ascii", "héllo", "world"},
		{"ucs2+ascii", "日本語", "text"},
		{"ucs4+ucs2", "\U0001f600", "日本"},
	} {
		b.Run(c.name, func(b *testing.B) {
			rt := newRuntime(b)
			x, y := rt.NewStr(c.a), rt.NewStr(c.b)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				r := rt.BinaryOp(x, y, object.OpAdd)
				if r == object.Nil {
					b.Fatal(errString(rt))
				}
				rt.Decref(r)
			}
		})
	}
}

// BenchmarkStrConcatLoop1000 builds a 1000-character str by repeated concatenation
// (s = s + "x"), the pattern CPython optimizes in place; pyheap copies each time.
func BenchmarkStrConcatLoop1000(b *testing.B) {
	rt := newRuntime(b)
	x := rt.NewStr("x")
	b.ReportAllocs()
	for range b.N {
		s := rt.New(rt.EmptyStr)
		for range 1000 {
			r := rt.BinaryOp(s, x, object.OpAdd)
			rt.Decref(s)
			s = r
		}
		rt.Decref(s)
	}
}

// BenchmarkStrAppendLoop1000 is the same loop with StrAppend, which resizes the
// str in place when nothing else refers to it (what the VM does for s += x).
func BenchmarkStrAppendLoop1000(b *testing.B) {
	rt := newRuntime(b)
	x := rt.NewStr("x")
	b.ReportAllocs()
	for range b.N {
		s := rt.New(rt.EmptyStr)
		for range 1000 {
			if rt.StrAppend(&s, x) < 0 {
				b.Fatal(errString(rt))
			}
		}
		if rt.StrLen(s) != 1000 {
			b.Fatalf("len %d", rt.StrLen(s))
		}
		rt.Decref(s)
	}
}

// BenchmarkStrDictHash measures dict lookups with str keys: with the key's hash
// already cached (the common case of identifiers and reused keys), and with a fresh
// key whose hash must be computed (a new str each time, as after slicing or
// concatenation).
func BenchmarkStrDictHash(b *testing.B) {
	rt := newRuntime(b)
	d := rt.NewDict()
	const n = 1000
	keys := make([]object.Ref, n)
	for i := range keys {
		keys[i] = rt.NewStr("key_" + strconv.Itoa(i))
		v := rt.NewInt(int64(i))
		rt.DictSetItem(d, keys[i], v)
	}
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			if rt.DictGetItem(d, keys[i%n]) == object.Nil {
				b.Fatal("missing")
			}
		}
	})
	b.Run("fresh", func(b *testing.B) {
		fresh := make([]string, n)
		for i := range fresh {
			fresh[i] = "key_" + strconv.Itoa(i)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := range b.N {
			k := rt.NewStr(fresh[i%n])
			if rt.DictGetItem(d, k) == object.Nil {
				b.Fatal("missing")
			}
			rt.Decref(k)
		}
	})
	b.Run("new-and-hash-64B", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			c := rt.NewStr("0123456789012345678901234567890123456789012345678901234567890123")
			if _, ok := rt.Hash(c); !ok {
				b.Fatal(errString(rt))
			}
			rt.Decref(c)
		}
	})
}

// BenchmarkStrMethods measures common methods on a short ASCII line (the numbers to
// compare with python3 -m timeit on the same calls).
func BenchmarkStrMethods(b *testing.B) {
	rt := newRuntime(b)
	line := rt.NewStr("the quick brown fox jumps over the lazy dog")
	comma := rt.NewStr("a,b,c,d,e,f,g,h")
	for _, c := range []struct {
		name string
		recv object.Ref
		meth string
		args []object.Ref
	}{
		{"split", line, "split", nil},
		{"split-sep", comma, "split", []object.Ref{rt.NewStr(",")}},
		{"upper", line, "upper", nil},
		{"replace", line, "replace", []object.Ref{rt.NewStr("o"), rt.NewStr("0")}},
		{"find", line, "find", []object.Ref{rt.NewStr("lazy")}},
		{"startswith", line, "startswith", []object.Ref{rt.NewStr("the")}},
		{"strip", line, "strip", nil},
		{"format", rt.NewStr("{} + {} = {}"), "format", []object.Ref{rt.NewStr("a"), rt.NewStr("b"), rt.NewStr("c")}},
		{"percent", rt.NewStr("%s-%s"), "__mod__", nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			if c.meth == "__mod__" {
				args := rt.TupleFrom(rt.NewStr("x"), rt.NewStr("y"))
				b.ReportAllocs()
				for range b.N {
					r := rt.BinaryOp(c.recv, args, object.OpMod)
					if r == object.Nil {
						b.Fatal(errString(rt))
					}
					rt.Decref(r)
				}
				return
			}
			m := rt.GetAttrString(c.recv, c.meth)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				r := rt.Call(m, c.args, object.Nil)
				if r == object.Nil {
					b.Fatal(errString(rt))
				}
				rt.Decref(r)
			}
		})
	}
}
