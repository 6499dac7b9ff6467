// Built-in functions, method descriptors and getset descriptors: how Go functions
// appear as Python callables and attributes. See doc.go.

package object

import (
	"fmt"
	"strings"
)

// MethodFunc is a built-in function or method written in Go. self is the bound
// object (the instance for a method, the type for a class method, the module for a
// module function, Nil for a static method); args holds the positional arguments and
// then the values of the keyword arguments named in kwnames (a tuple of str, or
// Nil). It returns a new reference, or Nil with an exception set.
type MethodFunc func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref

// MethodKind says how a MethodDef binds.
type MethodKind int

const (
	InstanceMethod MethodKind = iota
	ClassMethod
	StaticMethod
)

// MethodDef describes a built-in function or method (CPython's PyMethodDef).
type MethodDef struct {
	Name string
	Fn   MethodFunc
	Kind MethodKind
	Doc  string
}

// GetSetDef describes a computed attribute of a built-in type (CPython's
// PyGetSetDef). Set nil makes the attribute read-only; Set gets value Nil for del.
type GetSetDef struct {
	Name string
	Get  func(rt *Runtime, self Ref) Ref
	Set  func(rt *Runtime, self, value Ref) int
	Doc  string
}

// Layouts:
//
//	builtin function/method   header | GC header | def uint32 | self Ref | module Ref
//	method descriptor         header | def uint32 | type Ref
//	getset descriptor         header | def uint32 | type Ref
const (
	bfOffDef    = 16
	bfOffSelf   = 20
	bfOffModule = 24
	bfSize      = 28

	mdOffDef  = 8
	mdOffType = 12
	mdSize    = 16
)

func (rt *Runtime) methodDef(r Ref, off uintptr) *MethodDef {
	return rt.methodDefs[*rt.Uint32At(r, off)]
}

func (rt *Runtime) registerMethod(def *MethodDef) uint32 {
	rt.methodDefs = append(rt.methodDefs, def)
	return uint32(len(rt.methodDefs) - 1)
}

// NewBuiltinFunction returns a callable for def bound to self (borrowed; Nil for
// none), with module (borrowed; Nil for none) as its __module__ holder.
func (rt *Runtime) NewBuiltinFunction(def *MethodDef, self, module Ref) Ref {
	return rt.newBuiltin(rt.registerMethod(def), self, module)
}

func (rt *Runtime) newBuiltin(index uint32, self, module Ref) Ref {
	f := rt.AllocObject(rt.builtinFunctionType, bfSize)
	if f == Nil {
		return Nil
	}
	*rt.Uint32At(f, bfOffDef) = index
	*rt.RefAt(f, bfOffSelf) = rt.New(self)
	*rt.RefAt(f, bfOffModule) = rt.New(module)
	rt.Track(f)
	return f
}

// BuiltinFunctionSelf returns the object a built-in function is bound to (borrowed).
func (rt *Runtime) BuiltinFunctionSelf(f Ref) Ref { return *rt.RefAt(f, bfOffSelf) }

// BuiltinFunctionName returns a built-in function's name.
func (rt *Runtime) BuiltinFunctionName(f Ref) string { return rt.methodDef(f, bfOffDef).Name }

func builtinCall(rt *Runtime, f Ref, args []Ref, kwnames Ref) Ref {
	return rt.methodDef(f, bfOffDef).Fn(rt, *rt.RefAt(f, bfOffSelf), args, kwnames)
}

func builtinRepr(rt *Runtime, f Ref) Ref {
	def := rt.methodDef(f, bfOffDef)
	self := *rt.RefAt(f, bfOffSelf)
	if self == Nil || rt.TypeOf(self) == rt.moduleType() {
		return rt.NewStr("<built-in function " + def.Name + ">")
	}
	return rt.NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", def.Name, rt.TypeNameOf(self), rt.ID(self)))
}

func (rt *Runtime) moduleType() *Type { return rt.ModuleType }

func builtinDealloc(rt *Runtime, f Ref) {
	rt.Untrack(f)
	rt.Replace(rt.RefAt(f, bfOffSelf), Nil)
	rt.Replace(rt.RefAt(f, bfOffModule), Nil)
	rt.FreeObject(f)
}

func builtinTraverse(rt *Runtime, f Ref, visit VisitFunc) bool {
	for _, off := range []uintptr{bfOffSelf, bfOffModule} {
		if r := *rt.RefAt(f, off); r != Nil && !visit(r) {
			return false
		}
	}
	return true
}

// newMethodDescr returns a static method descriptor of type t for def: a
// wrapper_descriptor for the special methods CPython implements as type slots
// (IsSlotWrapper), else a method_descriptor (classmethod_descriptor for a class
// method; a static method is the plain built-in function).
func (rt *Runtime) newMethodDescr(t *Type, def *MethodDef) Ref {
	var dt *Type
	switch def.Kind {
	case ClassMethod:
		dt = rt.classMethodDescrType
	case StaticMethod:
		// A static method is stored as the plain function; __new__ is bound to
		// its type, as CPython's tp_new wrapper is (int.__new__.__self__ is int).
		if def.Name == "__new__" {
			return rt.newBuiltin(rt.registerMethod(def), t.Ref, Nil)
		}
		return rt.newBuiltin(rt.registerMethod(def), Nil, Nil)
	default:
		dt = rt.methodDescrType
		if rt.IsSlotWrapper(t, def.Name) {
			dt = rt.wrapperDescrType
		}
	}
	d := rt.allocStatic(dt, mdSize)
	*rt.Uint32At(d, mdOffDef) = rt.registerMethod(def)
	*rt.RefAt(d, mdOffType) = t.Ref
	return d
}

func methodDescrOwner(rt *Runtime, d Ref) *Type { return rt.TypeFromRef(*rt.RefAt(d, mdOffType)) }

func methodDescrGet(rt *Runtime, d, obj, typ Ref) Ref {
	if obj == Nil {
		return rt.New(d)
	}
	def, owner := rt.methodDef(d, mdOffDef), methodDescrOwner(rt, d)
	if !rt.IsInstance(obj, owner) {
		rt.Raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.Name, owner.Name, rt.TypeNameOf(obj))
		return Nil
	}
	return rt.newBuiltin(*rt.Uint32At(d, mdOffDef), obj, Nil)
}

func methodDescrCall(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	def, owner := rt.methodDef(d, mdOffDef), methodDescrOwner(rt, d)
	nkw := 0
	if kwnames != Nil {
		nkw = rt.TupleLen(kwnames)
	}
	if len(args)-nkw < 1 {
		rt.Raise("TypeError", "unbound method %s.%s() needs an argument", owner.Name, def.Name)
		return Nil
	}
	if !rt.IsInstance(args[0], owner) {
		rt.Raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.Name, owner.Name, rt.TypeNameOf(args[0]))
		return Nil
	}
	return def.Fn(rt, args[0], args[1:], kwnames)
}

// CallBuiltin calls callable when it is a built-in function or method
// (len(x), sys.intern(s)) or a method descriptor applied to an instance of
// exactly its own type without keywords (l.append(x) after LOAD_METHOD): the
// eval loop's commonest calls into Go, without Call's dispatch through the type
// and the descriptor's checks, which those conditions make true. ok is false,
// and nothing done, for any other callable.
func (rt *Runtime) CallBuiltin(callable Ref, args []Ref, kwnames Ref) (r Ref, ok bool) {
	if callable&1 != 0 {
		return Nil, false
	}
	switch rt.hdr(callable).typ {
	case rt.builtinFunctionType.Ref:
		return rt.methodDef(callable, bfOffDef).Fn(rt, *rt.RefAt(callable, bfOffSelf), args, kwnames), true
	case rt.methodDescrType.Ref:
		if kwnames == Nil && len(args) > 0 && rt.TypeRefOf(args[0]) == *rt.RefAt(callable, mdOffType) {
			return rt.methodDef(callable, mdOffDef).Fn(rt, args[0], args[1:], Nil), true
		}
	}
	return Nil, false
}

func methodDescrRepr(rt *Runtime, d Ref) Ref {
	return rt.NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", rt.methodDef(d, mdOffDef).Name, methodDescrOwner(rt, d).Name))
}

func classMethodDescrGet(rt *Runtime, d, obj, typ Ref) Ref {
	if typ == Nil {
		typ = rt.TypeRefOf(obj)
	}
	return rt.newBuiltin(*rt.Uint32At(d, mdOffDef), typ, Nil)
}

func classMethodDescrCall(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	def := rt.methodDef(d, mdOffDef)
	if len(args) < 1 || !rt.IsType(args[0]) {
		rt.Raise("TypeError", "descriptor '%s' needs a type", def.Name)
		return Nil
	}
	return def.Fn(rt, args[0], args[1:], kwnames)
}

func classMethodDescrRepr(rt *Runtime, d Ref) Ref {
	return rt.NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", rt.methodDef(d, mdOffDef).Name, methodDescrOwner(rt, d).Name))
}

// newGetSetDescr returns a static getset descriptor of type t for def.
func (rt *Runtime) newGetSetDescr(t *Type, def *GetSetDef) Ref {
	d := rt.allocStatic(rt.getsetDescrType, mdSize)
	rt.getsetDefs = append(rt.getsetDefs, def)
	*rt.Uint32At(d, mdOffDef) = uint32(len(rt.getsetDefs) - 1)
	*rt.RefAt(d, mdOffType) = t.Ref
	return d
}

func (rt *Runtime) getsetDef(d Ref) *GetSetDef { return rt.getsetDefs[*rt.Uint32At(d, mdOffDef)] }

func getsetGet(rt *Runtime, d, obj, typ Ref) Ref {
	if obj == Nil {
		return rt.New(d)
	}
	def, owner := rt.getsetDef(d), methodDescrOwner(rt, d)
	if !rt.IsInstance(obj, owner) {
		rt.Raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.Name, owner.Name, rt.TypeNameOf(obj))
		return Nil
	}
	return def.Get(rt, obj)
}

func getsetSet(rt *Runtime, d, obj, value Ref) int {
	def, owner := rt.getsetDef(d), methodDescrOwner(rt, d)
	if def.Set == nil {
		rt.Raise("AttributeError", "attribute '%s' of '%s' objects is not writable", def.Name, owner.Name)
		return -1
	}
	return def.Set(rt, obj, value)
}

func getsetRepr(rt *Runtime, d Ref) Ref {
	return rt.NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", rt.getsetDef(d).Name, methodDescrOwner(rt, d).Name))
}

// NumKwargs returns how many of args are keyword arguments.
func (rt *Runtime) NumKwargs(kwnames Ref) int {
	if kwnames == Nil {
		return 0
	}
	return rt.TupleLen(kwnames)
}

// NoKwargs raises TypeError "name() takes no keyword arguments" and returns false
// when keyword arguments were passed.
func (rt *Runtime) NoKwargs(name string, kwnames Ref) bool {
	if rt.NumKwargs(kwnames) == 0 {
		return true
	}
	rt.Raise("TypeError", "%s() takes no keyword arguments", name)
	return false
}

// CheckArgs checks a built-in's positional argument count against [min, max] (max
// -1: no limit) and that no keyword arguments were passed, raising CPython's
// messages for built-ins with positional-only parameters.
func (rt *Runtime) CheckArgs(name string, args []Ref, kwnames Ref, min, max int) bool {
	if !rt.NoKwargs(name, kwnames) {
		return false
	}
	n := len(args)
	switch {
	case min == max && n != min:
		switch min {
		case 0:
			rt.Raise("TypeError", "%s() takes no arguments (%d given)", name, n)
		case 1:
			rt.Raise("TypeError", "%s() takes exactly one argument (%d given)", name, n)
		default:
			rt.Raise("TypeError", "%s expected %d arguments, got %d", name, min, n)
		}
		return false
	case n < min:
		rt.Raise("TypeError", "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
		return false
	case max >= 0 && n > max:
		rt.Raise("TypeError", "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
		return false
	}
	return true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Slot wrappers. CPython exposes the special methods a built-in type implements
// through its slots (int.__add__, object.__init__, list.__len__) as
// wrapper_descriptor objects, and binds them to method-wrapper objects, not to the
// method_descriptor / builtin_function_or_method pair of ordinary methods. They have
// the layouts of those (a method-wrapper keeps its descriptor where a built-in
// function keeps its module), and differ in names, reprs, error messages and in that
// bound method-wrappers compare equal when they wrap the same method of the same
// object.

// slotDocs maps the name of every special method CPython implements as a type
// slot (its slotdefs table) to the slot wrapper's __doc__.
var slotDocs = map[string]string{
	"__abs__": "abs(self)", "__add__": "Return self+value.", "__and__": "Return self&value.",
	"__bool__": "True if self else False", "__call__": "Call self as a function.",
	"__contains__": "Return key in self.", "__del__": "Called when the instance is about to be destroyed.",
	"__delattr__": "Implement delattr(self, name).", "__delete__": "Delete an attribute of instance.",
	"__delitem__": "Delete self[key].", "__divmod__": "Return divmod(self, value).",
	"__eq__": "Return self==value.", "__float__": "float(self)", "__floordiv__": "Return self//value.",
	"__ge__": "Return self>=value.", "__get__": "Return an attribute of instance, which is of type owner.",
	"__getattribute__": "Return getattr(self, name).", "__getitem__": "Return self[key].",
	"__gt__": "Return self>value.", "__hash__": "Return hash(self).", "__iadd__": "Implement self+=value.",
	"__iand__": "Return self&=value.", "__ifloordiv__": "Return self//=value.",
	"__ilshift__": "Return self<<=value.", "__imatmul__": "Return self@=value.", "__imod__": "Return self%=value.",
	"__imul__": "Implement self*=value.", "__ior__": "Return self|=value.", "__ipow__": "Return self**=value.",
	"__irshift__": "Return self>>=value.", "__isub__": "Return self-=value.",
	"__itruediv__": "Return self/=value.", "__ixor__": "Return self^=value.",
	"__index__": "Return self converted to an integer, if self is suitable for use as an index into a list.",
	"__init__":  "Initialize self.  See help(type(self)) for accurate signature.", "__int__": "int(self)",
	"__invert__": "~self", "__iter__": "Implement iter(self).", "__le__": "Return self<=value.",
	"__len__": "Return len(self).", "__lshift__": "Return self<<value.", "__lt__": "Return self<value.",
	"__matmul__": "Return self@value.", "__mod__": "Return self%value.", "__mul__": "Return self*value.",
	"__ne__": "Return self!=value.", "__neg__": "-self", "__next__": "Implement next(self).",
	"__or__": "Return self|value.", "__pos__": "+self", "__pow__": "Return pow(self, value, mod).",
	"__radd__": "Return value+self.", "__rand__": "Return value&self.", "__rdivmod__": "Return divmod(value, self).",
	"__repr__": "Return repr(self).", "__rfloordiv__": "Return value//self.", "__rlshift__": "Return value<<self.",
	"__rmatmul__": "Return value@self.", "__rmod__": "Return value%self.", "__rmul__": "Return value*self.",
	"__ror__": "Return value|self.", "__rpow__": "Return pow(value, self, mod).", "__rrshift__": "Return value>>self.",
	"__rshift__": "Return self>>value.", "__rsub__": "Return value-self.", "__rtruediv__": "Return value/self.",
	"__rxor__": "Return value^self.", "__set__": "Set an attribute of instance to value.",
	"__setattr__": "Implement setattr(self, name, value).", "__setitem__": "Set self[key] to value.",
	"__str__": "Return str(self).", "__sub__": "Return self-value.", "__truediv__": "Return self/value.",
	"__xor__": "Return self^value.",
}

// IsSlotWrapper reports whether CPython exposes t's special method name as a slot
// wrapper: every slot dunder except the few that built-in types define as ordinary
// methods too (list and dict's __getitem__, for their __class_getitem__-era fast
// paths, and the __contains__ of dict, set and frozenset).
func (rt *Runtime) IsSlotWrapper(t *Type, name string) bool {
	if _, ok := slotDocs[name]; !ok {
		return false
	}
	switch name {
	case "__getitem__":
		return t != rt.ListType && t != rt.DictType
	case "__contains__":
		return t != rt.DictType && t != rt.SetType && t != rt.FrozenSetType
	}
	return true
}

// NewSlotWrapper returns a new wrapper_descriptor of type t for def (an instance
// method), for the layers that build special methods of their own.
func (rt *Runtime) NewSlotWrapper(t *Type, def *MethodDef) Ref {
	d := rt.AllocObject(rt.wrapperDescrType, mdSize)
	if d == Nil {
		return Nil
	}
	*rt.Uint32At(d, mdOffDef) = rt.registerMethod(def)
	*rt.RefAt(d, mdOffType) = rt.New(t.Ref)
	return d
}

func wrapperDescrDealloc(rt *Runtime, d Ref) {
	rt.Replace(rt.RefAt(d, mdOffType), Nil)
	rt.FreeObject(d)
}

func wrapperDescrGet(rt *Runtime, d, obj, typ Ref) Ref {
	if obj == Nil {
		return rt.New(d)
	}
	def, owner := rt.methodDef(d, mdOffDef), methodDescrOwner(rt, d)
	if !rt.IsInstance(obj, owner) {
		rt.Raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.Name, owner.Name, rt.TypeNameOf(obj))
		return Nil
	}
	m := rt.AllocObject(rt.methodWrapperType, bfSize)
	if m == Nil {
		return Nil
	}
	*rt.Uint32At(m, bfOffDef) = *rt.Uint32At(d, mdOffDef)
	*rt.RefAt(m, bfOffSelf) = rt.New(obj)
	*rt.RefAt(m, bfOffModule) = rt.New(d)
	rt.Track(m)
	return m
}

func wrapperDescrCall(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	def, owner := rt.methodDef(d, mdOffDef), methodDescrOwner(rt, d)
	if len(args)-rt.NumKwargs(kwnames) < 1 {
		rt.Raise("TypeError", "descriptor '%s' of '%s' object needs an argument", def.Name, owner.Name)
		return Nil
	}
	if !rt.IsInstance(args[0], owner) {
		rt.Raise("TypeError", "descriptor '%s' requires a '%s' object but received a '%s'", def.Name, owner.Name, rt.TypeNameOf(args[0]))
		return Nil
	}
	return def.Fn(rt, args[0], args[1:], kwnames)
}

func wrapperDescrRepr(rt *Runtime, d Ref) Ref {
	return rt.NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", rt.methodDef(d, mdOffDef).Name, methodDescrOwner(rt, d).Name))
}

func methodWrapperRepr(rt *Runtime, m Ref) Ref {
	self := *rt.RefAt(m, bfOffSelf)
	return rt.NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", rt.methodDef(m, bfOffDef).Name, rt.TypeNameOf(self), rt.ID(self)))
}

func methodWrapperCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if (op != EQ && op != NE) || rt.TypeOf(b) != rt.methodWrapperType {
		return rt.New(rt.NotImplemented)
	}
	same := *rt.RefAt(a, bfOffModule) == *rt.RefAt(b, bfOffModule) && *rt.RefAt(a, bfOffSelf) == *rt.RefAt(b, bfOffSelf)
	return rt.NewBool(same == (op == EQ))
}

func methodWrapperHash(rt *Runtime, m Ref) (int64, bool) {
	h := int64(rt.ID(*rt.RefAt(m, bfOffSelf))>>4) ^ int64(rt.ID(*rt.RefAt(m, bfOffModule))>>4)
	if h == -1 {
		h = -2
	}
	return h, true
}

// DescriptorTypes returns the types of built-in functions and descriptors:
// builtin_function_or_method, method_descriptor, classmethod_descriptor,
// getset_descriptor, wrapper_descriptor and method-wrapper.
func (rt *Runtime) DescriptorTypes() []*Type {
	return []*Type{rt.builtinFunctionType, rt.methodDescrType, rt.classMethodDescrType, rt.getsetDescrType,
		rt.wrapperDescrType, rt.methodWrapperType}
}

// SetBuiltinFunctionDoc sets the docstring of built-in function f. A doc of the
// form "name(signature)\n--\n\nrest", as CPython stores them, also gives f its
// __text_signature__ ("(signature)"), and __doc__ is then the rest.
func (rt *Runtime) SetBuiltinFunctionDoc(f Ref, doc string) {
	rt.methodDef(f, bfOffDef).Doc = doc
}

// splitTextSignature splits a docstring in CPython's internal form into the text
// signature and the doc proper; sig is "" when doc has no signature header.
func splitTextSignature(name, doc string) (sig, rest string) {
	const marker = ")\n--\n\n"
	if !strings.HasPrefix(doc, name+"(") {
		return "", doc
	}
	i := strings.Index(doc, marker)
	if i < 0 {
		return "", doc
	}
	return doc[len(name) : i+1], doc[i+len(marker):]
}
