// The slots of classes: Go closures that call the class's Python dunders. See doc.go.

package vm

import (
	"strings"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// userAttr finds a dunder defined in Python (not a built-in type's own method) in
// t's MRO: borrowed, or Nil.
func (in *Interp) userAttr(t *object.Type, name string) Ref {
	ci, ok := t.Data.(*classInfo)
	if ok {
		p := unsafe.StringData(name)
		for i := range ci.recent {
			if r := &ci.recent[i]; r.name == p && r.n == len(name) {
				return r.v
			}
		}
		if v, hit := ci.cache[name]; hit {
			ci.recent[ci.recentNext%4] = recentAttr{p, len(name), v}
			ci.recentNext++
			return v
		}
	}
	v := in.userAttrLookup(t, name)
	if ok {
		if ci.cache == nil {
			ci.cache = make(map[string]Ref, 8) // installSlots asks only for what the MRO dicts define
		}
		ci.cache[name] = v
	}
	return v
}

// recentAttr is one of classInfo.recent: a name (its bytes' address and length)
// and what userAttr found for it.
type recentAttr struct {
	name *byte
	n    int
	v    Ref
}

func (in *Interp) userAttrLookup(t *object.Type, name string) Ref {
	rt := in.RT
	n := in.Str(name)
	mro := rt.TypeMRO(t)
	if mro == Nil {
		return Nil
	}
	for _, c := range rt.TupleItems(mro) {
		ct := rt.TypeFromRef(c)
		v := rt.DictGetStr(rt.TypeDict(ct), n)
		if v == Nil {
			continue
		}
		if ct.Flags&object.TypeHeapType == 0 {
			return Nil // a built-in type's own: use its slot
		}
		return v
	}
	return Nil
}

// userNames lists the dunder names (str keys "__...") of the dicts of the heap
// types in t's MRO: userAttr finds no other dunder.
func (in *Interp) userNames(t *object.Type) []string {
	rt := in.RT
	mro := rt.TypeMRO(t)
	if mro == Nil {
		return nil
	}
	var names []string
	for _, c := range rt.TupleItems(mro) {
		ct := rt.TypeFromRef(c)
		if ct.Flags&object.TypeHeapType == 0 {
			continue
		}
		d := rt.TypeDict(ct)
		for pos := 0; d != Nil; {
			k, _, ok := rt.DictNext(d, &pos)
			if !ok {
				break
			}
			if rt.IsStr(k) {
				if n := rt.GoString(k); strings.HasPrefix(n, "__") {
					names = append(names, n)
				}
			}
		}
	}
	return names
}

// callDunder calls type(self).name(self, *args) when Python defines it; found is
// false when it does not.
func (in *Interp) callDunder(self Ref, name string, args ...Ref) (r Ref, found bool) {
	rt := in.RT
	t := rt.TypeOf(self)
	v := in.userAttr(t, name)
	if v == Nil {
		return Nil, false
	}
	if v == rt.None {
		return Nil, true
	}
	rt.Incref(v)
	defer rt.Decref(v)
	if in.isFunction(v) {
		return in.callPrepend(v, self, args, Nil), true
	}
	var m Ref
	if get := rt.TypeOf(v).DescrGet; get != nil {
		m = get(rt, v, self, t.Ref)
	} else {
		m = rt.New(v)
	}
	if m == Nil {
		return Nil, true
	}
	defer rt.Decref(m)
	return in.callPrepend(m, Nil, args, Nil), true
}

var binaryDunders = [...][3]string{
	object.OpAdd: {"__add__", "__radd__", "__iadd__"}, object.OpSub: {"__sub__", "__rsub__", "__isub__"},
	object.OpMul: {"__mul__", "__rmul__", "__imul__"}, object.OpMod: {"__mod__", "__rmod__", "__imod__"},
	object.OpDivmod: {"__divmod__", "__rdivmod__", ""}, object.OpFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	object.OpTrueDiv: {"__truediv__", "__rtruediv__", "__itruediv__"}, object.OpPow: {"__pow__", "__rpow__", "__ipow__"},
	object.OpLshift: {"__lshift__", "__rlshift__", "__ilshift__"}, object.OpRshift: {"__rshift__", "__rrshift__", "__irshift__"},
	object.OpAnd: {"__and__", "__rand__", "__iand__"}, object.OpXor: {"__xor__", "__rxor__", "__ixor__"},
	object.OpOr: {"__or__", "__ror__", "__ior__"}, object.OpMatMul: {"__matmul__", "__rmatmul__", "__imatmul__"},
}

// binarySlot makes the number slot of op for a class whose number slots are at
// mine. abstract.go calls a's slot, then b's (CPython's binary_op1): called as a's,
// it calls a.__op__(b); called as b's, b.__rop__(a).
func (in *Interp) binarySlot(op object.BinaryOperator, mine *object.NumberSlots) object.BinaryFunc {
	names := binaryDunders[op]
	return func(rt *object.Runtime, a, b Ref) Ref {
		ta, tb := rt.TypeOf(a), rt.TypeOf(b)
		if ta.Number == mine {
			if in.userAttr(ta, names[0]) != Nil {
				r, _ := in.callDunder(a, names[0], b)
				return r
			}
			if tb.Number != mine || ta == tb {
				return rt.New(rt.NotImplemented)
			}
		}
		if ta != tb && in.userAttr(tb, names[1]) != Nil {
			r, _ := in.callDunder(b, names[1], a)
			return r
		}
		return rt.New(rt.NotImplemented)
	}
}

func (in *Interp) inplaceSlot(op object.BinaryOperator) object.BinaryFunc {
	name := binaryDunders[op][2]
	return func(rt *object.Runtime, a, b Ref) Ref {
		r, found := in.callDunder(a, name, b)
		if !found {
			return rt.New(rt.NotImplemented)
		}
		return r
	}
}

func (in *Interp) unarySlot(name string, fallback object.UnaryFunc) object.UnaryFunc {
	return func(rt *object.Runtime, a Ref) Ref {
		r, found := in.callDunder(a, name)
		if !found {
			if fallback != nil {
				return fallback(rt, a)
			}
			rt.Raise("TypeError", "bad operand type for %s: '%s'", name, rt.TypeNameOf(a))
			return Nil
		}
		return r
	}
}

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// installSlots points t's slots at the dunders its MRO defines in Python.
func (in *Interp) installSlots(t *object.Type) {
	rt := in.RT
	ci := t.Data.(*classInfo)
	st := ci.static
	base := t.Base
	// Only a name in a class's own dict along the MRO can have a user definition:
	// the ~80 dunders asked about below are first looked for in that short list.
	defined := in.userNames(t)
	user := func(name string) Ref {
		for _, d := range defined {
			if d == name {
				return in.userAttr(t, name)
			}
		}
		return Nil
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if user(n) != Nil {
				return true
			}
		}
		return false
	}

	t.Repr, t.Str = base.Repr, base.Str
	if has("__repr__") {
		t.Repr = func(rt *object.Runtime, self Ref) Ref {
			r, _ := in.callDunder(self, "__repr__")
			if r != Nil && !rt.IsStr(r) {
				rt.Raise("TypeError", "__repr__ returned non-string (type %s)", rt.TypeNameOf(r))
				rt.Decref(r)
				return Nil
			}
			return r
		}
	}
	if has("__str__") {
		t.Str = func(rt *object.Runtime, self Ref) Ref {
			r, _ := in.callDunder(self, "__str__")
			if r != Nil && !rt.IsStr(r) {
				rt.Raise("TypeError", "__str__ returned non-string (type %s)", rt.TypeNameOf(r))
				rt.Decref(r)
				return Nil
			}
			return r
		}
	} else if has("__repr__") && (st.Str == nil || st == rt.ObjectType) {
		t.Str = nil
	}
	t.Hash = base.Hash
	if v := user("__hash__"); v != Nil {
		if v == rt.None {
			t.Hash = func(rt *object.Runtime, self Ref) (int64, bool) {
				rt.Raise("TypeError", "unhashable type: '%s'", rt.TypeNameOf(self))
				return 0, false
			}
		} else {
			t.Hash = func(rt *object.Runtime, self Ref) (int64, bool) {
				r, _ := in.callDunder(self, "__hash__")
				if r == Nil {
					return 0, false
				}
				defer rt.Decref(r)
				if !rt.IsInt(r) {
					rt.Raise("TypeError", "__hash__ method should return an integer")
					return 0, false
				}
				// An int that fits a hash is the hash as it is (CPython's
				// slot_tp_hash: so that x.__hash__() returning hash(y) makes
				// hash(x) == hash(y)); a larger one is hashed as an int.
				h, ok := rt.IntAsInt64(r)
				if !ok {
					return rt.Hash(r)
				}
				if h == -1 {
					h = -2
				}
				return h, true
			}
		}
	}
	t.RichCompare = base.RichCompare
	if has(compareDunders[:]...) {
		fallback := st.RichCompare
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			if in.isUserClass(rt.TypeOf(a)) {
				r, found := in.callDunder(a, compareDunders[op], b)
				if found {
					if r == Nil && !rt.Occurred() {
						return rt.New(rt.NotImplemented)
					}
					return r
				}
			}
			if op == object.NE && in.isUserClass(rt.TypeOf(a)) && in.userAttr(rt.TypeOf(a), "__eq__") != Nil {
				r, _ := in.callDunder(a, "__eq__", b)
				if r == Nil || r == rt.NotImplemented {
					return r
				}
				v := rt.IsTrue(r)
				rt.Decref(r)
				if v < 0 {
					return Nil
				}
				return rt.NewBool(v == 0)
			}
			if fallback != nil {
				return fallback(rt, a, b, op)
			}
			return rt.New(rt.NotImplemented)
		}
	}
	t.GetAttr = base.GetAttr
	if has("__getattribute__", "__getattr__") {
		stGet := st.GetAttr
		t.GetAttr = func(rt *object.Runtime, self, name Ref) Ref {
			var r Ref
			if in.userAttr(rt.TypeOf(self), "__getattribute__") != Nil {
				r, _ = in.callDunder(self, "__getattribute__", name)
			} else if stGet != nil {
				r = stGet(rt, self, name)
			} else {
				r = rt.GenericGetAttr(self, name)
			}
			if r == Nil && rt.ErrMatchesName("AttributeError") && in.userAttr(rt.TypeOf(self), "__getattr__") != Nil {
				rt.ClearErr()
				r, _ = in.callDunder(self, "__getattr__", name)
			}
			return r
		}
	}
	t.SetAttr = base.SetAttr
	if has("__setattr__", "__delattr__") {
		stSet := st.SetAttr
		t.SetAttr = func(rt *object.Runtime, self, name, value Ref) int {
			var r Ref
			var found bool
			if value == Nil {
				r, found = in.callDunder(self, "__delattr__", name)
			} else {
				r, found = in.callDunder(self, "__setattr__", name, value)
			}
			if !found {
				if stSet != nil {
					return stSet(rt, self, name, value)
				}
				return rt.GenericSetAttr(self, name, value)
			}
			if r == Nil {
				return -1
			}
			rt.Decref(r)
			return 0
		}
	}
	t.Iter = base.Iter
	if has("__iter__") {
		t.Iter = func(rt *object.Runtime, self Ref) Ref {
			r, _ := in.callDunder(self, "__iter__")
			if r == Nil && !rt.Occurred() {
				rt.Raise("TypeError", "'%s' object is not iterable", rt.TypeNameOf(self))
			}
			if r != Nil && rt.TypeOf(r).Next == nil {
				rt.Raise("TypeError", "iter() returned non-iterator of type '%s'", rt.TypeNameOf(r))
				rt.Decref(r)
				return Nil
			}
			return r
		}
	} else if has("__getitem__") && st.Iter == nil {
		t.Iter = func(rt *object.Runtime, self Ref) Ref { return rt.NewSeqIter(self) }
	}
	t.Next = base.Next
	if has("__next__") {
		t.Next = func(rt *object.Runtime, self Ref) Ref {
			r, _ := in.callDunder(self, "__next__")
			return r
		}
	}
	t.Call = base.Call
	if has("__call__") {
		t.Call = func(rt *object.Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			v := in.userAttr(rt.TypeOf(self), "__call__")
			if v == Nil {
				rt.Raise("TypeError", "'%s' object is not callable", rt.TypeNameOf(self))
				return Nil
			}
			if in.isFunction(v) {
				return in.callPrepend(v, self, args, kwnames)
			}
			m := rt.GetAttr(self, in.Str("__call__"))
			if m == Nil {
				return Nil
			}
			defer rt.Decref(m)
			return rt.Call(m, args, kwnames)
		}
	}
	t.DescrGet = base.DescrGet
	if has("__get__") {
		t.DescrGet = func(rt *object.Runtime, d, obj, typ Ref) Ref {
			if obj == Nil {
				obj = rt.None
			}
			if typ == Nil {
				typ = rt.None
			}
			r, _ := in.callDunder(d, "__get__", obj, typ)
			return r
		}
	}
	t.DescrSet = base.DescrSet
	if has("__set__", "__delete__") {
		t.DescrSet = func(rt *object.Runtime, d, obj, value Ref) int {
			var r Ref
			var found bool
			if value == Nil {
				r, found = in.callDunder(d, "__delete__", obj)
				if !found {
					rt.Raise("AttributeError", "__delete__")
					return -1
				}
			} else {
				r, found = in.callDunder(d, "__set__", obj, value)
				if !found {
					rt.Raise("AttributeError", "__set__")
					return -1
				}
			}
			if r == Nil {
				return -1
			}
			rt.Decref(r)
			return 0
		}
	}
	t.Finalize = base.Finalize
	if has("__del__") {
		t.Finalize = func(rt *object.Runtime, self Ref) {
			saved := rt.Fetch()
			r, _ := in.callDunder(self, "__del__")
			if r == Nil {
				e := rt.Fetch()
				m := in.userAttr(rt.TypeOf(self), "__del__")
				in.unraisable(e, "", m) // "Exception ignored in: <function C.__del__ ...>"
				rt.Decref(e)
			} else {
				rt.Decref(r)
			}
			rt.Restore(saved)
		}
	}
	t.New = in.newSlot(ci)
	t.Init = in.initSlot(ci)
	in.installLifetime(t, ci)

	// Number protocol.
	np := new(object.NumberSlots)
	if st.Number != nil {
		*np = *st.Number
	}
	num := np
	for op := object.OpAdd; op <= object.OpMatMul; op++ {
		names := binaryDunders[op]
		if has(names[0], names[1]) {
			f := in.binarySlot(op, np)
			switch op {
			case object.OpAdd:
				num.Add = f
			case object.OpSub:
				num.Subtract = f
			case object.OpMul:
				num.Multiply = f
			case object.OpMod:
				num.Remainder = f
			case object.OpDivmod:
				num.Divmod = f
			case object.OpFloorDiv:
				num.FloorDivide = f
			case object.OpTrueDiv:
				num.TrueDivide = f
			case object.OpPow:
				num.Power = func(rt *object.Runtime, a, b, c Ref) Ref {
					if c == rt.None || c == Nil {
						return f(rt, a, b)
					}
					r, found := in.callDunder(a, "__pow__", b, c)
					if !found {
						return rt.New(rt.NotImplemented)
					}
					return r
				}
			case object.OpLshift:
				num.Lshift = f
			case object.OpRshift:
				num.Rshift = f
			case object.OpAnd:
				num.And = f
			case object.OpXor:
				num.Xor = f
			case object.OpOr:
				num.Or = f
			case object.OpMatMul:
				num.MatrixMultiply = f
			}
		}
		if names[2] != "" && has(names[2]) {
			f := in.inplaceSlot(op)
			switch op {
			case object.OpAdd:
				num.InplaceAdd = f
			case object.OpSub:
				num.InplaceSubtract = f
			case object.OpMul:
				num.InplaceMultiply = f
			case object.OpMod:
				num.InplaceRemainder = f
			case object.OpFloorDiv:
				num.InplaceFloorDivide = f
			case object.OpTrueDiv:
				num.InplaceTrueDivide = f
			case object.OpPow:
				num.InplacePower = func(rt *object.Runtime, a, b, c Ref) Ref { return f(rt, a, b) }
			case object.OpLshift:
				num.InplaceLshift = f
			case object.OpRshift:
				num.InplaceRshift = f
			case object.OpAnd:
				num.InplaceAnd = f
			case object.OpXor:
				num.InplaceXor = f
			case object.OpOr:
				num.InplaceOr = f
			case object.OpMatMul:
				num.InplaceMatrixMultiply = f
			}
		}
	}
	if has("__neg__") {
		num.Negative = in.unarySlot("__neg__", nil)
	}
	if has("__pos__") {
		num.Positive = in.unarySlot("__pos__", nil)
	}
	if has("__abs__") {
		num.Absolute = in.unarySlot("__abs__", nil)
	}
	if has("__invert__") {
		num.Invert = in.unarySlot("__invert__", nil)
	}
	if has("__index__") {
		num.Index = in.unarySlot("__index__", nil)
	}
	if has("__int__") {
		num.Int = in.unarySlot("__int__", nil)
	}
	if has("__float__") {
		num.Float = in.unarySlot("__float__", nil)
	}
	if has("__bool__", "__len__") {
		stBool := num.Bool
		num.Bool = func(rt *object.Runtime, self Ref) int {
			r, found := in.callDunder(self, "__bool__")
			if found {
				if r == Nil {
					return -1
				}
				defer rt.Decref(r)
				if r != rt.True && r != rt.False {
					rt.Raise("TypeError", "__bool__ should return bool, returned %s", rt.TypeNameOf(r))
					return -1
				}
				if r == rt.True {
					return 1
				}
				return 0
			}
			if in.userAttr(rt.TypeOf(self), "__len__") != Nil {
				n := rt.Len(self)
				if n < 0 {
					return -1
				}
				if n > 0 {
					return 1
				}
				return 0
			}
			if stBool != nil {
				return stBool(rt, self)
			}
			return 1
		}
	}
	t.Number = num

	// Sequence and mapping protocols.
	var seq object.SequenceSlots
	if st.Sequence != nil {
		seq = *st.Sequence
	}
	var mp object.MappingSlots
	if st.Mapping != nil {
		mp = *st.Mapping
	}
	if has("__len__") {
		l := func(rt *object.Runtime, self Ref) int {
			r, _ := in.callDunder(self, "__len__")
			if r == Nil {
				return -1
			}
			defer rt.Decref(r)
			if !rt.IsInt(r) {
				rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(r))
				return -1
			}
			n, ok := rt.AsIndex(r, "OverflowError")
			if !ok {
				return -1
			}
			if n < 0 {
				rt.Raise("ValueError", "__len__() should return >= 0")
				return -1
			}
			return n
		}
		seq.Length, mp.Length = l, l
	}
	if has("__getitem__") {
		mp.Subscript = func(rt *object.Runtime, self, key Ref) Ref {
			r, _ := in.callDunder(self, "__getitem__", key)
			return r
		}
		seq.Item = func(rt *object.Runtime, self Ref, i int) Ref {
			k := rt.NewInt(int64(i))
			defer rt.Decref(k)
			r, _ := in.callDunder(self, "__getitem__", k)
			return r
		}
	}
	if has("__setitem__", "__delitem__") {
		// A class may define one of the pair and inherit the other from a
		// built-in base (class D(dict) with only __delitem__): that half is the
		// base's own slot, as CPython's slot_mp_ass_subscript finds dict's
		// __setitem__ wrapper.
		var builtinAss func(rt *object.Runtime, self, key, value Ref) int
		for b := t.Base; b != nil; b = b.Base {
			if b.Flags&object.TypeHeapType == 0 {
				if b.Mapping != nil && b.Mapping.AssSubscript != nil {
					builtinAss = b.Mapping.AssSubscript
				}
				break
			}
		}
		mp.AssSubscript = func(rt *object.Runtime, self, key, value Ref) int {
			var r Ref
			var found bool
			if value == Nil {
				r, found = in.callDunder(self, "__delitem__", key)
				if !found {
					if builtinAss != nil {
						return builtinAss(rt, self, key, value)
					}
					rt.Raise("AttributeError", "__delitem__")
					return -1
				}
			} else {
				r, found = in.callDunder(self, "__setitem__", key, value)
				if !found {
					if builtinAss != nil {
						return builtinAss(rt, self, key, value)
					}
					rt.Raise("TypeError", "'%s' object does not support item assignment", rt.TypeNameOf(self))
					return -1
				}
			}
			if r == Nil {
				return -1
			}
			rt.Decref(r)
			return 0
		}
	}
	if has("__contains__") {
		seq.Contains = func(rt *object.Runtime, self, v Ref) int {
			r, _ := in.callDunder(self, "__contains__", v)
			if r == Nil {
				return -1
			}
			defer rt.Decref(r)
			return rt.IsTrue(r)
		}
	}
	t.Sequence = &seq
	t.Mapping = &mp
	_ = rt
}

// lifeAttrs returns userAttr(t, "__new__") and userAttr(t, "__init__"), kept in
// t's classInfo while t's Version stands (any change to a namespace on its MRO
// gives it a new one).
func (in *Interp) lifeAttrs(t *object.Type) (newAttr, initAttr Ref) {
	ci, ok := t.Data.(*classInfo)
	if !ok || t.Version == 0 {
		return in.userAttr(t, "__new__"), in.userAttr(t, "__init__")
	}
	if ci.lifeVersion != t.Version {
		ci.newAttr, ci.initAttr = in.userAttr(t, "__new__"), in.userAttr(t, "__init__")
		ci.lifeVersion = t.Version
	}
	return ci.newAttr, ci.initAttr
}

// newSlot is tp_new of a class: __new__ if Python defines it, else the built-in
// base's allocation.
func (in *Interp) newSlot(ci *classInfo) object.NewFunc {
	return func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		newAttr, initAttr := in.lifeAttrs(t)
		if v := newAttr; v != Nil {
			fn := v
			if rt.TypeOf(v) == in.StaticMethodType {
				fn = in.field(v, smCallable)
			}
			return in.callPrepend(fn, t.Ref, args, kwnames)
		}
		st := in.staticBase(t)
		if st == rt.ObjectType {
			if len(args) > 0 && initAttr == Nil {
				rt.Raise("TypeError", "%s() takes no arguments", t.Name)
				return Nil
			}
			r := rt.AllocObject(t, t.Size)
			if r != Nil {
				rt.Track(r)
			}
			return r
		}
		if st.New == nil {
			rt.Raise("TypeError", "cannot create '%s' instances", t.Name)
			return Nil
		}
		return st.New(rt, t, args, kwnames)
	}
}

func (in *Interp) initSlot(ci *classInfo) object.InitFunc {
	return func(rt *object.Runtime, self Ref, args []Ref, kwnames Ref) int {
		t := rt.TypeOf(self)
		if _, v := in.lifeAttrs(t); v != Nil {
			var r Ref
			if in.isFunction(v) {
				r = in.callPrepend(v, self, args, kwnames)
			} else {
				m, _ := in.bindAttr(v, self, t)
				if m == Nil {
					return -1
				}
				r = rt.Call(m, args, kwnames)
				rt.Decref(m)
			}
			if r == Nil {
				return -1
			}
			defer rt.Decref(r)
			if r != rt.None {
				rt.Raise("TypeError", "__init__() should return None, not '%s'", rt.TypeNameOf(r))
				return -1
			}
			return 0
		}
		st := in.staticBase(t)
		if st == rt.ObjectType {
			return 0
		}
		if st.Init != nil {
			return st.Init(rt, self, args, kwnames)
		}
		return 0
	}
}

func (in *Interp) bindAttr(v, obj Ref, t *object.Type) (Ref, bool) {
	rt := in.RT
	if get := rt.TypeOf(v).DescrGet; get != nil {
		return get(rt, v, obj, t.Ref), true
	}
	return rt.New(v), false
}

// refFields lists the Ref fields a class adds to its base's layout: __dict__ (when
// it added one) and its __slots__, for the whole chain of classes down to the
// built-in base.
func (in *Interp) refFields(t *object.Type) []uintptr {
	var offs []uintptr
	for c := t; c != nil && c.Flags&object.TypeHeapType != 0; c = c.Base {
		ci, ok := c.Data.(*classInfo)
		if !ok {
			break
		}
		offs = append(offs, ci.fields...)
	}
	return offs
}

// installLifetime sets the destructor and collector slots of a class: its own
// fields, then the built-in base's.
func (in *Interp) installLifetime(t *object.Type, ci *classInfo) {
	st := ci.static
	offs := in.refFields(t)
	baseDealloc := st.Dealloc
	baseTraverse := st.Traverse
	baseClear := st.Clear
	objectBase := st == in.RT.ObjectType
	t.Dealloc = func(rt *object.Runtime, r Ref) {
		if rt.IsTracked(r) {
			rt.Untrack(r)
		}
		for _, o := range offs {
			rt.Replace(rt.RefAt(r, o), Nil)
		}
		if objectBase || baseDealloc == nil {
			rt.FreeObject(r)
			return
		}
		baseDealloc(rt, r)
	}
	t.Traverse = func(rt *object.Runtime, r Ref, visit object.VisitFunc) bool {
		for _, o := range offs {
			if v := *rt.RefAt(r, o); v != Nil && !visit(v) {
				return false
			}
		}
		if !visit(rt.TypeRefOf(r)) {
			return false
		}
		if baseTraverse != nil && !objectBase {
			return baseTraverse(rt, r, visit)
		}
		return true
	}
	t.Clear = func(rt *object.Runtime, r Ref) {
		for _, o := range offs {
			rt.Replace(rt.RefAt(r, o), Nil)
		}
		if baseClear != nil && !objectBase {
			baseClear(rt, r)
		}
	}
}
