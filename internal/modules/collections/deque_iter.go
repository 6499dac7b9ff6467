// The deque's iterators, _deque_iterator and _deque_reverse_iterator. See
// collections.go.

package collections

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// An iterator is laid out as
//
//	0 header, 8 GC header, 16 deque Ref, 20 index uint32 (the next item's
//	position from the left), 24 state uint32 (the deque's when the iterator was
//	made), 28 counter uint32 (items still to give)
//
// A change to the deque's state makes the next step raise RuntimeError; while the
// state stands, the deque's length and order are what they were, so index and
// counter stay valid whatever happened to the ring's storage.
const (
	itOffDeque   = object.HeapTypeFirstField
	itOffIndex   = itOffDeque + 4
	itOffState   = itOffDeque + 8
	itOffCounter = itOffDeque + 12
	iterSize     = itOffDeque + 16
)

func (k *dequeTypes) newIter(rt *object.Runtime, d Ref, reverse bool) Ref {
	t := k.iter
	if reverse {
		t = k.reviter
	}
	it := rt.AllocObject(t, iterSize)
	if it == Nil {
		return Nil
	}
	n := *u32(rt, d, dqOffLen)
	*rt.RefAt(it, itOffDeque) = rt.New(d)
	if reverse {
		*u32(rt, it, itOffIndex) = n - 1
	}
	*u32(rt, it, itOffState) = *u32(rt, d, dqOffState)
	*u32(rt, it, itOffCounter) = n
	rt.Track(it)
	return it
}

func iterNext(rt *object.Runtime, it Ref, reverse bool) Ref {
	d := *rt.RefAt(it, itOffDeque)
	counter := u32(rt, it, itOffCounter)
	if reverse && *counter == 0 {
		return Nil
	}
	if *u32(rt, d, dqOffState) != *u32(rt, it, itOffState) {
		*counter = 0
		rt.Raise("RuntimeError", "deque mutated during iteration")
		return Nil
	}
	if *counter == 0 {
		return Nil
	}
	idx := u32(rt, it, itOffIndex)
	v := *dqAt(rt, d, int(*idx))
	if reverse {
		*idx--
	} else {
		*idx++
	}
	*counter--
	return rt.New(v)
}

func newIterType(rt *object.Runtime, k *dequeTypes, reverse bool) *object.Type {
	name := "_collections._deque_iterator"
	if reverse {
		name = "_collections._deque_reverse_iterator"
	}
	short := shortName(&object.Type{Name: name})
	return newType(rt, name, iterSize, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 1)
		t.Clear = nil // CPython's iterators have no tp_clear: the deque breaks cycles
		t.Iter = func(rt *object.Runtime, it Ref) Ref { return rt.New(it) }
		t.Next = func(rt *object.Runtime, it Ref) Ref { return iterNext(rt, it, reverse) }
		// _deque_iterator(deque, index=0): an iterator advanced by index items.
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs(short, kw) {
				return Nil
			}
			switch {
			case len(args) < 1:
				rt.Raise("TypeError", "function takes at least 1 argument (%d given)", len(args))
				return Nil
			case len(args) > 2:
				rt.Raise("TypeError", "function takes at most 2 arguments (%d given)", len(args))
				return Nil
			}
			if !k.isDeque(rt, args[0]) {
				rt.Raise("TypeError", "argument 1 must be collections.deque, not %s", rt.TypeNameOf(args[0]))
				return Nil
			}
			index := 0
			if len(args) == 2 {
				var ok bool
				if index, ok = ssize(rt, args[1]); !ok {
					return Nil
				}
			}
			it := k.newIter(rt, args[0], reverse)
			for i := 0; i < index && it != Nil; i++ {
				v := iterNext(rt, it, reverse)
				if v != Nil {
					rt.Decref(v)
					continue
				}
				if rt.Occurred() {
					rt.Decref(it)
					return Nil
				}
				break
			}
			return it
		}
		t.Methods = []object.MethodDef{
			{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).", Fn: func(rt *object.Runtime, it Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs(short+".__length_hint__", args, kw, 0, 0) {
					return Nil
				}
				return rt.NewInt(int64(*u32(rt, it, itOffCounter)))
			}},
			{Name: "__reduce__", Doc: "Return state information for pickling.", Fn: func(rt *object.Runtime, it Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs(short+".__reduce__", args, kw, 0, 0) {
					return Nil
				}
				d := *rt.RefAt(it, itOffDeque)
				pos := rt.NewInt(int64(dqLen(rt, d)) - int64(*u32(rt, it, itOffCounter)))
				a := rt.TupleFrom(d, pos)
				rt.Decref(pos)
				if a == Nil {
					return Nil
				}
				r := rt.TupleFrom(rt.TypeRefOf(it), a)
				rt.Decref(a)
				return r
			}},
		}
	})
}
