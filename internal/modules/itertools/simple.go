// count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
// filterfalse, groupby, islice, pairwise, starmap and zip_longest.

package itertools

import (
	"fmt"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// isNumber is PyNumber_Check.
func isNumber(rt *object.Runtime, v Ref) bool {
	if rt.IsInt(v) || rt.IsFloat(v) {
		return true
	}
	n := rt.TypeOf(v).Number
	return n != nil && (n.Index != nil || n.Int != nil || n.Float != nil)
}

// next1 is PyIter_Next on a field: Nil at the end (no error) or on error.
func next1(rt *object.Runtime, it Ref) Ref { return rt.Next(it) }

func simpleTypes(rt *object.Runtime) map[string]*kind {
	ks := map[string]*kind{}

	// count: cnt, step
	ks["count"] = newKind(rt, "itertools.count", 2, 0, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "count", Names: []string{"start", "step"}}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			start, step := v[0], v[1]
			if start == Nil {
				start = object.MakeSmallInt(0)
			}
			if step == Nil {
				step = object.MakeSmallInt(1)
			}
			if !isNumber(rt, start) || !isNumber(rt, step) {
				rt.Raise("TypeError", "a number is required")
				return Nil
			}
			return k.alloc(rt, 0, rt.New(start), rt.New(step))
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			cnt := *ref(rt, o, 0)
			n := rt.BinaryOp(cnt, *ref(rt, o, 1), object.OpAdd)
			if n == Nil {
				return Nil
			}
			r := rt.New(cnt)
			rt.Replace(ref(rt, o, 0), n)
			return r
		}
		t.Repr = func(rt *object.Runtime, o Ref) Ref {
			cs, ok := reprOf(rt, *ref(rt, o, 0))
			if !ok {
				return Nil
			}
			step := *ref(rt, o, 1)
			if rt.IsInt(step) {
				if v, ok := rt.IntAsInt64(step); ok && v == 1 {
					return rt.NewStr("count(" + cs + ")")
				}
			}
			ss, ok := reprOf(rt, step)
			if !ok {
				return Nil
			}
			return rt.NewStr("count(" + cs + ", " + ss + ")")
		}
	})

	// cycle: it, saved; index
	ks["cycle"] = newKind(rt, "itertools.cycle", 2, 1, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !checkPos(rt, "cycle", args, kw, 1, 1) {
				return Nil
			}
			it := rt.Iter(args[0])
			if it == Nil {
				return Nil
			}
			return k.alloc(rt, 0, it, rt.NewList(0))
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			saved := *ref(rt, o, 1)
			if it := *ref(rt, o, 0); it != Nil {
				item := next1(rt, it)
				if item != Nil {
					if rt.ListAppend(saved, item) < 0 {
						rt.Decref(item)
						return Nil
					}
					return item
				}
				if rt.Occurred() {
					return Nil
				}
				rt.Replace(ref(rt, o, 0), Nil)
			}
			n := rt.ListLen(saved)
			if n == 0 {
				return Nil
			}
			idx := k.int(rt, o, 0)
			item := rt.ListItems(saved)[*idx]
			*idx++
			if int(*idx) >= n {
				*idx = 0
			}
			return rt.New(item)
		}
	})

	// repeat: element; cnt (-1: forever)
	ks["repeat"] = newKind(rt, "itertools.repeat", 1, 1, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "repeat", Names: []string{"object", "times"}, Required: 1}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			cnt := -1
			if v[1] != Nil {
				if cnt, ok = ssize(rt, v[1]); !ok {
					return Nil
				}
				cnt = max(cnt, 0)
			}
			o := k.alloc(rt, 0, rt.New(v[0]))
			if o != Nil {
				*k.int(rt, o, 0) = int64(cnt)
			}
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			cnt := k.int(rt, o, 0)
			if *cnt == 0 {
				return Nil
			}
			if *cnt > 0 {
				*cnt--
			}
			return rt.New(*ref(rt, o, 0))
		}
		t.Repr = func(rt *object.Runtime, o Ref) Ref {
			s, ok := reprOf(rt, *ref(rt, o, 0))
			if !ok {
				return Nil
			}
			if cnt := *k.int(rt, o, 0); cnt >= 0 {
				return rt.NewStr(fmt.Sprintf("repeat(%s, %d)", s, cnt))
			}
			return rt.NewStr("repeat(" + s + ")")
		}
		t.Methods = []object.MethodDef{{Name: "__length_hint__", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			cnt := *k.int(rt, o, 0)
			if cnt < 0 {
				rt.Raise("TypeError", "len() of unsized object")
				return Nil
			}
			return rt.NewInt(cnt)
		}}}
	})

	// accumulate: total, it, binop, initial
	ks["accumulate"] = newKind(rt, "itertools.accumulate", 4, 0, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "accumulate", Names: []string{"iterable", "func", "initial"}, Required: 1, KwOnly: 2}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			it := rt.Iter(v[0])
			if it == Nil {
				return Nil
			}
			binop, initial := v[1], v[2]
			if binop == rt.None {
				binop = Nil
			}
			if initial == rt.None {
				initial = Nil
			}
			return k.alloc(rt, 0, Nil, it, rt.New(binop), rt.New(initial))
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			if init := *ref(rt, o, 3); init != Nil {
				*ref(rt, o, 3) = Nil
				rt.Replace(ref(rt, o, 0), rt.New(init))
				return init
			}
			val := next1(rt, *ref(rt, o, 1))
			if val == Nil {
				return Nil
			}
			total := *ref(rt, o, 0)
			var n Ref
			switch {
			case total == Nil:
				n = val
			case *ref(rt, o, 2) == Nil:
				n = rt.BinaryOp(total, val, object.OpAdd)
				rt.Decref(val)
			default:
				n = rt.Call(*ref(rt, o, 2), []Ref{total, val}, Nil)
				rt.Decref(val)
			}
			if n == Nil {
				return Nil
			}
			rt.Replace(ref(rt, o, 0), rt.New(n))
			return n
		}
	})

	// chain: source (iterator over the iterables), active
	chain := newKind(rt, "itertools.chain", 2, 0, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("chain", kw) {
				return Nil
			}
			tup := rt.TupleFrom(args...)
			if tup == Nil {
				return Nil
			}
			src := rt.Iter(tup)
			rt.Decref(tup)
			if src == Nil {
				return Nil
			}
			return k.alloc(rt, 0, src, Nil)
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			for *ref(rt, o, 0) != Nil {
				if *ref(rt, o, 1) == Nil {
					iterable := next1(rt, *ref(rt, o, 0))
					if iterable == Nil {
						rt.Replace(ref(rt, o, 0), Nil)
						return Nil
					}
					it := rt.Iter(iterable)
					rt.Decref(iterable)
					if it == Nil {
						rt.Replace(ref(rt, o, 0), Nil)
						return Nil
					}
					*ref(rt, o, 1) = it
				}
				item := rt.Next(*ref(rt, o, 1))
				if item != Nil {
					return item
				}
				if rt.Occurred() {
					return Nil
				}
				rt.Replace(ref(rt, o, 1), Nil)
			}
			return Nil
		}
	})
	ks["chain"] = chain
	chain.t.Methods = nil
	rt.AddMethods(chain.t, []object.MethodDef{{Name: "from_iterable", Kind: object.ClassMethod, Fn: func(rt *object.Runtime, cls Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("chain.from_iterable", args, kw, 1, 1) {
			return Nil
		}
		src := rt.Iter(args[0])
		if src == Nil {
			return Nil
		}
		return chain.alloc(rt, 0, src, Nil)
	}}}, nil)

	// compress: data, selectors
	ks["compress"] = newKind(rt, "itertools.compress", 2, 0, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "compress", Names: []string{"data", "selectors"}, Required: 2}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			d := rt.Iter(v[0])
			if d == Nil {
				return Nil
			}
			s := rt.Iter(v[1])
			if s == Nil {
				rt.Decref(d)
				return Nil
			}
			return k.alloc(rt, 0, d, s)
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			for {
				datum := next1(rt, *ref(rt, o, 0))
				if datum == Nil {
					return Nil
				}
				sel := next1(rt, *ref(rt, o, 1))
				if sel == Nil {
					rt.Decref(datum)
					return Nil
				}
				ok := rt.IsTrue(sel)
				rt.Decref(sel)
				if ok > 0 {
					return datum
				}
				rt.Decref(datum)
				if ok < 0 {
					return Nil
				}
			}
		}
	})

	// dropwhile / takewhile / filterfalse: func, it; flag
	predicate := func(name string, next func(rt *object.Runtime, k *kind, o Ref) Ref) *kind {
		return newKind(rt, "itertools."+name, 2, 1, func(t *object.Type, k *kind) {
			t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
				if !checkPos(rt, name, args, kw, 2, 2) {
					return Nil
				}
				it := rt.Iter(args[1])
				if it == Nil {
					return Nil
				}
				return k.alloc(rt, 0, rt.New(args[0]), it)
			}
			t.Next = func(rt *object.Runtime, o Ref) Ref { return next(rt, k, o) }
		})
	}
	test := func(rt *object.Runtime, o, item Ref, none bool) int {
		f := *ref(rt, o, 0)
		if none && f == rt.None {
			return rt.IsTrue(item)
		}
		r := rt.Call1(f, item)
		if r == Nil {
			return -1
		}
		defer rt.Decref(r)
		return rt.IsTrue(r)
	}
	ks["dropwhile"] = predicate("dropwhile", func(rt *object.Runtime, k *kind, o Ref) Ref {
		for {
			item := next1(rt, *ref(rt, o, 1))
			if item == Nil {
				return Nil
			}
			if *k.int(rt, o, 0) == 1 {
				return item
			}
			ok := test(rt, o, item, false)
			if ok < 0 {
				rt.Decref(item)
				return Nil
			}
			if ok == 0 {
				*k.int(rt, o, 0) = 1
				return item
			}
			rt.Decref(item)
		}
	})
	ks["takewhile"] = predicate("takewhile", func(rt *object.Runtime, k *kind, o Ref) Ref {
		if *k.int(rt, o, 0) == 1 {
			return Nil
		}
		item := next1(rt, *ref(rt, o, 1))
		if item == Nil {
			return Nil
		}
		ok := test(rt, o, item, false)
		if ok < 0 {
			rt.Decref(item)
			return Nil
		}
		if ok > 0 {
			return item
		}
		rt.Decref(item)
		*k.int(rt, o, 0) = 1
		return Nil
	})
	ks["filterfalse"] = predicate("filterfalse", func(rt *object.Runtime, k *kind, o Ref) Ref {
		for {
			item := next1(rt, *ref(rt, o, 1))
			if item == Nil {
				return Nil
			}
			ok := test(rt, o, item, true)
			if ok == 0 {
				return item
			}
			rt.Decref(item)
			if ok < 0 {
				return Nil
			}
		}
	})

	// starmap: func, it
	ks["starmap"] = newKind(rt, "itertools.starmap", 2, 0, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !checkPos(rt, "starmap", args, kw, 2, 2) {
				return Nil
			}
			it := rt.Iter(args[1])
			if it == Nil {
				return Nil
			}
			return k.alloc(rt, 0, rt.New(args[0]), it)
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			a := next1(rt, *ref(rt, o, 1))
			if a == Nil {
				return Nil
			}
			if rt.TypeOf(a) != rt.TupleType {
				tup := rt.SequenceTuple(a)
				rt.Decref(a)
				if tup == Nil {
					return Nil
				}
				a = tup
			}
			defer rt.Decref(a)
			return rt.Call(*ref(rt, o, 0), rt.TupleItems(a), Nil)
		}
	})

	// pairwise: it, old
	ks["pairwise"] = newKind(rt, "itertools.pairwise", 2, 0, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !checkPos(rt, "pairwise", args, kw, 1, 1) {
				return Nil
			}
			it := rt.Iter(args[0])
			if it == Nil {
				return Nil
			}
			return k.alloc(rt, 0, it, Nil)
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			it := *ref(rt, o, 0)
			if it == Nil {
				return Nil
			}
			if *ref(rt, o, 1) == Nil {
				old := next1(rt, it)
				if old == Nil {
					rt.Replace(ref(rt, o, 0), Nil)
					return Nil
				}
				*ref(rt, o, 1) = old
			}
			n := next1(rt, it)
			if n == Nil {
				rt.Replace(ref(rt, o, 0), Nil)
				rt.Replace(ref(rt, o, 1), Nil)
				return Nil
			}
			r := rt.TupleFrom(*ref(rt, o, 1), n)
			rt.Replace(ref(rt, o, 1), n)
			return r
		}
	})

	// islice: it; next, stop, step, cnt
	ks["islice"] = newKind(rt, "itertools.islice", 1, 4, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("islice", kw) || !checkPos(rt, "islice", args, Nil, 2, 4) {
				return Nil
			}
			start, stop, step := 0, -1, 1
			stopErr := func() Ref {
				rt.Raise("ValueError", "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				return Nil
			}
			conv := func(v Ref) int {
				n, ok := rt.AsIndex(v, "OverflowError")
				if !ok {
					rt.ClearErr()
					return -1
				}
				return n
			}
			if len(args) == 2 {
				if args[1] != rt.None {
					if stop = conv(args[1]); stop == -1 {
						return stopErr()
					}
				}
			} else {
				if args[1] != rt.None {
					start = conv(args[1])
				}
				if args[2] != rt.None {
					if stop = conv(args[2]); stop == -1 {
						return stopErr()
					}
				}
			}
			if start < 0 || stop < -1 {
				rt.Raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				return Nil
			}
			if len(args) == 4 && args[3] != rt.None {
				step = conv(args[3])
			}
			if step < 1 {
				rt.Raise("ValueError", "Step for islice() must be a positive integer or None.")
				return Nil
			}
			it := rt.Iter(args[0])
			if it == Nil {
				return Nil
			}
			o := k.alloc(rt, 0, it)
			if o != Nil {
				*k.int(rt, o, 0), *k.int(rt, o, 1), *k.int(rt, o, 2), *k.int(rt, o, 3) = int64(start), int64(stop), int64(step), 0
			}
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			it := *ref(rt, o, 0)
			if it == Nil {
				return Nil
			}
			next, stop, step, cnt := k.int(rt, o, 0), *k.int(rt, o, 1), *k.int(rt, o, 2), k.int(rt, o, 3)
			empty := func() Ref {
				rt.Replace(ref(rt, o, 0), Nil)
				return Nil
			}
			for *cnt < *next {
				item := rt.Next(it)
				if item == Nil {
					if rt.Occurred() {
						return Nil
					}
					return empty()
				}
				rt.Decref(item)
				*cnt++
			}
			if stop != -1 && *cnt >= stop {
				return empty()
			}
			item := rt.Next(it)
			if item == Nil {
				if rt.Occurred() {
					return Nil
				}
				return empty()
			}
			*cnt++
			old := *next
			*next += step
			if *next < old || (stop != -1 && *next > stop) {
				*next = stop
			}
			return item
		}
	})

	// zip_longest: iterators (list; None once exhausted), fillvalue; numactive
	ks["zip_longest"] = newKind(rt, "itertools.zip_longest", 2, 1, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			nkw := rt.NumKwargs(kw)
			npos := len(args) - nkw
			fill := rt.None
			for i := 0; i < nkw; i++ {
				if rt.GoString(rt.TupleItems(kw)[i]) != "fillvalue" || nkw > 1 {
					rt.Raise("TypeError", "zip_longest() got an unexpected keyword argument")
					return Nil
				}
				fill = args[npos+i]
			}
			its := rt.NewList(0)
			for i, a := range args[:npos] {
				it := rt.Iter(a)
				if it == Nil {
					_ = i
					rt.Decref(its)
					return Nil
				}
				rt.ListAppend(its, it)
				rt.Decref(it)
			}
			o := k.alloc(rt, 0, its, rt.New(fill))
			if o != Nil {
				*k.int(rt, o, 0) = int64(npos)
			}
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			its := *ref(rt, o, 0)
			n := rt.ListLen(its)
			active := k.int(rt, o, 0)
			if n == 0 || *active == 0 {
				return Nil
			}
			items := make([]Ref, 0, n)
			drop := func() {
				for _, r := range items {
					rt.Decref(r)
				}
			}
			fill := *ref(rt, o, 1)
			for i := 0; i < n; i++ {
				it := rt.ListItems(its)[i]
				if it == rt.None {
					items = append(items, rt.New(fill))
					continue
				}
				item := rt.Next(it)
				if item == Nil {
					*active--
					if *active == 0 || rt.Occurred() {
						*active = 0
						drop()
						return Nil
					}
					items = append(items, rt.New(fill))
					rt.Replace(&rt.ListItems(its)[i], rt.None)
					continue
				}
				items = append(items, item)
			}
			defer drop()
			return rt.TupleFrom(items...)
		}
	})

	// groupby: it, keyfunc, tgtkey, currkey, currvalue; currgrouper (a Ref,
	// not owned: only compared)
	var grouper *kind
	groupby := newKind(rt, "itertools.groupby", 5, 1, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "groupby", Names: []string{"iterable", "key"}, Required: 1}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			key := v[1]
			if key == Nil {
				key = rt.None
			}
			it := rt.Iter(v[0])
			if it == Nil {
				return Nil
			}
			return k.alloc(rt, 0, it, rt.New(key), Nil, Nil, Nil)
		}
	})
	step := func(rt *object.Runtime, o Ref) int {
		nv := rt.Next(*ref(rt, o, 0))
		if nv == Nil {
			return -1
		}
		var nk Ref
		if kf := *ref(rt, o, 1); kf == rt.None {
			nk = rt.New(nv)
		} else if nk = rt.Call1(kf, nv); nk == Nil {
			rt.Decref(nv)
			return -1
		}
		rt.Replace(ref(rt, o, 4), nv)
		rt.Replace(ref(rt, o, 3), nk)
		return 0
	}
	groupby.t.Next = func(rt *object.Runtime, o Ref) Ref {
		*groupby.int(rt, o, 0) = 0
		for {
			currkey, tgtkey := *ref(rt, o, 3), *ref(rt, o, 2)
			if currkey != Nil {
				if tgtkey == Nil {
					break
				}
				c := rt.RichCompareBool(tgtkey, currkey, object.EQ)
				if c < 0 {
					return Nil
				}
				if c == 0 {
					break
				}
			}
			if step(rt, o) < 0 {
				return Nil
			}
		}
		currkey := *ref(rt, o, 3)
		rt.Replace(ref(rt, o, 2), rt.New(currkey))
		g := grouper.alloc(rt, 0, rt.New(o), rt.New(currkey))
		if g == Nil {
			return Nil
		}
		*groupby.int(rt, o, 0) = int64(g)
		r := rt.TupleFrom(currkey, g)
		rt.Decref(g)
		return r
	}
	ks["groupby"] = groupby
	// _grouper: parent, tgtkey
	grouper = newKind(rt, "itertools._grouper", 2, 0, func(t *object.Type, k *kind) {
		t.Next = func(rt *object.Runtime, g Ref) Ref {
			gbo := *ref(rt, g, 0)
			if Ref(*groupby.int(rt, gbo, 0)) != g {
				return Nil
			}
			if *ref(rt, gbo, 4) == Nil {
				if step(rt, gbo) < 0 {
					return Nil
				}
			}
			c := rt.RichCompareBool(*ref(rt, g, 1), *ref(rt, gbo, 3), object.EQ)
			if c <= 0 {
				return Nil
			}
			r := *ref(rt, gbo, 4)
			*ref(rt, gbo, 4) = Nil
			rt.Replace(ref(rt, gbo, 3), Nil)
			return r
		}
	})
	ks["_grouper"] = grouper
	return ks
}
