// itemgetter, attrgetter and methodcaller.

package operator

import (
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type operatorTypes struct {
	itemgetter, attrgetter, methodcaller *object.Type
}

func field(rt *object.Runtime, o Ref, i int) Ref { return *modargs.RefField(rt, o, i) }

// callArg checks the one positional argument of a getter's call.
func callArg(rt *object.Runtime, name string, args []Ref, kw Ref) bool {
	if !rt.NoKwargs(name, kw) {
		return false
	}
	if len(args) != 1 {
		rt.Raise("TypeError", "%s expected 1 argument, got %d", name, len(args))
		return false
	}
	return true
}

func reprOf(rt *object.Runtime, v Ref) (string, bool) {
	s := rt.Repr(v)
	if s == Nil {
		return "", false
	}
	defer rt.Decref(s)
	return rt.GoString(s), true
}

func newTypes(rt *object.Runtime) *operatorTypes {
	ot := &operatorTypes{}
	// itemgetter: items (tuple).
	ot.itemgetter = modargs.NewType(rt, "operator.itemgetter", modargs.First+4, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 1)
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("itemgetter", kw) {
				return Nil
			}
			if len(args) < 1 {
				rt.Raise("TypeError", "itemgetter expected 1 argument, got 0")
				return Nil
			}
			o := modargs.Alloc(rt, t, rt.TupleFrom(args...))
			if o != Nil {
				rt.Track(o)
			}
			return o
		}
		t.Call = func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !callArg(rt, "itemgetter", args, kw) {
				return Nil
			}
			items := rt.TupleItems(field(rt, self, 0))
			if len(items) == 1 {
				return rt.GetItem(args[0], items[0])
			}
			res := make([]Ref, 0, len(items))
			defer func() {
				for _, r := range res {
					rt.Decref(r)
				}
			}()
			for _, k := range items {
				v := rt.GetItem(args[0], k)
				if v == Nil {
					return Nil
				}
				res = append(res, v)
			}
			return rt.TupleFrom(res...)
		}
		t.Repr = func(rt *object.Runtime, self Ref) Ref {
			if !rt.ReprEnter(self) {
				return rt.NewStr("operator.itemgetter(...)")
			}
			defer rt.ReprLeave(self)
			items := field(rt, self, 0)
			target := items
			if rt.TupleLen(items) == 1 {
				target = rt.TupleItems(items)[0]
			}
			s, ok := reprOf(rt, target)
			if !ok {
				return Nil
			}
			if rt.TupleLen(items) == 1 {
				s = "(" + s + ")"
			}
			return rt.NewStr("operator.itemgetter" + s)
		}
	})
	// attrgetter: names (tuple of the str arguments), parsed (tuple: a str, or a
	// tuple of the dotted name's parts, per name).
	ot.attrgetter = modargs.NewType(rt, "operator.attrgetter", modargs.First+8, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 2)
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("attrgetter", kw) {
				return Nil
			}
			if len(args) < 1 {
				rt.Raise("TypeError", "attrgetter expected 1 argument, got 0")
				return Nil
			}
			parsed := make([]Ref, 0, len(args))
			defer func() {
				for _, r := range parsed {
					rt.Decref(r)
				}
			}()
			for _, a := range args {
				if !rt.IsStr(a) {
					rt.Raise("TypeError", "attribute name must be a string")
					return Nil
				}
				s := rt.GoString(a)
				if !strings.Contains(s, ".") {
					parsed = append(parsed, rt.InternString(s))
					continue
				}
				var parts []Ref
				for _, p := range strings.Split(s, ".") {
					parts = append(parts, rt.InternString(p))
				}
				parsed = append(parsed, rt.TupleFrom(parts...))
				for _, p := range parts {
					rt.Decref(p)
				}
			}
			o := modargs.Alloc(rt, t, rt.TupleFrom(args...), rt.TupleFrom(parsed...))
			if o != Nil {
				rt.Track(o)
			}
			return o
		}
		t.Call = func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !callArg(rt, "attrgetter", args, kw) {
				return Nil
			}
			parsed := rt.TupleItems(field(rt, self, 1))
			get := func(p Ref) Ref {
				if rt.IsStr(p) {
					return rt.GetAttr(args[0], p)
				}
				cur := rt.New(args[0])
				for _, name := range rt.TupleItems(p) {
					next := rt.GetAttr(cur, name)
					rt.Decref(cur)
					if next == Nil {
						return Nil
					}
					cur = next
				}
				return cur
			}
			if len(parsed) == 1 {
				return get(parsed[0])
			}
			res := make([]Ref, 0, len(parsed))
			defer func() {
				for _, r := range res {
					rt.Decref(r)
				}
			}()
			for _, p := range parsed {
				v := get(p)
				if v == Nil {
					return Nil
				}
				res = append(res, v)
			}
			return rt.TupleFrom(res...)
		}
		t.Repr = func(rt *object.Runtime, self Ref) Ref {
			var parts []string
			for _, n := range rt.TupleItems(field(rt, self, 0)) {
				s, ok := reprOf(rt, n)
				if !ok {
					return Nil
				}
				parts = append(parts, s)
			}
			return rt.NewStr("operator.attrgetter(" + strings.Join(parts, ", ") + ")")
		}
	})
	// methodcaller: name, args (tuple), kwargs (dict).
	ot.methodcaller = modargs.NewType(rt, "operator.methodcaller", modargs.First+12, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 3)
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			nkw := rt.NumKwargs(kw)
			npos := len(args) - nkw
			if npos < 1 {
				rt.Raise("TypeError", "methodcaller needs at least one argument, the method name")
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "method name must be a string")
				return Nil
			}
			d := rt.NewDict()
			if d == Nil {
				return Nil
			}
			for i := 0; i < nkw; i++ {
				if rt.DictSetItem(d, rt.TupleItems(kw)[i], args[npos+i]) < 0 {
					rt.Decref(d)
					return Nil
				}
			}
			name := rt.New(args[0])
			o := modargs.Alloc(rt, t, name, rt.TupleFrom(args[1:npos]...), d)
			if o != Nil {
				rt.Track(o)
			}
			return o
		}
		t.Call = func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !callArg(rt, "methodcaller", args, kw) {
				return Nil
			}
			meth := rt.GetAttr(args[0], field(rt, self, 0))
			if meth == Nil {
				return Nil
			}
			defer rt.Decref(meth)
			cargs := append([]Ref{}, rt.TupleItems(field(rt, self, 1))...)
			d := field(rt, self, 2)
			if rt.DictLen(d) == 0 {
				return rt.Call(meth, cargs, Nil)
			}
			var names []Ref
			pos := 0
			for {
				k, v, ok := rt.DictNext(d, &pos)
				if !ok {
					break
				}
				names = append(names, k)
				cargs = append(cargs, v)
			}
			kwn := rt.TupleFrom(names...)
			defer rt.Decref(kwn)
			return rt.Call(meth, cargs, kwn)
		}
		t.Repr = func(rt *object.Runtime, self Ref) Ref {
			if !rt.ReprEnter(self) {
				return rt.NewStr("operator.methodcaller(...)")
			}
			defer rt.ReprLeave(self)
			s, ok := reprOf(rt, field(rt, self, 0))
			if !ok {
				return Nil
			}
			parts := []string{s}
			for _, a := range rt.TupleItems(field(rt, self, 1)) {
				if s, ok = reprOf(rt, a); !ok {
					return Nil
				}
				parts = append(parts, s)
			}
			d := field(rt, self, 2)
			pos := 0
			for {
				k, v, ok := rt.DictNext(d, &pos)
				if !ok {
					break
				}
				if s, ok = reprOf(rt, v); !ok {
					return Nil
				}
				parts = append(parts, rt.GoString(k)+"="+s)
			}
			return rt.NewStr("operator.methodcaller(" + strings.Join(parts, ", ") + ")")
		}
	})
	return ot
}
