// Package operator is the operator module (CPython's _operator, in C): the
// functions for Python's operators, and the itemgetter, attrgetter and methodcaller
// types, with CPython 3.11's messages and reprs. The dunder aliases (__add__ ...)
// are the same function objects, as operator.py makes them.
package operator

import (
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// New builds the operator module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("operator")
	if m == Nil {
		return Nil
	}
	var defs []*object.MethodDef
	unary := func(name string, f func(rt *object.Runtime, a Ref) Ref) {
		qual := "_operator." + name // made once: a concatenation per call was Go garbage
		defs = append(defs, &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs(qual, args, kw, 1, 1) {
				return Nil
			}
			return f(rt, args[0])
		}})
	}
	binary := func(name string, f func(rt *object.Runtime, a, b Ref) Ref) {
		qual := "_operator." + name
		defs = append(defs, &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs(qual, kw) || !rt.CheckArgs(name, args, kw, 2, 2) {
				return Nil
			}
			return f(rt, args[0], args[1])
		}})
	}
	unop := func(op object.UnaryOperator) func(rt *object.Runtime, a Ref) Ref {
		return func(rt *object.Runtime, a Ref) Ref { return rt.UnaryOp(a, op) }
	}
	unary("abs", unop(object.OpAbs))
	unary("neg", unop(object.OpNeg))
	unary("pos", unop(object.OpPos))
	unary("inv", unop(object.OpInvert))
	unary("invert", unop(object.OpInvert))
	unary("not_", func(rt *object.Runtime, a Ref) Ref {
		t := rt.IsTrue(a)
		if t < 0 {
			return Nil
		}
		return rt.NewBool(t == 0)
	})
	unary("truth", func(rt *object.Runtime, a Ref) Ref {
		t := rt.IsTrue(a)
		if t < 0 {
			return Nil
		}
		return rt.NewBool(t == 1)
	})
	unary("index", func(rt *object.Runtime, a Ref) Ref { return rt.NumberIndex(a) })
	for _, b := range []struct {
		name string
		op   object.BinaryOperator
	}{{"add", object.OpAdd}, {"sub", object.OpSub}, {"mul", object.OpMul}, {"matmul", object.OpMatMul},
		{"truediv", object.OpTrueDiv}, {"floordiv", object.OpFloorDiv}, {"mod", object.OpMod}, {"pow", object.OpPow},
		{"lshift", object.OpLshift}, {"rshift", object.OpRshift}, {"and_", object.OpAnd}, {"or_", object.OpOr},
		{"xor", object.OpXor}} {
		op := b.op
		binary(b.name, func(rt *object.Runtime, x, y Ref) Ref { return rt.BinaryOp(x, y, op) })
		iname := "i" + strings.TrimSuffix(b.name, "_")
		binary(iname, func(rt *object.Runtime, x, y Ref) Ref { return rt.InplaceOp(x, y, op) })
	}
	for _, c := range []struct {
		name string
		op   object.CompareOp
	}{{"lt", object.LT}, {"le", object.LE}, {"eq", object.EQ}, {"ne", object.NE}, {"gt", object.GT}, {"ge", object.GE}} {
		op := c.op
		binary(c.name, func(rt *object.Runtime, x, y Ref) Ref { return rt.RichCompare(x, y, op) })
	}
	binary("is_", func(rt *object.Runtime, a, b Ref) Ref { return rt.NewBool(a == b) })
	binary("is_not", func(rt *object.Runtime, a, b Ref) Ref { return rt.NewBool(a != b) })
	binary("concat", func(rt *object.Runtime, a, b Ref) Ref { return concat(rt, a, b, false) })
	binary("iconcat", func(rt *object.Runtime, a, b Ref) Ref { return concat(rt, a, b, true) })
	binary("contains", func(rt *object.Runtime, a, b Ref) Ref {
		c := rt.Contains(a, b)
		if c < 0 {
			return Nil
		}
		return rt.NewBool(c == 1)
	})
	binary("countOf", func(rt *object.Runtime, a, b Ref) Ref { return search(rt, a, b, true) })
	binary("indexOf", func(rt *object.Runtime, a, b Ref) Ref { return search(rt, a, b, false) })
	binary("getitem", func(rt *object.Runtime, a, b Ref) Ref { return rt.GetItem(a, b) })
	binary("delitem", func(rt *object.Runtime, a, b Ref) Ref {
		if rt.SetItem(a, b, Nil) < 0 {
			return Nil
		}
		return rt.None
	})
	defs = append(defs, &object.MethodDef{Name: "setitem", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.NoKwargs("_operator.setitem", kw) || !rt.CheckArgs("setitem", args, kw, 3, 3) {
			return Nil
		}
		if rt.SetItem(args[0], args[1], args[2]) < 0 {
			return Nil
		}
		return rt.None
	}})
	defs = append(defs, &object.MethodDef{Name: "length_hint", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.NoKwargs("_operator.length_hint", kw) || !rt.CheckArgs("length_hint", args, kw, 1, 2) {
			return Nil
		}
		v := append(append([]Ref{}, args...), Nil)
		def := 0
		if v[1] != Nil {
			if rt.IsFloat(v[1]) || !rt.IsInt(v[1]) && (rt.TypeOf(v[1]).Number == nil || rt.TypeOf(v[1]).Number.Index == nil) {
				rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(v[1]))
				return Nil
			}
			d, ok := rt.AsIndex(v[1], "OverflowError")
			if !ok {
				return Nil
			}
			def = d
		}
		n := rt.LengthHint(v[0], def)
		if n < 0 && rt.Occurred() {
			return Nil
		}
		return rt.NewInt(int64(n))
	}})
	defs = append(defs, &object.MethodDef{Name: "call", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if len(args)-rt.NumKwargs(kw) < 1 {
			rt.Raise("TypeError", "call expected at least 1 argument, got 0")
			return Nil
		}
		return rt.Call(args[0], args[1:], kw)
	}})
	if !modargs.AddFuncs(rt, m, defs) {
		rt.Decref(m)
		return Nil
	}
	ns := rt.ModuleDict(m)
	for _, d := range defs {
		name := "__" + strings.TrimSuffix(d.Name, "_") + "__"
		switch d.Name {
		case "is_", "is_not", "countOf", "indexOf", "length_hint", "truth":
			continue
		}
		modargs.Alias(rt, m, name, d.Name)
	}
	types := newTypes(rt)
	for name, t := range map[string]*object.Type{"itemgetter": types.itemgetter, "attrgetter": types.attrgetter, "methodcaller": types.methodcaller} {
		rt.DictSetStr(ns, name, t.Ref)
	}
	return m
}

// concat is PySequence_Concat and PySequence_InPlaceConcat.
func concat(rt *object.Runtime, a, b Ref, inplace bool) Ref {
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	isSeq := func(t *object.Type) bool {
		return t.Sequence != nil && t.Sequence.Item != nil && !rt.IsSubtype(t, rt.DictType)
	}
	if ta.Sequence != nil {
		if inplace && ta.Sequence.InplaceConcat != nil {
			return ta.Sequence.InplaceConcat(rt, a, b)
		}
		if ta.Sequence.Concat != nil {
			return ta.Sequence.Concat(rt, a, b)
		}
	}
	if isSeq(ta) && isSeq(tb) {
		if inplace {
			return rt.InplaceOp(a, b, object.OpAdd)
		}
		return rt.BinaryOp(a, b, object.OpAdd)
	}
	rt.Raise("TypeError", "'%s' object can't be concatenated", ta.Name)
	return Nil
}

// search is _PySequence_IterSearch for countOf and indexOf.
func search(rt *object.Runtime, seq, obj Ref, count bool) Ref {
	it := rt.Iter(seq)
	if it == Nil {
		if rt.ErrMatchesName("TypeError") {
			rt.ClearErr()
			rt.Raise("TypeError", "argument of type '%s' is not iterable", rt.TypeNameOf(seq))
		}
		return Nil
	}
	defer rt.Decref(it)
	n := 0
	for i := 0; ; i++ {
		v := rt.Next(it)
		if v == Nil {
			if rt.Occurred() {
				return Nil
			}
			break
		}
		c := rt.RichCompareBool(v, obj, object.EQ)
		rt.Decref(v)
		if c < 0 {
			return Nil
		}
		if c == 1 {
			if !count {
				return rt.NewInt(int64(i))
			}
			n++
		}
	}
	if !count {
		rt.Raise("ValueError", "sequence.index(x): x not in sequence")
		return Nil
	}
	return rt.NewInt(int64(n))
}
