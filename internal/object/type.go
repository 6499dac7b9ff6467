// Type objects and their slots. See doc.go.

package object

import (
	"strings"
	"unsafe"
)

// TypeFlags describe a type (CPython's tp_flags, the ones pyheap uses).
type TypeFlags uint32

const (
	// TypeGC: instances are containers with a GC header after the object header,
	// and the type has Traverse (and usually Clear).
	TypeGC TypeFlags = 1 << iota
	// TypeBaseType: the type can be subclassed.
	TypeBaseType
	// TypeHeapType: the type was created at run time (a class statement) and dies
	// like any object; otherwise it is static, immortal, in the data area.
	TypeHeapType
	// TypeWeakrefable: instances can be weakly referenced (the type has a
	// WeaklistOffset, which is what the runtime checks).
	TypeWeakrefable
	// TypeVarSize: instances are a fixed part plus ItemSize bytes per item.
	TypeVarSize
	// Subclass markers, for fast isinstance checks of the built-in families.
	TypeIntSubclass
	TypeStrSubclass
	TypeBytesSubclass
	TypeTupleSubclass
	TypeListSubclass
	TypeDictSubclass
	TypeExceptionSubclass
	TypeTypeSubclass
	// TypeMethodDescriptor: the type's instances, found on a class, behave as
	// methods (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR): calling one with the
	// instance as first argument is the same as binding it and calling the
	// result, so the VM's LOAD_METHOD may skip making the bound method.
	TypeMethodDescriptor
)

// CompareOp is a rich comparison operator, numbered as CPython's Py_LT..Py_GE.
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Swapped returns the operator with its operands exchanged (a < b is b > a).
func (op CompareOp) Swapped() CompareOp { return [...]CompareOp{GT, GE, EQ, NE, LT, LE}[op] }

// Symbol returns the operator's spelling, as error messages show it.
func (op CompareOp) Symbol() string { return [...]string{"<", "<=", "==", "!=", ">", ">="}[op] }

// Slot function conventions (CPython's): arguments are borrowed references; a
// returned Ref is a new reference, or Nil when the slot raised (rt.Err is set). A
// slot returning int returns -1 on error. Visit is called with each reference an
// object holds, for the collector; it returns false to stop early.
type (
	UnaryFunc    func(rt *Runtime, self Ref) Ref
	BinaryFunc   func(rt *Runtime, a, b Ref) Ref
	TernaryFunc  func(rt *Runtime, a, b, c Ref) Ref
	InquiryFunc  func(rt *Runtime, self Ref) int // -1 error, else 0/1
	LenFunc      func(rt *Runtime, self Ref) int // -1 error
	HashFunc     func(rt *Runtime, self Ref) (hash int64, ok bool)
	CompareFunc  func(rt *Runtime, a, b Ref, op CompareOp) Ref // may return NotImplemented
	VisitFunc    func(r Ref) bool
	TraverseFunc func(rt *Runtime, self Ref, visit VisitFunc) bool
	DestroyFunc  func(rt *Runtime, self Ref)
	GetAttrFunc  func(rt *Runtime, self, name Ref) Ref
	SetAttrFunc  func(rt *Runtime, self, name, value Ref) int // value Nil deletes; -1 error
	IndexFunc    func(rt *Runtime, self Ref, i int) Ref
	SetIndexFunc func(rt *Runtime, self Ref, i int, value Ref) int
	// CallFunc is a vectorcall: positional args, then the values of the keyword
	// arguments whose names are in kwnames (a tuple of str, or Nil).
	CallFunc     func(rt *Runtime, callable Ref, args []Ref, kwnames Ref) Ref
	DescrGetFunc func(rt *Runtime, descr, obj, typ Ref) Ref // obj Nil: looked up on the type
	DescrSetFunc func(rt *Runtime, descr, obj, value Ref) int
	// NewFunc creates an instance of t (which may be a subclass of the slot's type).
	NewFunc  func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref
	InitFunc func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int
)

// NumberSlots is the number protocol (CPython's PyNumberMethods). Binary slots are
// called for both operand orders, as in CPython: the slot must check which operand
// is its own type and return NotImplemented for what it does not handle.
type NumberSlots struct {
	Add, Subtract, Multiply, Remainder, Divmod, FloorDivide, TrueDivide BinaryFunc
	Power                                                               TernaryFunc
	Lshift, Rshift, And, Xor, Or, MatrixMultiply                        BinaryFunc
	Negative, Positive, Absolute, Invert                                UnaryFunc
	Bool                                                                InquiryFunc
	Int, Float, Index                                                   UnaryFunc
	InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceRemainder      BinaryFunc
	InplaceFloorDivide, InplaceTrueDivide, InplaceMatrixMultiply        BinaryFunc
	InplacePower                                                        TernaryFunc
	InplaceLshift, InplaceRshift, InplaceAnd, InplaceXor, InplaceOr     BinaryFunc
}

// SequenceSlots is the sequence protocol (CPython's PySequenceMethods).
type SequenceSlots struct {
	Length        LenFunc
	Concat        BinaryFunc
	Repeat        func(rt *Runtime, self Ref, n int) Ref
	Item          IndexFunc
	AssItem       SetIndexFunc // value Nil deletes
	Contains      func(rt *Runtime, self, value Ref) int
	InplaceConcat BinaryFunc
	InplaceRepeat func(rt *Runtime, self Ref, n int) Ref
}

// MappingSlots is the mapping protocol (CPython's PyMappingMethods); subscripting
// with any key, slices included, goes through it.
type MappingSlots struct {
	Length       LenFunc
	Subscript    BinaryFunc
	AssSubscript func(rt *Runtime, self, key, value Ref) int // value Nil deletes
}

// Type is the Go side of a type object: its slots and layout. The Python-visible part
// (name, __dict__, bases, MRO) is the heap object at Ref, which stores Index, the
// Type's place in Runtime.types; an object's type is found from its header in two
// loads (TypeOf). Go function values cannot live in the private heap, so they live
// here, as DESIGN.md prescribes for Go values that Python objects need.
type Type struct {
	Ref   Ref // the type object
	Index uint32
	Name  string // tp_name: "int", "collections.OrderedDict", a class's __name__
	Flags TypeFlags
	Base  *Type
	// Size is the bytes of an instance (GC header included); for TypeVarSize types
	// the fixed part, with ItemSize bytes per item after it.
	Size, ItemSize uintptr
	// DictOffset is the offset of the instance __dict__ Ref (0: none);
	// WeaklistOffset that of the weak-reference list head (0: none).
	DictOffset, WeaklistOffset uintptr

	Dealloc  DestroyFunc // frees the object: drops its references, untracks, frees memory
	Traverse TraverseFunc
	Clear    DestroyFunc // drops the references that may form cycles (collector)
	Finalize DestroyFunc // __del__ (PEP 442 tp_finalize), called at most once

	Repr, Str   UnaryFunc
	Hash        HashFunc
	RichCompare CompareFunc
	GetAttr     GetAttrFunc
	SetAttr     SetAttrFunc
	Iter, Next  UnaryFunc // Next returns Nil with no error set when exhausted
	Call        CallFunc
	DescrGet    DescrGetFunc
	DescrSet    DescrSetFunc
	New         NewFunc
	Init        InitFunc

	Number   *NumberSlots
	Sequence *SequenceSlots
	Mapping  *MappingSlots

	// Methods and GetSets become descriptors in the type's dict when a built-in type
	// is built.
	Methods []MethodDef
	GetSets []GetSetDef

	// Doc is a built-in type's docstring (tp_doc): what __doc__ gives for it.
	Doc string

	// Data is for the layer that defines the type (the VM keeps a class's Python
	// methods here, a module its own state).
	Data any

	// Version tags the state of the type's attribute lookups (CPython's
	// tp_version_tag): unique in the runtime, never reused, replaced by
	// TypeChanged whenever the namespace of the type or of one of its bases
	// changes, and 0 once the type is dead. A cache of lookups on the type is
	// valid while the Version it recorded is the type's.
	Version uint32
}

// TypeChanged gives t a new Version: lookups cached against the old one are stale.
func (rt *Runtime) TypeChanged(t *Type) {
	rt.typeVersion++
	t.Version = rt.typeVersion
}

// The heap layout of a type object (after the object header and the GC header):
const (
	typeOffIndex    = 16 // uint32: the Type's index in Runtime.types
	typeOffFlags    = 20 // uint32: TypeFlags
	typeOffDict     = 24 // Ref: tp_dict, the type's namespace
	typeOffName     = 28 // Ref: __name__ (str)
	typeOffQualname = 32 // Ref: __qualname__ (str)
	typeOffBases    = 36 // Ref: __bases__ (tuple)
	typeOffMRO      = 40 // Ref: __mro__ (tuple)
	typeOffBase     = 44 // Ref: __base__
	typeOffWeaklist = 48 // Ref: the weak references to the class
	typeObjectSize  = 52
)

// shortName is the type's __name__: its name after the last dot.
func (t *Type) shortName() string {
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[i+1:]
	}
	return t.Name
}

// TypeOf returns r's type.
func (rt *Runtime) TypeOf(r Ref) *Type {
	if r&1 != 0 {
		return rt.IntType
	}
	t := rt.hdr(r).typ &^ hdrFinalized
	return rt.types[binaryLE32(rt, t, typeOffIndex)]
}

// TypeRefOf returns r's type object (borrowed).
func (rt *Runtime) TypeRefOf(r Ref) Ref {
	if r&1 != 0 {
		return rt.IntType.Ref
	}
	return rt.hdr(r).typ &^ hdrFinalized
}

// TypeFromRef returns the Type of a type object.
func (rt *Runtime) TypeFromRef(t Ref) *Type {
	return rt.types[*(*uint32)(unsafe.Add(rt.base, uintptr(t)<<refShift+typeOffIndex))] // inline cost under 20
}

// TypeOfRaw returns the Type of a type word from RawType (the finalized flag
// masked): with RawType, TypeOf for a heap object in two steps that each inline
// into the eval loop.
func (rt *Runtime) TypeOfRaw(word Ref) *Type { return rt.TypeFromRef(word &^ hdrFinalized) }

// IsType reports whether r is a type object.
func (rt *Runtime) IsType(r Ref) bool {
	return r&1 == 0 && r != 0 && rt.TypeOf(r).Flags&TypeTypeSubclass != 0
}

func binaryLE32(rt *Runtime, r Ref, off uintptr) uint32 {
	return *(*uint32)(rt.field(r, off))
}

// IsSubtype reports whether a is b or a subclass of it (by the MRO when known, by the
// Base chain while types are being built).
func (rt *Runtime) IsSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	if mro := rt.refField(a.Ref, typeOffMRO); mro != Nil {
		for _, t := range rt.TupleItems(mro) {
			if t == b.Ref {
				return true
			}
		}
		return false
	}
	for t := a.Base; t != nil; t = t.Base {
		if t == b {
			return true
		}
	}
	return false
}

// IsInstance reports whether r's type is t or a subclass of it.
func (rt *Runtime) IsInstance(r Ref, t *Type) bool { return rt.IsSubtype(rt.TypeOf(r), t) }

// TypeDict returns t's namespace dict (borrowed).
func (rt *Runtime) TypeDict(t *Type) Ref { return rt.refField(t.Ref, typeOffDict) }

// TypeMRO returns t's __mro__ tuple (borrowed; Nil while the type is being built).
func (rt *Runtime) TypeMRO(t *Type) Ref { return rt.refField(t.Ref, typeOffMRO) }

// TypeBases returns t's __bases__ tuple (borrowed).
func (rt *Runtime) TypeBases(t *Type) Ref { return rt.refField(t.Ref, typeOffBases) }

// TypeName returns t's __name__ (borrowed str).
func (rt *Runtime) TypeName(t *Type) Ref { return rt.refField(t.Ref, typeOffName) }

// SetTypeSlots stores the namespace, bases, MRO and names of a type object; each Ref
// is a new reference the type object takes over (Nil leaves the field alone).
func (rt *Runtime) SetTypeSlots(t *Type, dict, bases, mro, name, qualname Ref) {
	for _, f := range []struct {
		off uintptr
		v   Ref
	}{{typeOffDict, dict}, {typeOffBases, bases}, {typeOffMRO, mro}, {typeOffName, name}, {typeOffQualname, qualname}} {
		if f.v != Nil {
			rt.Replace((*Ref)(rt.field(t.Ref, f.off)), f.v)
		}
	}
}

// LookupType finds name in the MRO of t (CPython's _PyType_Lookup): a borrowed
// reference, or Nil if absent (no exception is set).
func (rt *Runtime) LookupType(t *Type, name Ref) Ref {
	mro := rt.TypeMRO(t)
	if mro == Nil {
		for ; t != nil; t = t.Base {
			if v := rt.DictGetStr(rt.TypeDict(t), name); v != Nil {
				return v
			}
		}
		return Nil
	}
	for _, tr := range rt.TupleItems(mro) {
		if v := rt.DictGetStr(rt.TypeDict(rt.TypeFromRef(tr)), name); v != Nil {
			return v
		}
	}
	return Nil
}
