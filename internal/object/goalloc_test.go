package object_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestHotPathsNoGoAlloc pins operations that programs run in loops to zero Go-heap
// allocations per call: their memory is the private heap's. Go garbage made per call
// keeps Go's heap goal (at least 4 MB) filled and the resident set megabytes higher.
// Each case runs once to warm up (free lists, scratch buffers, interned names), then
// under testing.AllocsPerRun.
func TestHotPathsNoGoAlloc(t *testing.T) {
	rt := newRuntime(t)
	str := rt.NewStr
	// hold keeps a new reference until the test ends; args returns the items of
	// a tuple, an argument array in the private heap as the interpreter's are.
	var keep []object.Ref
	hold := func(r object.Ref) object.Ref {
		if r == object.Nil {
			t.Fatalf("setup failed: %v", rt.Err())
		}
		keep = append(keep, r)
		return r
	}
	t.Cleanup(func() {
		for _, r := range keep {
			rt.Decref(r)
		}
	})
	args := func(items ...object.Ref) []object.Ref {
		for _, it := range items {
			rt.Incref(it)
		}
		return rt.TupleItems(hold(rt.TuplePack(items...)))
	}
	// method returns the bound method obj.name.
	method := func(obj object.Ref, name string) object.Ref { return hold(rt.GetAttrString(obj, name)) }
	ident := hold(rt.NewBuiltinFunction(&object.MethodDef{Name: "ident",
		Fn: func(rt *object.Runtime, _ object.Ref, a []object.Ref, _ object.Ref) object.Ref { return rt.New(a[0]) }}, object.Nil, object.Nil))

	words := hold(rt.NewList(0))
	for _, w := range []string{"pear", "fig", "apple", "kiwi", "date", "plum", "lime", "sloe"} {
		s := str(w)
		rt.ListAppend(words, s)
		rt.Decref(s)
	}
	text := hold(str("alpha,beta,,gamma,delta,epsilon"))
	latin := hold(str("caf\u00e9 au lait, caf\u00e9 noir"))
	dict := hold(rt.NewDict())
	for i, w := range []string{"a", "b", "c"} {
		s := str(w)
		rt.DictSetItem(dict, s, object.MakeSmallInt(int64(i)))
		rt.Decref(s)
	}
	bigA := hold(rt.IntFromStr(hold(str("1234567890123456789012345678901234567890")), 10))
	bigB := hold(rt.IntFromStr(hold(str("-987654321098765432109876543210")), 10))
	step2 := hold(rt.NewSlice(rt.None, rt.None, object.MakeSmallInt(2)))

	// Everything a case uses is made in advance: the runs make only their results.
	split, strip, replace := method(text, "split"), method(text, "strip"), method(latin, "replace")
	join, encode := method(text, "join"), method(latin, "encode")
	wide := hold(str("Größe naïve 東京 Ελληνικά"))
	upper, lower := method(wide, "upper"), method(wide, "lower")
	format := method(hold(str("{} and {:>6}|{:,}|{!r}|{:.2f}|{:>10.3e}|{:,.1%}")), "format")
	splitArgs, stripArgs := args(hold(str(","))), args(hold(str("al")))
	replaceArgs := args(hold(str("caf\u00e9")), hold(str("tea")))
	joinArgs, encodeArgs := args(words), args(hold(str("utf-8")))
	formatArgs := args(hold(str("x")), object.MakeSmallInt(42), object.MakeSmallInt(1234567), hold(rt.NewFloat(2.5)),
		hold(rt.NewFloat(-3.14159)), hold(rt.NewFloat(12345.678)), hold(rt.NewFloat(0.4567)))
	percent := hold(str("user%d:%05d:%s"))
	percentArgs := hold(rt.TuplePack(object.MakeSmallInt(7), object.MakeSmallInt(99), str("z")))
	digits, tenth, nope := hold(str(" 123456 ")), hold(rt.NewFloat(0.1)), hold(str("nope"))

	cases := []struct {
		name string
		run  func() object.Ref // a new reference, or Nil with an exception that is cleared
	}{
		{"sort with a key", func() object.Ref {
			l := rt.SequenceList(words)
			if rt.ListSort(l, ident, true) < 0 {
				return object.Nil
			}
			return l
		}},
		{"sort without a key", func() object.Ref {
			l := rt.SequenceList(words)
			if rt.ListSort(l, object.Nil, false) < 0 {
				return object.Nil
			}
			return l
		}},
		{"str.split(sep)", func() object.Ref { return rt.Call(split, splitArgs, object.Nil) }},
		{"str.strip(chars)", func() object.Ref { return rt.Call(strip, stripArgs, object.Nil) }},
		{"str.replace", func() object.Ref { return rt.Call(replace, replaceArgs, object.Nil) }},
		{"str.join", func() object.Ref { return rt.Call(join, joinArgs, object.Nil) }},
		{"str.encode", func() object.Ref { return rt.Call(encode, encodeArgs, object.Nil) }},
		{"str.format", func() object.Ref { return rt.Call(format, formatArgs, object.Nil) }},
		{"str % args", func() object.Ref { return rt.BinaryOp(percent, percentArgs, object.OpMod) }},
		{"s[::2]", func() object.Ref { return rt.GetItem(latin, step2) }},
		{"str.upper of wide text", func() object.Ref { return rt.Call(upper, nil, object.Nil) }},
		{"str.lower of wide text", func() object.Ref { return rt.Call(lower, nil, object.Nil) }},
		{"str(int)", func() object.Ref { return rt.Str(object.MakeSmallInt(-123456)) }},
		{"int(str)", func() object.Ref { return rt.IntFromStr(digits, 10) }},
		{"repr(float)", func() object.Ref { return rt.Repr(tenth) }},
		{"repr(list)", func() object.Ref { return rt.Repr(words) }},
		{"repr(dict)", func() object.Ref { return rt.Repr(dict) }},
		{"big int arithmetic", func() object.Ref {
			p := rt.BinaryOp(bigA, bigB, object.OpMul)
			q := rt.BinaryOp(p, bigB, object.OpFloorDiv)
			rt.Decref(p)
			s := rt.BinaryOp(q, bigA, object.OpAdd)
			rt.Decref(q)
			return s
		}},
		{"set growth", func() object.Ref {
			s := rt.NewSet(object.Nil)
			for i := range 40 {
				rt.SetAdd(s, object.MakeSmallInt(int64(i)))
			}
			return s
		}},
		{"IndexError", func() object.Ref { return rt.GetItem(words, object.MakeSmallInt(99)) }},
		{"AttributeError", func() object.Ref { return rt.GetAttr(words, nope) }},
		{"ZeroDivisionError", func() object.Ref {
			return rt.BinaryOp(object.MakeSmallInt(1), object.MakeSmallInt(0), object.OpFloorDiv)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := func() {
				r := c.run()
				if r == object.Nil {
					if !rt.Occurred() {
						t.Fatal("Nil without an exception")
					}
					rt.ClearErr()
					return
				}
				rt.Decref(r)
			}
			run()
			if n := testing.AllocsPerRun(50, run); n != 0 {
				t.Errorf("%v Go allocations per run, want 0", n)
			}
		})
	}
}
