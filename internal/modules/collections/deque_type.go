// The deque type: its slots and methods, with CPython 3.11's argument handling
// and messages. See collections.go.

package collections

import (
	"math"
	"strconv"
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// dequeTypes are one runtime's deque type and its iterator types.
type dequeTypes struct {
	deque, iter, reviter *object.Type
}

// isDeque reports whether r is a deque or an instance of a subclass.
func (k *dequeTypes) isDeque(rt *object.Runtime, r Ref) bool {
	return r&1 == 0 && r != Nil && rt.IsInstance(r, k.deque)
}

// newDeque returns an empty exact deque with the given maxlen, tracked.
func (k *dequeTypes) newDeque(rt *object.Runtime, maxlen int64) Ref {
	d := rt.AllocObject(k.deque, dequeSize)
	if d == Nil {
		return Nil
	}
	*dqMaxlen(rt, d) = maxlen
	rt.Track(d)
	return d
}

// ssize converts an argument to a Go int as PyNumber_AsSsize_t(v, OverflowError)
// does (through __index__), false with the error set.
func ssize(rt *object.Runtime, v Ref) (int, bool) {
	if v&1 != 0 {
		return int(v.SmallInt()), true
	}
	n, ok := rt.AsIndex(v, "OverflowError")
	if !ok && rt.ErrMatchesName("OverflowError") {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, ok
}

// sliceIndex is _PyEval_SliceIndexNotNone: an index through __index__, huge
// values clamped.
func sliceIndex(rt *object.Runtime, v Ref) (int, bool) {
	if v&1 != 0 {
		return int(v.SmallInt()), true
	}
	t := rt.TypeOf(v)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "slice indices must be integers or have an __index__ method")
		return 0, false
	}
	i := rt.NumberIndex(v)
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	if n, ok := rt.IntAsInt64(i); ok {
		return int(n), true
	}
	if rt.IntBig(i).Sign() < 0 {
		return math.MinInt, true
	}
	return math.MaxInt, true
}

// shortName is _PyType_Name: the type's name after its last dot.
func shortName(t *object.Type) string {
	return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
}

func newDequeTypes(rt *object.Runtime) *dequeTypes {
	k := &dequeTypes{}
	k.iter = newIterType(rt, k, false)
	k.reviter = newIterType(rt, k, true)
	initSpec := &modargs.Spec{Name: "deque", Names: []string{"iterable", "maxlen"}}
	k.deque = newType(rt, "collections.deque", dequeSize, object.TypeGC|object.TypeBaseType|object.TypeWeakrefable, func(t *object.Type) {
		t.Doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."
		t.WeaklistOffset = dqOffWeak
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			d := rt.AllocObject(t, max(t.Size, dequeSize))
			if d == Nil {
				return Nil
			}
			*dqMaxlen(rt, d) = -1
			rt.Track(d)
			return d
		}
		t.Init = func(rt *object.Runtime, d Ref, args []Ref, kw Ref) int {
			iterable, maxlenObj := Nil, Nil
			if kw == Nil && len(args) <= 2 {
				if len(args) > 0 {
					iterable = args[0]
				}
				if len(args) > 1 {
					maxlenObj = args[1]
				}
			} else {
				v, ok := initSpec.Bind(rt, args, kw)
				if !ok {
					return -1
				}
				iterable, maxlenObj = v[0], v[1]
			}
			maxlen := int64(-1)
			if maxlenObj != Nil && maxlenObj != rt.None {
				if !rt.IsInt(maxlenObj) {
					rt.Raise("TypeError", "an integer is required")
					return -1
				}
				m, ok := rt.IntAsInt64(maxlenObj)
				if !ok {
					rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
					return -1
				}
				if m < 0 {
					rt.Raise("ValueError", "maxlen must be non-negative")
					return -1
				}
				maxlen = m
			}
			*dqMaxlen(rt, d) = maxlen
			if dqLen(rt, d) > 0 {
				dqClear(rt, d)
			}
			if iterable != Nil && !dqExtend(rt, d, iterable, false) {
				return -1
			}
			return 0
		}
		t.Dealloc = func(rt *object.Runtime, d Ref) {
			rt.Untrack(d)
			dqClear(rt, d)
			rt.FreeObject(d)
		}
		t.Traverse = func(rt *object.Runtime, d Ref, visit object.VisitFunc) bool {
			n := dqLen(rt, d)
			for i := 0; i < n; i++ {
				if !visit(*dqAt(rt, d, i)) {
					return false
				}
			}
			return true
		}
		t.Clear = dqClear
		t.Repr = func(rt *object.Runtime, d Ref) Ref {
			if !rt.ReprEnter(d) {
				return rt.NewStr("[...]")
			}
			l := rt.SequenceList(d)
			if l == Nil {
				rt.ReprLeave(d)
				return Nil
			}
			s := rt.Repr(l)
			rt.Decref(l)
			rt.ReprLeave(d)
			if s == Nil {
				return Nil
			}
			var b strings.Builder
			b.WriteString(shortName(rt.TypeOf(d)))
			b.WriteByte('(')
			b.WriteString(rt.GoString(s))
			rt.Decref(s)
			if m := *dqMaxlen(rt, d); m >= 0 {
				b.WriteString(", maxlen=")
				b.WriteString(strconv.FormatInt(m, 10))
			}
			b.WriteByte(')')
			return rt.NewStr(b.String())
		}
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			return k.compare(rt, a, b, op)
		}
		t.Iter = func(rt *object.Runtime, d Ref) Ref { return k.newIter(rt, d, false) }
		t.Sequence = &object.SequenceSlots{
			Length: func(rt *object.Runtime, d Ref) int { return dqLen(rt, d) },
			Concat: func(rt *object.Runtime, a, b Ref) Ref {
				if !k.isDeque(rt, b) {
					rt.Raise("TypeError", "can only concatenate deque (not \"%s\") to deque", rt.TypeNameOf(b))
					return Nil
				}
				c := k.copy(rt, a)
				if c == Nil {
					return Nil
				}
				if !dqExtend(rt, c, b, false) {
					rt.Decref(c)
					return Nil
				}
				return c
			},
			Repeat: func(rt *object.Runtime, d Ref, n int) Ref {
				c := k.copy(rt, d)
				if c == Nil {
					return Nil
				}
				r := dqInplaceRepeat(rt, c, n)
				rt.Decref(c)
				return r
			},
			Item: func(rt *object.Runtime, d Ref, i int) Ref {
				if uint(i) >= uint(dqLen(rt, d)) {
					rt.Raise("IndexError", "deque index out of range")
					return Nil
				}
				return rt.New(*dqAt(rt, d, i))
			},
			AssItem: func(rt *object.Runtime, d Ref, i int, v Ref) int {
				if uint(i) >= uint(dqLen(rt, d)) {
					rt.Raise("IndexError", "deque index out of range")
					return -1
				}
				if v == Nil {
					rt.Decref(dqRemoveAt(rt, d, i))
					return 0
				}
				rt.Replace(dqAt(rt, d, i), rt.New(v))
				return 0
			},
			Contains: func(rt *object.Runtime, d, v Ref) int {
				n := dqLen(rt, d)
				state := dq(rt, d).state
				for i := 0; i < n; i++ {
					item := rt.New(*dqAt(rt, d, i))
					c := rt.RichCompareBool(item, v, object.EQ)
					rt.Decref(item)
					if c != 0 {
						return c
					}
					if state != dq(rt, d).state {
						rt.Raise("RuntimeError", "deque mutated during iteration")
						return -1
					}
				}
				return 0
			},
			InplaceConcat: func(rt *object.Runtime, d, other Ref) Ref {
				if !dqExtend(rt, d, other, false) {
					return Nil
				}
				return rt.New(d)
			},
			InplaceRepeat: dqInplaceRepeat,
		}
		t.GetSets = []object.GetSetDef{{Name: "maxlen", Doc: "maximum size of a deque or None if unbounded",
			Get: func(rt *object.Runtime, d Ref) Ref {
				if m := *dqMaxlen(rt, d); m >= 0 {
					return rt.NewInt(m)
				}
				return rt.New(rt.None)
			}}}
		t.Methods = k.methods()
	})
	// deque.__hash__ is None, as for every mutable container.
	rt.DictSetStr(rt.TypeDict(k.deque), "__hash__", rt.None)
	return k
}

// copy is deque.copy(): an exact deque is copied directly, a subclass instance by
// calling its type with (d) or (d, maxlen).
func (k *dequeTypes) copy(rt *object.Runtime, d Ref) Ref {
	maxlen := *dqMaxlen(rt, d)
	t := rt.TypeOf(d)
	if t == k.deque {
		c := k.newDeque(rt, maxlen)
		if c == Nil {
			return Nil
		}
		if !dqExtend(rt, c, d, false) {
			rt.Decref(c)
			return Nil
		}
		return c
	}
	var r Ref
	if maxlen < 0 {
		r = rt.Call1(t.Ref, d)
	} else {
		m := rt.NewInt(maxlen)
		r = rt.Call(t.Ref, []Ref{d, m}, Nil)
		rt.Decref(m)
	}
	if r != Nil && !k.isDeque(rt, r) {
		rt.Raise("TypeError", "%s() must return a deque, not %s", t.Name, rt.TypeNameOf(r))
		rt.Decref(r)
		return Nil
	}
	return r
}

// compare is deque_richcompare: deques compare as sequences, item by item, and
// anything else is NotImplemented. It walks both deques as their iterators
// would, so a comparison that mutates one raises as CPython's does.
func (k *dequeTypes) compare(rt *object.Runtime, v, w Ref, op object.CompareOp) Ref {
	if !k.isDeque(rt, v) || !k.isDeque(rt, w) {
		return rt.New(rt.NotImplemented)
	}
	vs, ws := dqLen(rt, v), dqLen(rt, w)
	switch op {
	case object.EQ, object.NE:
		if v == w {
			return rt.NewBool(op == object.EQ)
		}
		if vs != ws {
			return rt.NewBool(op == object.NE)
		}
	}
	vState, wState := dq(rt, v).state, dq(rt, w).state
	// next returns the i-th item of d (a new reference), Nil at the end, or Nil
	// with RuntimeError set when d changed since the walk began.
	next := func(d Ref, state uint32, size, i int) Ref {
		if dq(rt, d).state != state {
			rt.Raise("RuntimeError", "deque mutated during iteration")
			return Nil
		}
		if i >= size {
			return Nil
		}
		return rt.New(*dqAt(rt, d, i))
	}
	var x, y Ref
	for i := 0; ; i++ {
		x = next(v, vState, vs, i)
		if x == Nil && rt.Occurred() {
			return Nil
		}
		y = next(w, wState, ws, i)
		if x == Nil || y == Nil {
			break
		}
		b := rt.RichCompareBool(x, y, object.EQ)
		if b == 0 {
			c := rt.RichCompareBool(x, y, op)
			rt.Decref(x)
			rt.Decref(y)
			if c < 0 {
				return Nil
			}
			return rt.NewBool(c == 1)
		}
		rt.Decref(x)
		rt.Decref(y)
		if b < 0 {
			return Nil
		}
	}
	if x != Nil {
		rt.Decref(x)
	}
	if y != Nil {
		rt.Decref(y)
	}
	if rt.Occurred() {
		return Nil
	}
	var r bool
	switch op {
	case object.LT:
		r = y != Nil
	case object.LE:
		r = x == Nil
	case object.EQ:
		r = x == y
	case object.NE:
		r = x != y
	case object.GT:
		r = x != Nil
	case object.GE:
		r = y == Nil
	}
	return rt.NewBool(r)
}
