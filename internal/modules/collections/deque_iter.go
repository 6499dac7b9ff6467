// The deque's iterators, _deque_iterator and _deque_reverse_iterator. See
// collections.go.

package collections

import (
	"unsafe"

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
// state stands, the deque's length is what it was, so index and counter stay
// valid whatever happened to the ring's storage (d[i] = v and reverse() leave the
// state alone, as in CPython: the iterator then gives the new items).
type iterObj struct {
	_       [object.HeapTypeFirstField]byte
	deque   Ref
	index   uint32
	state   uint32
	counter uint32
}

const iterSize = unsafe.Sizeof(iterObj{})

var _ = [1]struct{}{}[iterSize-32] // the layout above

func iterOf(rt *object.Runtime, it Ref) *iterObj { return (*iterObj)(rt.Ptr(it)) }

func (k *dequeTypes) newIter(rt *object.Runtime, d Ref, reverse bool) Ref {
	t := k.iter
	if reverse {
		t = k.reviter
	}
	it := rt.AllocObject(t, iterSize)
	if it == Nil {
		return Nil
	}
	o, io := dq(rt, d), iterOf(rt, it)
	io.deque = rt.New(d)
	if reverse {
		io.index = o.len - 1
	}
	io.state, io.counter = o.state, o.len
	rt.Track(it)
	return it
}

func iterNext(rt *object.Runtime, it Ref, reverse bool) Ref {
	io := iterOf(rt, it)
	o := dq(rt, io.deque)
	if reverse && io.counter == 0 {
		return Nil
	}
	if o.state != io.state {
		io.counter = 0
		rt.Raise("RuntimeError", "deque mutated during iteration")
		return Nil
	}
	if io.counter == 0 {
		return Nil
	}
	v := *o.at(rt, io.index)
	if reverse {
		io.index--
	} else {
		io.index++
	}
	io.counter--
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
				return rt.NewInt(int64(iterOf(rt, it).counter))
			}},
			{Name: "__reduce__", Doc: "Return state information for pickling.", Fn: func(rt *object.Runtime, it Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs(short+".__reduce__", args, kw, 0, 0) {
					return Nil
				}
				d := iterOf(rt, it).deque
				pos := rt.NewInt(int64(dqLen(rt, d)) - int64(iterOf(rt, it).counter))
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
