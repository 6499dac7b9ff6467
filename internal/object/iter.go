// The container types' auxiliary types (iterators, dict views) and helpers shared by
// list, tuple, dict, set and range. See doc.go.

package object

// containerTypes holds the types the container families define besides their main
// type: iterators and views. Runtime has no field for them (runtime.go belongs to the
// core), so they hang off TupleType.Data, which the tuple family owns.
type containerTypes struct {
	listIter, listRevIter, tupleIter         *Type
	rangeIter, longRangeIter                 *Type
	setIter                                  *Type
	dictKeys, dictValues, dictItems          *Type
	dictKeyIter, dictValueIter, dictItemIter *Type
	dictRevKeyIter, dictRevValueIter         *Type
	dictRevItemIter                          *Type
	mappingProxy                             *Type
	memoryIter                               *Type
}

func (rt *Runtime) ctypes() *containerTypes { return rt.TupleType.Data.(*containerTypes) }

// A sequence iterator over a list or a tuple (list_iterator, list_reverseiterator,
// tuple_iterator) is a container:
//
//	offset 0   header
//	       8   GC header
//	      16   seq    Ref     the list or tuple; Nil once exhausted
//	      20   index  int32   next position (a reverse iterator counts down to -1)
const (
	seqItOffSeq   = 16
	seqItOffIndex = 20
	seqItSize     = 24
)

func (rt *Runtime) newSeqIter(t *Type, seq Ref, index int) Ref {
	it := rt.AllocObject(t, seqItSize)
	if it == Nil {
		return Nil
	}
	*rt.RefAt(it, seqItOffSeq) = rt.New(seq)
	*(*int32)(rt.field(it, seqItOffIndex)) = int32(index)
	rt.Track(it)
	return it
}

func seqItIndex(rt *Runtime, it Ref) *int32 { return (*int32)(rt.field(it, seqItOffIndex)) }

func seqItDealloc(rt *Runtime, it Ref) {
	rt.Untrack(it)
	rt.Replace(rt.RefAt(it, seqItOffSeq), Nil)
	rt.FreeObject(it)
}

func seqItTraverse(rt *Runtime, it Ref, visit VisitFunc) bool {
	s := *rt.RefAt(it, seqItOffSeq)
	return s == Nil || visit(s)
}

func seqItClear(rt *Runtime, it Ref) { rt.Replace(rt.RefAt(it, seqItOffSeq), Nil) }

func ctSelfIter(rt *Runtime, it Ref) Ref { return rt.New(it) }

// defIterType defines an iterator type of the container family: not subclassable,
// returning itself from iter().
func (rt *Runtime) defIterType(name string, size uintptr, gc bool) *Type {
	flags := TypeFlags(0)
	if gc {
		flags = TypeGC
	}
	t := rt.defType(name, rt.ObjectType, size, flags)
	t.Iter = ctSelfIter
	if gc {
		t.Dealloc, t.Traverse, t.Clear = seqItDealloc, seqItTraverse, seqItClear
	} else {
		t.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
	}
	return t
}

// LengthHint returns an estimate of len(r) (CPython's PyObject_LengthHint): len()
// when defined, else __length_hint__, else def. It returns -1 with an exception set
// on error.
func (rt *Runtime) LengthHint(r Ref, def int) int {
	t := rt.TypeOf(r)
	if (t.Sequence != nil && t.Sequence.Length != nil) || (t.Mapping != nil && t.Mapping.Length != nil) {
		n := rt.Len(r)
		if n >= 0 {
			return n
		}
		if !rt.ErrMatchesName("TypeError") {
			return -1
		}
		rt.ClearErr()
	}
	name := rt.internedOrNil("__length_hint__")
	hint := rt.LookupType(t, name)
	if hint == Nil {
		return def
	}
	m := rt.GetAttr(r, name)
	if m == Nil {
		if rt.ErrMatchesName("AttributeError") {
			rt.ClearErr()
			return def
		}
		return -1
	}
	res := rt.Call(m, nil, Nil)
	rt.Decref(m)
	if res == Nil {
		if rt.ErrMatchesName("TypeError") {
			rt.ClearErr()
			return def
		}
		return -1
	}
	defer rt.Decref(res)
	if res == rt.NotImplemented {
		return def
	}
	if !rt.IsInt(res) {
		rt.Raise("TypeError", "__length_hint__ must be an integer, not %s", rt.TypeNameOf(res))
		return -1
	}
	v, ok := rt.IntAsInt64(res)
	if !ok {
		rt.Raise("OverflowError", "cannot fit 'int' into an index-sized integer")
		return -1
	}
	if v < 0 {
		rt.Raise("ValueError", "__length_hint__() should return >= 0")
		return -1
	}
	return int(v)
}

// ctHasLen reports whether r's type defines len() (CPython's _PyObject_HasLen).
func (rt *Runtime) ctHasLen(r Ref) bool {
	t := rt.TypeOf(r)
	return (t.Sequence != nil && t.Sequence.Length != nil) || (t.Mapping != nil && t.Mapping.Length != nil)
}

// ctReprJoin builds open + repr(items...) joined by ", " + close, for the container
// reprs. items is read through get on each step, so a container that shrinks while
// its items are repr'd is handled (get returns ok false past the end).
func (rt *Runtime) ctReprJoin(open, close string, get func(i int) (Ref, bool)) Ref {
	var b reprBuilder
	if !b.init(rt, open) {
		return Nil
	}
	for i := 0; ; i++ {
		it, ok := get(i)
		if !ok {
			break
		}
		if i > 0 && !b.add(rt.New(b.sep)) {
			return b.fail()
		}
		rt.Incref(it)
		s := rt.Repr(it)
		rt.Decref(it)
		if !b.add(s) {
			return b.fail()
		}
	}
	return b.finish(close)
}

// reprBuilder collects the pieces of a container's repr as strs in a list (the
// private heap) and joins them at the end: no Go copy of the items' reprs.
type reprBuilder struct {
	rt    *Runtime
	parts Ref // list of strs
	sep   Ref // ", "
}

func (b *reprBuilder) init(rt *Runtime, open string) bool {
	b.rt = rt
	if b.parts = rt.NewList(0); b.parts == Nil {
		return false
	}
	if b.sep = rt.NewStr(", "); b.sep == Nil {
		rt.Decref(b.parts)
		return false
	}
	if !b.add(rt.NewStr(open)) {
		b.fail()
		return false
	}
	return true
}

// add appends the str s (a new reference, consumed; Nil: an error is set).
func (b *reprBuilder) add(s Ref) bool {
	if s == Nil {
		return false
	}
	ok := b.rt.ListAppend(b.parts, s) >= 0
	b.rt.Decref(s)
	return ok
}

// fail drops the pieces and returns Nil.
func (b *reprBuilder) fail() Ref {
	b.rt.Decref(b.parts)
	b.rt.Decref(b.sep)
	return Nil
}

// finish appends close and returns the joined str.
func (b *reprBuilder) finish(close string) Ref {
	if !b.add(b.rt.NewStr(close)) {
		return b.fail()
	}
	r := b.rt.StrJoinParts(b.rt.ListItems(b.parts))
	b.fail()
	return r
}

// ctKwArgs splits a built-in's arguments into positional ones and keyword values
// looked up by name, raising CPython's "'x' is an invalid keyword argument for f()"
// for unknown names. vals receives the values of names (Nil when not given,
// borrowed).
func (rt *Runtime) ctKwArgs(fname string, args []Ref, kwnames Ref, names []string, vals []Ref) ([]Ref, bool) {
	nkw := rt.NumKwargs(kwnames)
	pos := args[:len(args)-nkw]
	for i := range nkw {
		k := rt.TupleItems(kwnames)[i]
		found := false
		for j, n := range names {
			if rt.StrEqualGo(k, n) {
				vals[j] = args[len(pos)+i]
				found = true
				break
			}
		}
		if !found {
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for %s()", rt.GoString(k), fname)
			return nil, false
		}
	}
	return pos, true
}

// ctIndex converts an index argument to a Go int: ints (bool included) directly,
// other objects through __index__. A value out of range raises overflowName with
// CPython's "cannot fit 'int' into an index-sized integer".
func (rt *Runtime) ctIndex(r Ref, overflowName string) (int, bool) {
	if r&1 != 0 {
		return int(r.SmallInt()), true
	}
	if rt.IsInt(r) {
		if v, ok := rt.IntAsInt64(r); ok {
			return int(v), true
		}
		if overflowName == "OverflowError" {
			rt.Raise(overflowName, "Python int too large to convert to C ssize_t")
		} else {
			rt.Raise(overflowName, "cannot fit 'int' into an index-sized integer")
		}
		return 0, false
	}
	return rt.AsIndex(r, overflowName)
}

// ctArgs checks the arguments of a built-in method named qual ("list.insert") as
// CPython's method descriptors and Argument Clinic do: keyword arguments and the
// no-argument and one-argument forms name the method with its type ("list.append()
// takes exactly one argument (0 given)"), the other counts by its bare name ("insert
// expected 2 arguments, got 1").
func (rt *Runtime) ctArgs(qual string, args []Ref, kwnames Ref, min, max int) bool {
	if rt.NumKwargs(kwnames) > 0 {
		rt.Raise("TypeError", "%s() takes no keyword arguments", qual)
		return false
	}
	n := len(args)
	if min == max && min <= 1 {
		if n != min {
			if min == 0 {
				rt.Raise("TypeError", "%s() takes no arguments (%d given)", qual, n)
			} else {
				rt.Raise("TypeError", "%s() takes exactly one argument (%d given)", qual, n)
			}
			return false
		}
		return true
	}
	return rt.CheckArgs(ctLastName(qual), args, Nil, min, max)
}
