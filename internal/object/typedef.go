// Defining built-in types from outside this package: the VM's function, code and
// frame types, the modules' types. See doc.go.

package object

// BuiltinType describes a type implemented in Go by another package. Fill in the
// slots of the returned Type (and its Methods and GetSets), then call FinishType.
//
// NewBuiltinType creates it: a static, immortal type object in the data area, with
// single inheritance from base (ObjectType when nil).
func (rt *Runtime) NewBuiltinType(name string, base *Type, size uintptr, flags TypeFlags) *Type {
	if base == nil {
		base = rt.ObjectType
	}
	return rt.defType(name, base, size, flags)
}

// FinishType completes a type made by NewBuiltinType once its slots are set:
// inherited slots, its namespace with a descriptor per MethodDef and GetSetDef, its
// bases and MRO. Slots changed afterwards take effect at once; methods added to
// Methods afterwards do not.
// Like NewStaticType's, the type is then told to the StaticTypeReady hook (the VM
// adds its slot wrappers: __init__, __repr__, __eq__ and the rest).
func (rt *Runtime) FinishType(t *Type) {
	rt.finishType(t)
	if f := rt.hooks.StaticTypeReady; f != nil {
		f(t)
	}
}
