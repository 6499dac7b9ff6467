// The abstract object protocol: the operations the VM and the built-in types apply
// to any object, dispatching through type slots (CPython's Objects/abstract.c and
// the generic parts of Objects/object.c). See doc.go.

package object

import (
	"cmp"
	"fmt"
	"unsafe"
)

// TypeName returns the name error messages use for r's type.
func (rt *Runtime) TypeNameOf(r Ref) string { return rt.TypeOf(r).Name }

// Hash returns hash(r). ok is false with TypeError set for an unhashable object.
func (rt *Runtime) Hash(r Ref) (int64, bool) {
	if r&1 != 0 {
		v := r.SmallInt()
		if v == -1 {
			v = -2
		}
		return v, true
	}
	if rt.hdr(r).typ == rt.StrType.Ref {
		return rt.StrHash(r), true
	}
	t := rt.TypeOf(r)
	if t.Hash == nil {
		rt.Raise("TypeError", "unhashable type: '%s'", t.Name)
		return 0, false
	}
	if !rt.EnterRecursiveCall(" while hashing an object") {
		return 0, false
	}
	h, ok := t.Hash(rt, r)
	rt.LeaveRecursiveCall()
	return h, ok
}

// HashPointer is the default hash of an object: its identity, rotated as CPython's
// _Py_HashPointer does so that aligned addresses spread.
func HashPointer(r Ref) int64 {
	v := uint64(r) << 3
	v = v>>4 | v<<60
	h := int64(v)
	if h == -1 {
		h = -2
	}
	return h
}

// RichCompare returns a op b as an object (CPython's PyObject_RichCompare): the
// reflected operation of the right operand is tried first when its type is a proper
// subclass of the left's; == and != fall back to identity.
func (rt *Runtime) RichCompare(a, b Ref, op CompareOp) Ref {
	if !rt.EnterRecursiveCall(" in comparison") {
		return Nil
	}
	r := rt.richCompare(a, b, op)
	rt.LeaveRecursiveCall()
	return r
}

func (rt *Runtime) richCompare(a, b Ref, op CompareOp) Ref {
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	checkedReverse := false
	if ta != tb && tb.RichCompare != nil && rt.IsSubtype(tb, ta) {
		checkedReverse = true
		if r := tb.RichCompare(rt, b, a, op.Swapped()); r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	if ta.RichCompare != nil {
		if r := ta.RichCompare(rt, a, b, op); r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	if !checkedReverse && tb.RichCompare != nil {
		if r := tb.RichCompare(rt, b, a, op.Swapped()); r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	switch op {
	case EQ:
		return rt.NewBool(a == b)
	case NE:
		return rt.NewBool(a != b)
	}
	rt.Raise("TypeError", "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
	return Nil
}

// RichCompareBool is RichCompare as a truth value: 1, 0, or -1 on error. Identity
// implies equality, as in CPython.
func (rt *Runtime) RichCompareBool(a, b Ref, op CompareOp) int {
	if a == b {
		if op == EQ {
			return 1
		}
		if op == NE {
			return 0
		}
	}
	if a&b&1 != 0 {
		// Two small ints (min, max, sorted and list.index ask this a lot).
		if compareResult(cmp.Compare(a.SmallInt(), b.SmallInt()), op) {
			return 1
		}
		return 0
	}
	r := rt.RichCompare(a, b, op)
	if r == Nil {
		return -1
	}
	t := rt.IsTrue(r)
	rt.Decref(r)
	return t
}

// NewBool returns True or False.
func (rt *Runtime) NewBool(v bool) Ref {
	if v {
		return rt.True
	}
	return rt.False
}

// IsTrue returns the truth value of r: 1, 0, or -1 on error.
func (rt *Runtime) IsTrue(r Ref) int {
	switch {
	case r == rt.True:
		return 1
	case r == rt.False || r == rt.None:
		return 0
	case r&1 != 0:
		if r.SmallInt() != 0 {
			return 1
		}
		return 0
	}
	t := rt.TypeOf(r)
	switch {
	case t.Number != nil && t.Number.Bool != nil:
		return t.Number.Bool(rt, r)
	case t.Mapping != nil && t.Mapping.Length != nil:
		return truth(t.Mapping.Length(rt, r))
	case t.Sequence != nil && t.Sequence.Length != nil:
		return truth(t.Sequence.Length(rt, r))
	}
	return 1
}

func truth(n int) int {
	if n > 0 {
		return 1
	}
	return n // 0, or -1 on error
}

// Repr returns repr(r), a new str, or Nil on error.
func (rt *Runtime) Repr(r Ref) Ref {
	t := rt.TypeOf(r)
	if t.Repr == nil {
		return rt.NewStr(rt.defaultRepr(r))
	}
	if !rt.EnterRecursiveCall(" while getting the repr of an object") {
		return Nil
	}
	s := t.Repr(rt, r)
	rt.LeaveRecursiveCall()
	if s != Nil && !rt.IsInstance(s, rt.StrType) {
		rt.Raise("TypeError", "__repr__ returned non-string (type %s)", rt.TypeNameOf(s))
		rt.Decref(s)
		return Nil
	}
	return s
}

func (rt *Runtime) defaultRepr(r Ref) string {
	return fmt.Sprintf("<%s object at %#x>", rt.TypeOf(r).Name, rt.ID(r))
}

// ID returns id(r): the object's address in the reservation for heap objects; for a
// small int, a number no heap object can have (an odd one), fixed per value.
func (rt *Runtime) ID(r Ref) uint64 {
	if r&1 != 0 {
		return uint64(r) // odd: distinct from every object's (16-aligned) address
	}
	return uint64(uintptr(rt.base)) + uint64(r)<<3
}

// Str returns str(r), a new str, or Nil on error.
func (rt *Runtime) Str(r Ref) Ref {
	if rt.isExactStr(r) {
		return rt.New(r)
	}
	t := rt.TypeOf(r)
	if t.Str == nil {
		return rt.Repr(r)
	}
	if !rt.EnterRecursiveCall(" while getting the str of an object") {
		return Nil
	}
	s := t.Str(rt, r)
	rt.LeaveRecursiveCall()
	if s != Nil && !rt.IsInstance(s, rt.StrType) {
		rt.Raise("TypeError", "__str__ returned non-string (type %s)", rt.TypeNameOf(s))
		rt.Decref(s)
		return Nil
	}
	return s
}

// GetAttr returns getattr(obj, name) for a str name (borrowed), a new reference, or
// Nil with AttributeError (or whatever a __getattr__ raised) set.
func (rt *Runtime) GetAttr(obj, name Ref) Ref {
	t := rt.TypeOf(obj)
	if t.GetAttr != nil {
		return t.GetAttr(rt, obj, name)
	}
	return rt.GenericGetAttr(obj, name)
}

// GetAttrString is GetAttr with a Go string name.
func (rt *Runtime) GetAttrString(obj Ref, name string) Ref {
	n := rt.InternString(name)
	if n == Nil {
		return Nil
	}
	defer rt.Decref(n)
	return rt.GetAttr(obj, n)
}

// GenericGetAttr is object.__getattribute__ (CPython's PyObject_GenericGetAttr):
// data descriptors on the type, then the instance __dict__, then other descriptors
// and class attributes.
func (rt *Runtime) GenericGetAttr(obj, name Ref) Ref {
	t := rt.TypeOf(obj)
	descr := rt.LookupType(t, name)
	var get DescrGetFunc
	if descr != Nil {
		rt.Incref(descr)
		defer rt.Decref(descr)
		dt := rt.TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(rt, descr, obj, t.Ref)
		}
	}
	if t.DictOffset != 0 {
		if d := *rt.RefAt(obj, t.DictOffset); d != Nil {
			if v := rt.DictGetItem(d, name); v != Nil {
				return rt.New(v)
			} else if rt.Occurred() {
				return Nil
			}
		}
	}
	if get != nil {
		return get(rt, descr, obj, t.Ref)
	}
	if descr != Nil {
		return rt.New(descr)
	}
	rt.SetAttributeError(obj, name)
	return Nil
}

// SetAttributeError raises AttributeError: 'T' object has no attribute 'name'.
func (rt *Runtime) SetAttributeError(obj, name Ref) {
	// hasattr(o, "x") and getattr(o, "x", d) raise this in loops: the message is
	// put together in a stack buffer, without fmt or a Go copy of the name.
	var buf [128]byte
	msg := append(buf[:0], '\'')
	msg = append(msg, rt.TypeOf(obj).Name...)
	msg = append(msg, "' object has no attribute '"...)
	msg = append(msg, rt.strView(name)...)
	msg = append(msg, '\'')
	rt.SetError(rt.excTypes["AttributeError"], unsafe.String(&msg[0], len(msg)))
}

// SetAttr sets (value non-Nil) or deletes (value Nil) the attribute name of obj.
// It returns -1 on error.
func (rt *Runtime) SetAttr(obj, name, value Ref) int {
	t := rt.TypeOf(obj)
	if t.SetAttr != nil {
		return t.SetAttr(rt, obj, name, value)
	}
	return rt.GenericSetAttr(obj, name, value)
}

// GenericSetAttr is object.__setattr__: a data descriptor on the type, else the
// instance __dict__.
func (rt *Runtime) GenericSetAttr(obj, name, value Ref) int {
	t := rt.TypeOf(obj)
	if descr := rt.LookupType(t, name); descr != Nil {
		if set := rt.TypeOf(descr).DescrSet; set != nil {
			rt.Incref(descr)
			defer rt.Decref(descr)
			return set(rt, descr, obj, value)
		}
	}
	if t.DictOffset == 0 {
		if rt.LookupType(t, name) != Nil {
			rt.Raise("AttributeError", "'%s' object attribute '%s' is read-only", t.Name, rt.GoString(name))
		} else {
			rt.SetAttributeError(obj, name)
		}
		return -1
	}
	slot := rt.RefAt(obj, t.DictOffset)
	if *slot == Nil {
		if value == Nil {
			rt.SetAttributeError(obj, name)
			return -1
		}
		d := rt.NewInstanceDict()
		if d == Nil {
			return -1
		}
		*slot = d
	}
	if value == Nil {
		if rt.DictDelItem(*slot, name) < 0 {
			if rt.ErrMatchesName("KeyError") {
				rt.ClearErr()
				rt.SetAttributeError(obj, name)
			}
			return -1
		}
		return 0
	}
	return rt.DictSetItem(*slot, name, value)
}

// Call calls callable with positional args and keyword arguments (the values after
// the positional ones in args, named by the kwnames tuple, or Nil for none).
func (rt *Runtime) Call(callable Ref, args []Ref, kwnames Ref) Ref {
	t := rt.TypeOf(callable)
	if t.Call == nil {
		rt.Raise("TypeError", "'%s' object is not callable", t.Name)
		return Nil
	}
	return t.Call(rt, callable, args, kwnames)
}

// Call1 is Call with the one positional argument arg. The argument array is a block
// of the private heap for the call: a Go slice would escape into the callee's slot
// and cost Go memory at every call of a key function or a hook.
func (rt *Runtime) Call1(callable, arg Ref) Ref {
	b := rt.alloc(4)
	if b == Nil {
		return Nil
	}
	p := (*Ref)(rt.Ptr(b))
	*p = arg
	r := rt.Call(callable, unsafe.Slice(p, 1), Nil)
	rt.heap.Free(b.Heap())
	return r
}

// CallMethod calls obj.name(*args).
func (rt *Runtime) CallMethod(obj Ref, name string, args ...Ref) Ref {
	m := rt.GetAttrString(obj, name)
	if m == Nil {
		return Nil
	}
	defer rt.Decref(m)
	return rt.Call(m, args, Nil)
}

// Len returns len(r), or -1 with an exception set.
func (rt *Runtime) Len(r Ref) int {
	t := rt.TypeOf(r)
	if t.Sequence != nil && t.Sequence.Length != nil {
		return t.Sequence.Length(rt, r)
	}
	if t.Mapping != nil && t.Mapping.Length != nil {
		return t.Mapping.Length(rt, r)
	}
	rt.Raise("TypeError", "object of type '%s' has no len()", t.Name)
	return -1
}

// GetItem returns o[key].
func (rt *Runtime) GetItem(o, key Ref) Ref {
	t := rt.TypeOf(o)
	if t.Mapping != nil && t.Mapping.Subscript != nil {
		return t.Mapping.Subscript(rt, o, key)
	}
	if t.Sequence != nil && t.Sequence.Item != nil {
		i, ok := rt.sequenceIndex(key)
		if !ok {
			return Nil
		}
		return rt.SequenceGetItem(o, i)
	}
	if rt.IsType(o) && rt.hooks.ClassGetItem != nil {
		return rt.hooks.ClassGetItem(o, key)
	}
	rt.Raise("TypeError", "'%s' object is not subscriptable", t.Name)
	return Nil
}

// sequenceIndex converts a subscript to an int index for the sequence protocol.
func (rt *Runtime) sequenceIndex(key Ref) (int, bool) {
	if rt.TypeOf(key).Number == nil || rt.TypeOf(key).Number.Index == nil {
		if key&1 == 0 {
			rt.Raise("TypeError", "sequence index must be integer, not '%s'", rt.TypeNameOf(key))
			return 0, false
		}
	}
	return rt.AsIndex(key, "IndexError")
}

// SequenceGetItem returns o[i] with a negative i counted from the end.
func (rt *Runtime) SequenceGetItem(o Ref, i int) Ref {
	t := rt.TypeOf(o)
	if i < 0 && t.Sequence.Length != nil {
		n := t.Sequence.Length(rt, o)
		if n < 0 {
			return Nil
		}
		i += n
	}
	return t.Sequence.Item(rt, o, i)
}

// SetItem sets o[key] = value, or deletes o[key] when value is Nil.
func (rt *Runtime) SetItem(o, key, value Ref) int {
	t := rt.TypeOf(o)
	if t.Mapping != nil && t.Mapping.AssSubscript != nil {
		return t.Mapping.AssSubscript(rt, o, key, value)
	}
	if t.Sequence != nil && t.Sequence.AssItem != nil {
		i, ok := rt.sequenceIndex(key)
		if !ok {
			return -1
		}
		if i < 0 && t.Sequence.Length != nil {
			n := t.Sequence.Length(rt, o)
			if n < 0 {
				return -1
			}
			i += n
		}
		return t.Sequence.AssItem(rt, o, i, value)
	}
	if value == Nil {
		rt.Raise("TypeError", "'%s' object doesn't support item deletion", t.Name)
	} else {
		rt.Raise("TypeError", "'%s' object does not support item assignment", t.Name)
	}
	return -1
}

// Iter returns iter(r).
func (rt *Runtime) Iter(r Ref) Ref {
	t := rt.TypeOf(r)
	if t.Iter != nil {
		it := t.Iter(rt, r)
		if it != Nil && rt.TypeOf(it).Next == nil {
			rt.Raise("TypeError", "iter() returned non-iterator of type '%s'", rt.TypeNameOf(it))
			rt.Decref(it)
			return Nil
		}
		return it
	}
	if t.Sequence != nil && t.Sequence.Item != nil {
		return rt.NewSeqIter(r)
	}
	rt.Raise("TypeError", "'%s' object is not iterable", t.Name)
	return Nil
}

// Next returns the next item of iterator it, or Nil: with an exception set on error,
// without one when the iterator is exhausted (a StopIteration it raised is cleared).
//
// Each call is a check point for the host's interrupt (interrupt.go), so built-ins
// that consume an endless iterator (sum(itertools.count())) stop when asked.
func (rt *Runtime) Next(it Ref) Ref {
	if rt.CheckInterrupt() {
		return Nil
	}
	t := rt.TypeOf(it)
	if t.Next == nil {
		rt.Raise("TypeError", "'%s' object is not an iterator", t.Name)
		return Nil
	}
	v := t.Next(rt, it)
	if v == Nil && rt.ErrMatchesName("StopIteration") {
		rt.ClearErr()
	}
	return v
}

// Contains returns 1 if value in container, 0 if not, -1 on error.
func (rt *Runtime) Contains(container, value Ref) int {
	t := rt.TypeOf(container)
	if t.Sequence != nil && t.Sequence.Contains != nil {
		return t.Sequence.Contains(rt, container, value)
	}
	it := rt.Iter(container)
	if it == Nil {
		if rt.ErrMatchesName("TypeError") && t.Iter == nil && (t.Sequence == nil || t.Sequence.Item == nil) {
			rt.ClearErr()
			rt.Raise("TypeError", "argument of type '%s' is not iterable", t.Name)
		}
		return -1
	}
	defer rt.Decref(it)
	for {
		v := rt.Next(it)
		if v == Nil {
			if rt.Occurred() {
				return -1
			}
			return 0
		}
		c := rt.RichCompareBool(v, value, EQ)
		rt.Decref(v)
		if c != 0 {
			return c
		}
	}
}

// AsIndex converts r to a Go int through __index__. A value that does not fit
// raises overflowName ("IndexError" for sequence indexes: "cannot fit 'int' into an
// index-sized integer"; "OverflowError" elsewhere).
func (rt *Runtime) AsIndex(r Ref, overflowName string) (int, bool) {
	if r&1 != 0 {
		return int(r.SmallInt()), true
	}
	t := rt.TypeOf(r)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", t.Name)
		return 0, false
	}
	i := rt.NumberIndex(r) // checks that __index__ returned an int
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	v, ok := rt.IntAsInt64(i)
	if !ok {
		rt.Raise(overflowName, "cannot fit '%s' into an index-sized integer", t.Name)
		return 0, false
	}
	return int(v), true
}

// BinaryOperator names a binary operation of the number protocol.
type BinaryOperator int

const (
	OpAdd BinaryOperator = iota
	OpSub
	OpMul
	OpMod
	OpDivmod
	OpFloorDiv
	OpTrueDiv
	OpPow
	OpLshift
	OpRshift
	OpAnd
	OpXor
	OpOr
	OpMatMul
)

var binaryOpSymbols = [...]string{"+", "-", "*", "%", "divmod()", "//", "/", "** or pow()", "<<", ">>", "&", "^", "|", "@"}

// Symbol returns the operator as CPython's error messages spell it.
func (op BinaryOperator) Symbol() string { return binaryOpSymbols[op] }

func (op BinaryOperator) slot(n *NumberSlots) BinaryFunc {
	if n == nil {
		return nil
	}
	switch op {
	case OpAdd:
		return n.Add
	case OpSub:
		return n.Subtract
	case OpMul:
		return n.Multiply
	case OpMod:
		return n.Remainder
	case OpDivmod:
		return n.Divmod
	case OpFloorDiv:
		return n.FloorDivide
	case OpTrueDiv:
		return n.TrueDivide
	case OpLshift:
		return n.Lshift
	case OpRshift:
		return n.Rshift
	case OpAnd:
		return n.And
	case OpXor:
		return n.Xor
	case OpOr:
		return n.Or
	case OpMatMul:
		return n.MatrixMultiply
	}
	return nil // OpPow is ternary: see has and call
}

// has reports whether n has op's slot.
func (op BinaryOperator) has(n *NumberSlots) bool {
	if n == nil {
		return false
	}
	if op == OpPow {
		return n.Power != nil
	}
	return op.slot(n) != nil
}

// call runs op's slot of n (which has it) on a and b; ** is the ternary Power
// slot with None as the modulus. It allocates no closure on the way.
func (op BinaryOperator) call(rt *Runtime, n *NumberSlots, a, b Ref) Ref {
	if op == OpPow {
		return n.Power(rt, a, b, rt.None)
	}
	return op.slot(n)(rt, a, b)
}

func (op BinaryOperator) inplaceSlot(n *NumberSlots) BinaryFunc {
	if n == nil {
		return nil
	}
	switch op {
	case OpAdd:
		return n.InplaceAdd
	case OpSub:
		return n.InplaceSubtract
	case OpMul:
		return n.InplaceMultiply
	case OpMod:
		return n.InplaceRemainder
	case OpFloorDiv:
		return n.InplaceFloorDivide
	case OpTrueDiv:
		return n.InplaceTrueDivide
	case OpLshift:
		return n.InplaceLshift
	case OpRshift:
		return n.InplaceRshift
	case OpAnd:
		return n.InplaceAnd
	case OpXor:
		return n.InplaceXor
	case OpOr:
		return n.InplaceOr
	case OpMatMul:
		return n.InplaceMatrixMultiply
	}
	return nil // OpPow: InplaceOp calls InplacePower itself
}

// binaryOp1 is CPython's binary_op1: the left operand's slot, then the right's,
// with the right first when its type is a proper subclass of the left's. It returns
// NotImplemented (a new reference) when neither handles the operands.
func (rt *Runtime) binaryOp1(a, b Ref, op BinaryOperator) Ref {
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	na, nb := ta.Number, tb.Number
	hasA := op.has(na)
	hasB := ta != tb && nb != na && op.has(nb)
	if hasA {
		if hasB && rt.IsSubtype(tb, ta) {
			if r := op.call(rt, nb, a, b); r != rt.NotImplemented {
				return r
			}
			rt.Decref(rt.NotImplemented)
			hasB = false
		}
		if r := op.call(rt, na, a, b); r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	if hasB {
		return op.call(rt, nb, a, b)
	}
	return rt.New(rt.NotImplemented)
}

// BinaryOp returns a op b (a + b, a - b, ...), trying sequence concatenation and
// repetition for + and *, and raises TypeError for unsupported operand types.
func (rt *Runtime) BinaryOp(a, b Ref, op BinaryOperator) Ref {
	r := rt.binaryOp1(a, b, op)
	if r != rt.NotImplemented {
		return r
	}
	rt.Decref(r)
	return rt.binaryFallback(a, b, op, false)
}

func (rt *Runtime) binaryFallback(a, b Ref, op BinaryOperator, inplace bool) Ref {
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	switch op {
	case OpAdd:
		if ta.Sequence != nil {
			if inplace && ta.Sequence.InplaceConcat != nil {
				return ta.Sequence.InplaceConcat(rt, a, b)
			}
			if ta.Sequence.Concat != nil {
				return ta.Sequence.Concat(rt, a, b)
			}
		}
	case OpMul:
		seq, n := a, b
		if ta.Sequence == nil || ta.Sequence.Repeat == nil {
			seq, n = b, a
		}
		if st := rt.TypeOf(seq); st.Sequence != nil && st.Sequence.Repeat != nil {
			nt := rt.TypeOf(n)
			if n&1 == 0 && (nt.Number == nil || nt.Number.Index == nil) {
				rt.Raise("TypeError", "can't multiply sequence by non-int of type '%s'", nt.Name)
				return Nil
			}
			count, ok := rt.AsIndex(n, "OverflowError")
			if !ok {
				if rt.ErrMatchesName("OverflowError") {
					rt.ClearErr()
					rt.Raise("OverflowError", "cannot fit '%s' into an index-sized integer", nt.Name)
				}
				return Nil
			}
			if inplace && seq == a && st.Sequence.InplaceRepeat != nil {
				return st.Sequence.InplaceRepeat(rt, seq, count)
			}
			return st.Sequence.Repeat(rt, seq, count)
		}
	}
	if op == OpPow {
		rt.Raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
	} else if inplace {
		rt.Raise("TypeError", "unsupported operand type(s) for %s=: '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
	} else {
		rt.Raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
	}
	return Nil
}

// InplaceOp returns a op= b: the in-place slot of a, then the binary operation.
func (rt *Runtime) InplaceOp(a, b Ref, op BinaryOperator) Ref {
	if n := rt.TypeOf(a).Number; n != nil {
		var r Ref = rt.NotImplemented
		if op == OpPow && n.InplacePower != nil {
			r = n.InplacePower(rt, a, b, rt.None)
		} else if slot := op.inplaceSlot(n); slot != nil {
			r = slot(rt, a, b)
		} else {
			rt.Incref(r)
		}
		if r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	r := rt.binaryOp1(a, b, op)
	if r != rt.NotImplemented {
		return r
	}
	rt.Decref(r)
	if op == OpPow {
		rt.Raise("TypeError", "unsupported operand type(s) for **=: '%s' and '%s'", rt.TypeNameOf(a), rt.TypeNameOf(b))
		return Nil
	}
	return rt.binaryFallback(a, b, op, true)
}

// Power returns pow(a, b, c) (c None for two-argument pow).
func (rt *Runtime) Power(a, b, c Ref) Ref {
	if c == rt.None {
		return rt.BinaryOp(a, b, OpPow)
	}
	// CPython's ternary_op: the slots of a, b (first when its type is a proper
	// subclass of a's) and c, each number protocol once.
	ta, tb, tc := rt.TypeOf(a), rt.TypeOf(b), rt.TypeOf(c)
	order := []*Type{ta, tb, tc}
	if ta != tb && rt.IsSubtype(tb, ta) {
		order[0], order[1] = tb, ta
	}
	var tried [3]*NumberSlots
	for i, t := range order {
		n := t.Number
		if n == nil || n.Power == nil || n == tried[0] || n == tried[1] {
			continue
		}
		tried[i] = n
		if r := n.Power(rt, a, b, c); r != rt.NotImplemented {
			return r
		}
		rt.Decref(rt.NotImplemented)
	}
	rt.Raise("TypeError", "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta.Name, tb.Name, tc.Name)
	return Nil
}

// UnaryOperator names a unary operation.
type UnaryOperator int

const (
	OpNeg UnaryOperator = iota
	OpPos
	OpInvert
	OpAbs
)

// UnaryOp returns -r, +r, ~r or abs(r).
func (rt *Runtime) UnaryOp(r Ref, op UnaryOperator) Ref {
	t := rt.TypeOf(r)
	var f UnaryFunc
	if n := t.Number; n != nil {
		f = [...]UnaryFunc{n.Negative, n.Positive, n.Invert, n.Absolute}[op]
	}
	if f == nil {
		if op == OpAbs {
			rt.Raise("TypeError", "bad operand type for abs(): '%s'", t.Name)
		} else {
			rt.Raise("TypeError", "bad operand type for unary %s: '%s'", [...]string{"-", "+", "~"}[op], t.Name)
		}
		return Nil
	}
	return f(rt, r)
}
