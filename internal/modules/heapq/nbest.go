// nlargest, nsmallest and merge: heapq.py's Python code, ported.

package heapq

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// extreme is max() / min() of an iterator with key, first wins on ties; Nil with
// no error for an empty iterator.
func extreme(rt *object.Runtime, it, key Ref, largest bool) Ref {
	op := object.LT
	if largest {
		op = object.GT
	}
	best, bestKey := Nil, Nil
	for {
		v := rt.Next(it)
		if v == Nil {
			break
		}
		k := v
		if key != Nil {
			if k = rt.Call1(key, v); k == Nil {
				rt.Decref(v)
				break
			}
		} else {
			rt.Incref(k)
		}
		if best == Nil {
			best, bestKey = v, k
			continue
		}
		c := rt.RichCompareBool(k, bestKey, op)
		if c < 0 {
			rt.Decref(v)
			rt.Decref(k)
			break
		}
		if c > 0 {
			rt.Decref(best)
			rt.Decref(bestKey)
			best, bestKey = v, k
		} else {
			rt.Decref(v)
			rt.Decref(k)
		}
	}
	if bestKey != Nil {
		rt.Decref(bestKey)
	}
	if rt.Occurred() {
		rt.Decref(best)
		return Nil
	}
	return best
}

// rangeLen is len(range(0, stop, step)) for step ±1, raising range()'s TypeError
// for a non-integer.
func rangeLen(rt *object.Runtime, stop Ref) (int, bool) {
	t := rt.TypeOf(stop)
	if !rt.IsInt(stop) && (t.Number == nil || t.Number.Index == nil) {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", t.Name)
		return 0, false
	}
	n, ok := rt.AsIndex(stop, "OverflowError")
	if !ok {
		return 0, false
	}
	return max(n, 0), true
}

func nbest(rt *object.Runtime, n, iterable, key Ref, largest bool) Ref {
	if key == rt.None {
		key = Nil
	}
	one := object.MakeSmallInt(1)
	if c := rt.RichCompareBool(n, one, object.EQ); c < 0 {
		return Nil
	} else if c == 1 {
		it := rt.Iter(iterable)
		if it == Nil {
			return Nil
		}
		r := extreme(rt, it, key, largest)
		rt.Decref(it)
		if r == Nil {
			if rt.Occurred() {
				return Nil
			}
			return rt.NewList(0)
		}
		l := rt.ListFrom(r)
		rt.Decref(r)
		return l
	}
	t := rt.TypeOf(iterable)
	if (t.Sequence != nil && t.Sequence.Length != nil) || (t.Mapping != nil && t.Mapping.Length != nil) {
		size := rt.Len(iterable)
		if size < 0 {
			if !rt.ErrMatchesName("TypeError") && !rt.ErrMatchesName("AttributeError") {
				return Nil
			}
			rt.ClearErr()
		} else {
			sz := rt.NewInt(int64(size))
			c := rt.RichCompareBool(n, sz, object.GE)
			rt.Decref(sz)
			if c < 0 {
				return Nil
			}
			if c == 1 {
				l := rt.SequenceList(iterable)
				if l == Nil {
					return Nil
				}
				defer rt.Decref(l)
				if rt.ListSort(l, key, largest) < 0 {
					return Nil
				}
				sl := rt.NewSlice(rt.None, n, rt.None)
				defer rt.Decref(sl)
				return rt.GetItem(l, sl)
			}
		}
	}
	it := rt.Iter(iterable)
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	count, ok := rangeLen(rt, n)
	if !ok {
		return Nil
	}
	step := int64(1)
	if largest {
		step = -1
	}
	result := rt.NewList(0)
	defer rt.Decref(result)
	decorate := func(elem Ref, order int64) Ref {
		o := rt.NewInt(order)
		defer rt.Decref(o)
		if key == Nil {
			return rt.TupleFrom(elem, o)
		}
		k := rt.Call1(key, elem)
		if k == Nil {
			return Nil
		}
		defer rt.Decref(k)
		return rt.TupleFrom(k, o, elem)
	}
	for i := 0; i < count; i++ {
		elem := rt.Next(it)
		if elem == Nil {
			if rt.Occurred() {
				return Nil
			}
			break
		}
		d := decorate(elem, int64(i)*step)
		rt.Decref(elem)
		if d == Nil {
			return Nil
		}
		rt.ListAppend(result, d)
		rt.Decref(d)
	}
	if rt.ListLen(result) == 0 {
		return rt.New(result)
	}
	// nsmallest keeps a max-heap of the n best, nlargest a min-heap.
	if heapify(rt, result, !largest) == Nil {
		return Nil
	}
	top := rt.New(rt.TupleItems(rt.ListItems(result)[0])[0])
	defer func() { rt.Decref(top) }()
	order := int64(count) * step
	for {
		elem := rt.Next(it)
		if elem == Nil {
			if rt.Occurred() {
				return Nil
			}
			break
		}
		k := elem
		if key != Nil {
			if k = rt.Call1(key, elem); k == Nil {
				rt.Decref(elem)
				return Nil
			}
		} else {
			rt.Incref(k)
		}
		var c int
		if largest {
			c = rt.RichCompareBool(top, k, object.LT)
		} else {
			c = rt.RichCompareBool(k, top, object.LT)
		}
		if c == 1 {
			o := rt.NewInt(order)
			var d Ref
			if key == Nil {
				d = rt.TupleFrom(elem, o)
			} else {
				d = rt.TupleFrom(k, o, elem)
			}
			rt.Decref(o)
			old := heapreplace(rt, result, d, !largest)
			rt.Decref(d)
			if old == Nil {
				c = -1
			} else {
				rt.Decref(old)
				rt.Replace(&top, rt.New(rt.TupleItems(rt.ListItems(result)[0])[0]))
				order += step
			}
		}
		rt.Decref(k)
		rt.Decref(elem)
		if c < 0 {
			return Nil
		}
	}
	if rt.ListSort(result, Nil, largest) < 0 {
		return Nil
	}
	out := rt.NewList(0)
	for _, d := range rt.ListItems(result) {
		items := rt.TupleItems(d)
		if key == Nil {
			rt.ListAppend(out, items[0])
		} else {
			rt.ListAppend(out, items[2])
		}
	}
	return out
}

// A merge iterator (heapq.merge's generator) holds:
//
//	0 iterables (tuple)   1 h (list of [value, order, it] / [key, order, value, it])
//	2 key (or Nil)        3 tail (the last iterator, once one remains)
//	then state int32 and reverse int32.
const (
	mergeInit = iota
	mergeLoop
	mergeYielded
	mergeTail
	mergeDone
)

func mergeState(rt *object.Runtime, o Ref) *uint32 { return rt.Uint32At(o, modargs.First+16) }
func mergeRev(rt *object.Runtime, o Ref) bool      { return *rt.Uint32At(o, modargs.First+20) != 0 }

func newMergeType(rt *object.Runtime) *object.Type {
	return modargs.NewType(rt, "generator", modargs.First+24, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 4)
		t.Iter = func(rt *object.Runtime, o Ref) Ref { return rt.New(o) }
		t.Next = mergeNext
		t.Repr = func(rt *object.Runtime, o Ref) Ref {
			return rt.NewStr("<generator object merge at " + hexAddr(rt.ID(o)) + ">")
		}
	})
}

func hexAddr(v uint64) string {
	const digits = "0123456789abcdef"
	b := []byte{}
	for v > 0 {
		b = append([]byte{digits[v&15]}, b...)
		v >>= 4
	}
	return "0x" + string(b)
}

func newMerge(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
	nkw := rt.NumKwargs(kw)
	npos := len(args) - nkw
	key, reverse := Nil, false
	for i := 0; i < nkw; i++ {
		v := args[npos+i]
		switch k := rt.GoString(rt.TupleItems(kw)[i]); k {
		case "key":
			if v != rt.None {
				key = v
			}
		case "reverse":
			c := rt.IsTrue(v)
			if c < 0 {
				return Nil
			}
			reverse = c == 1
		default:
			rt.Raise("TypeError", "merge() got an unexpected keyword argument '%s'", k)
			return Nil
		}
	}
	h := rt.NewList(0)
	if h == Nil {
		return Nil
	}
	o := modargs.Alloc(rt, t, rt.TupleFrom(args[:npos]...), h, rt.New(key), Nil)
	if o == Nil {
		return Nil
	}
	if reverse {
		*rt.Uint32At(o, modargs.First+20) = 1
	}
	rt.Track(o)
	return o
}

func mergeNext(rt *object.Runtime, o Ref) Ref {
	st := mergeState(rt, o)
	r := mergeStep(rt, o, st)
	if r == Nil {
		*st = mergeDone
		rt.Replace(modargs.RefField(rt, o, 1), rt.NewList(0))
		rt.Replace(modargs.RefField(rt, o, 3), Nil)
	}
	return r
}

func mergeStep(rt *object.Runtime, o Ref, st *uint32) Ref {
	h, key, rev := *modargs.RefField(rt, o, 1), *modargs.RefField(rt, o, 2), mergeRev(rt, o)
	direction := int64(1)
	if rev {
		direction = -1
	}
	switch *st {
	case mergeDone:
		return Nil
	case mergeTail:
		return rt.Next(*modargs.RefField(rt, o, 3))
	case mergeInit:
		for order, iterable := range rt.TupleItems(*modargs.RefField(rt, o, 0)) {
			it := rt.Iter(iterable)
			if it == Nil {
				return Nil
			}
			v := rt.Next(it)
			if v == Nil {
				rt.Decref(it)
				if rt.Occurred() {
					return Nil
				}
				continue
			}
			ord := rt.NewInt(int64(order) * direction)
			var entry Ref
			if key == Nil {
				entry = rt.ListFrom(v, ord, it)
			} else {
				k := rt.Call1(key, v)
				if k == Nil {
					rt.Decref(v)
					rt.Decref(it)
					rt.Decref(ord)
					return Nil
				}
				entry = rt.ListFrom(k, ord, v, it)
				rt.Decref(k)
			}
			rt.Decref(v)
			rt.Decref(it)
			rt.Decref(ord)
			rt.ListAppend(h, entry)
			rt.Decref(entry)
		}
		if heapify(rt, h, rev) == Nil {
			return Nil
		}
	case mergeYielded:
		s := rt.New(rt.ListItems(h)[0])
		defer rt.Decref(s)
		fields := rt.ListItems(s)
		it := fields[len(fields)-1]
		v := rt.Next(it)
		if v == Nil {
			if rt.Occurred() {
				return Nil
			}
			p := heappop(rt, h, rev)
			if p == Nil {
				return Nil
			}
			rt.Decref(p)
		} else {
			if key == Nil {
				rt.Replace(&rt.ListItems(s)[0], v)
			} else {
				k := rt.Call1(key, v)
				if k == Nil {
					rt.Decref(v)
					return Nil
				}
				rt.Replace(&rt.ListItems(s)[0], k)
				rt.Replace(&rt.ListItems(s)[2], v)
			}
			old := heapreplace(rt, h, s, rev)
			if old == Nil {
				return Nil
			}
			rt.Decref(old)
		}
	}
	n := rt.ListLen(h)
	if n == 0 {
		return Nil
	}
	s := rt.ListItems(h)[0]
	fields := rt.ListItems(s)
	value := fields[0]
	if key != Nil {
		value = fields[2]
	}
	if n > 1 {
		*st = mergeYielded
	} else {
		*st = mergeTail
		rt.Replace(modargs.RefField(rt, o, 3), rt.New(fields[len(fields)-1]))
	}
	return rt.New(value)
}
