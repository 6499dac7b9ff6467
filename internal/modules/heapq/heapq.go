// Package heapq is the heapq module: CPython's _heapq functions in C (heappush,
// heappop, heapify, heapreplace, heappushpop and the _max variants) with the same
// sift algorithms, comparisons (only <, through RichCompareBool) and element order;
// and nlargest, nsmallest and merge, which heapq.py writes in Python, ported step
// for step (the same decorated tuples and lists, so the same comparisons happen).
package heapq

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// New builds the heapq module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("heapq")
	if m == Nil {
		return Nil
	}
	listArg := func(fname, which string, v Ref) bool {
		if !rt.IsList(v) {
			rt.Raise("TypeError", "%s() %s must be list, not %s", fname, which, rt.TypeNameOf(v))
			return false
		}
		return true
	}
	two := func(name string, f func(rt *object.Runtime, h, x Ref) Ref) *object.MethodDef {
		qual := "_heapq." + name // made once: a concatenation per call was Go garbage
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs(qual, kw) || !rt.CheckArgs(name, args, kw, 2, 2) || !listArg(name, "argument 1", args[0]) {
				return Nil
			}
			return f(rt, args[0], args[1])
		}}
	}
	one := func(name string, f func(rt *object.Runtime, h Ref) Ref) *object.MethodDef {
		qual := "_heapq." + name
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs(qual, args, kw, 1, 1) || !listArg(name, "argument", args[0]) {
				return Nil
			}
			return f(rt, args[0])
		}}
	}
	defs := []*object.MethodDef{
		two("heappush", func(rt *object.Runtime, h, x Ref) Ref {
			if rt.ListAppend(h, x) < 0 || siftdown(rt, h, 0, rt.ListLen(h)-1, false) < 0 {
				return Nil
			}
			return rt.None
		}),
		one("heappop", func(rt *object.Runtime, h Ref) Ref { return heappop(rt, h, false) }),
		one("_heappop_max", func(rt *object.Runtime, h Ref) Ref { return heappop(rt, h, true) }),
		two("heapreplace", func(rt *object.Runtime, h, x Ref) Ref { return heapreplace(rt, h, x, false) }),
		two("_heapreplace_max", func(rt *object.Runtime, h, x Ref) Ref { return heapreplace(rt, h, x, true) }),
		two("heappushpop", func(rt *object.Runtime, h, x Ref) Ref {
			n := rt.ListLen(h)
			if n == 0 {
				return rt.New(x)
			}
			top := rt.New(rt.ListItems(h)[0])
			c := rt.RichCompareBool(top, x, object.LT)
			rt.Decref(top)
			if c < 0 {
				return Nil
			}
			if c == 0 {
				return rt.New(x)
			}
			if rt.ListLen(h) == 0 {
				rt.Raise("IndexError", "index out of range")
				return Nil
			}
			items := rt.ListItems(h)
			ret := items[0]
			items[0] = rt.New(x)
			if siftup(rt, h, 0, false) < 0 {
				rt.Decref(ret)
				return Nil
			}
			return ret
		}),
		one("heapify", func(rt *object.Runtime, h Ref) Ref { return heapify(rt, h, false) }),
		one("_heapify_max", func(rt *object.Runtime, h Ref) Ref { return heapify(rt, h, true) }),
		modargs.Func(&modargs.Spec{Name: "nlargest", Names: []string{"n", "iterable", "key"}, Required: 2, Python: true},
			func(rt *object.Runtime, _ Ref, v []Ref) Ref { return nbest(rt, v[0], v[1], v[2], true) }),
		modargs.Func(&modargs.Spec{Name: "nsmallest", Names: []string{"n", "iterable", "key"}, Required: 2, Python: true},
			func(rt *object.Runtime, _ Ref, v []Ref) Ref { return nbest(rt, v[0], v[1], v[2], false) }),
	}
	mt := newMergeType(rt)
	defs = append(defs, &object.MethodDef{Name: "merge", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		return newMerge(rt, mt, args, kw)
	}})
	if !modargs.AddFuncs(rt, m, defs) {
		rt.Decref(m)
		return Nil
	}
	all := []Ref{}
	for _, n := range []string{"heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"} {
		all = append(all, rt.NewStr(n))
	}
	modargs.SetConst(rt, m, "__all__", rt.ListFrom(all...))
	for _, a := range all {
		rt.Decref(a)
	}
	return m
}

func changed(rt *object.Runtime) int {
	rt.Raise("RuntimeError", "list changed size during iteration")
	return -1
}

// less is a < b for the min-heap, b < a for the max-heap (CPython's siftdown_max
// and siftup_max swap the operands, they never use >).
func less(rt *object.Runtime, a, b Ref, max bool) int {
	rt.Incref(a)
	rt.Incref(b)
	var c int
	if max {
		c = rt.RichCompareBool(b, a, object.LT)
	} else {
		c = rt.RichCompareBool(a, b, object.LT)
	}
	rt.Decref(a)
	rt.Decref(b)
	return c
}

func siftdown(rt *object.Runtime, h Ref, startpos, pos int, max bool) int {
	size := rt.ListLen(h)
	if pos >= size {
		return changed(rt)
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		arr := rt.ListItems(h)
		c := less(rt, arr[pos], arr[parentpos], max)
		if c < 0 {
			return -1
		}
		if size != rt.ListLen(h) {
			return changed(rt)
		}
		if c == 0 {
			break
		}
		arr = rt.ListItems(h)
		arr[parentpos], arr[pos] = arr[pos], arr[parentpos]
		pos = parentpos
	}
	return 0
}

func siftup(rt *object.Runtime, h Ref, pos int, max bool) int {
	endpos := rt.ListLen(h)
	startpos := pos
	if pos >= endpos {
		return changed(rt)
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			arr := rt.ListItems(h)
			c := less(rt, arr[childpos], arr[childpos+1], max)
			if c < 0 {
				return -1
			}
			childpos += c ^ 1
			if endpos != rt.ListLen(h) {
				return changed(rt)
			}
		}
		arr := rt.ListItems(h)
		arr[childpos], arr[pos] = arr[pos], arr[childpos]
		pos = childpos
	}
	return siftdown(rt, h, startpos, pos, max)
}

func heappop(rt *object.Runtime, h Ref, max bool) Ref {
	n := rt.ListLen(h)
	if n == 0 {
		rt.Raise("IndexError", "index out of range")
		return Nil
	}
	items := rt.ListItems(h)
	last := rt.New(items[n-1])
	if rt.SetItem(h, object.MakeSmallInt(int64(n-1)), Nil) < 0 {
		rt.Decref(last)
		return Nil
	}
	if n == 1 {
		return last
	}
	items = rt.ListItems(h)
	ret := items[0]
	items[0] = last
	if siftup(rt, h, 0, max) < 0 {
		rt.Decref(ret)
		return Nil
	}
	return ret
}

func heapreplace(rt *object.Runtime, h, x Ref, max bool) Ref {
	if rt.ListLen(h) == 0 {
		rt.Raise("IndexError", "index out of range")
		return Nil
	}
	items := rt.ListItems(h)
	ret := items[0]
	items[0] = rt.New(x)
	if siftup(rt, h, 0, max) < 0 {
		rt.Decref(ret)
		return Nil
	}
	return ret
}

func keepTopBit(n int) int {
	i := 0
	for n > 1 {
		n >>= 1
		i++
	}
	return n << i
}

func heapify(rt *object.Runtime, h Ref, max bool) Ref {
	n := rt.ListLen(h)
	if n > 2500 {
		// CPython's cache_friendly_heapify.
		m := n >> 1
		leftmost := keepTopBit(m+1) - 1
		mhalf := m >> 1
		run := func(from, to int) bool {
			for i := from; i >= to; i-- {
				for j := i; ; j >>= 1 {
					if siftup(rt, h, j, max) < 0 {
						return false
					}
					if j&1 == 0 {
						break
					}
				}
			}
			return true
		}
		if !run(leftmost-1, mhalf) || !run(m-1, leftmost) {
			return Nil
		}
		return rt.None
	}
	for i := n>>1 - 1; i >= 0; i-- {
		if siftup(rt, h, i, max) < 0 {
			return Nil
		}
	}
	return rt.None
}
