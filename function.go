package pyheap

import (
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// Function is a Go function callable from Python. Put it in a Module, or pass it
// to NewValue, SetGlobal or Call.
type Function struct {
	Name string
	Doc  string
	// Params names the parameters, which Python passes by position or keyword;
	// a name ending in "?" is optional (it and those after it may be left out,
	// and Fn then gets nil for them). Calls that do not fit raise TypeError with
	// CPython's messages ("f() missing 1 required positional argument: 'x'").
	// A nil Params takes any number of positional arguments.
	Params []string
	// Fn runs the call. Its arguments are valid during the call only (Clone one to
	// keep it). It returns a Go value for NewValue (a *Value it made is taken over
	// and closed), or an error, which raises: an *Error as its built-in type (see
	// Raise), a context error as KeyboardInterrupt, any other as RuntimeError.
	// A panic in Fn is recovered and raises SystemError.
	Fn func(it *Interpreter, args []*Value) (any, error)
}

// Module is a module written in Go (Options.Modules).
type Module struct {
	Doc       string
	Functions []*Function
	// Values are the module's other attributes, converted by NewValue when the
	// module is first imported.
	Values map[string]any
}

// spec binds Params with the interpreter's messages.
func (f *Function) spec() (*modargs.Spec, error) {
	s := &modargs.Spec{Name: f.Name, Python: true}
	optional := false
	for _, p := range f.Params {
		name, opt := strings.CutSuffix(p, "?")
		if name == "" {
			return nil, fmt.Errorf("pyheap: function %s: an empty parameter name", f.Name)
		}
		if opt {
			optional = true
		} else if optional {
			return nil, fmt.Errorf("pyheap: function %s: required parameter %s after an optional one", f.Name, name)
		}
		if !opt {
			s.Required++
		}
		s.Names = append(s.Names, name)
	}
	return s, nil
}

// newBuiltin makes a built-in function object for f (a new reference), module
// being its __module__ holder (borrowed; Nil for none).
func (it *Interpreter) newBuiltin(f *Function, module object.Ref) (object.Ref, error) {
	if f.Fn == nil || f.Name == "" {
		return object.Nil, fmt.Errorf("pyheap: a Function needs a Name and an Fn")
	}
	var spec *modargs.Spec
	if f.Params != nil {
		var err error
		if spec, err = f.spec(); err != nil {
			return object.Nil, err
		}
	}
	def := &object.MethodDef{Name: f.Name, Doc: f.Doc, Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		vals := args
		if spec != nil {
			var ok bool
			if vals, ok = spec.Bind(rt, args, kw); !ok {
				return object.Nil
			}
		} else if rt.NumKwargs(kw) > 0 {
			rt.Raise("TypeError", "%s() takes no keyword arguments", f.Name)
			return object.Nil
		}
		handles := make([]*Value, len(vals))
		for i, a := range vals {
			if a != object.Nil {
				handles[i] = it.wrap(rt.New(a))
			}
		}
		res, err := it.callGo(f, handles)
		r := object.Nil
		if err == nil {
			r, err = it.convert(res, 0) // before the arguments close: res may be one
		}
		for _, h := range handles {
			h.Close()
		}
		if v, ok := res.(*Value); ok && v.it == it {
			v.Close() // taken over
		}
		if err != nil {
			rt.Decref(r)
			it.raiseErr(err)
			return object.Nil
		}
		return r
	}}
	r := it.in.RT.NewBuiltinFunction(def, object.Nil, module)
	if r == object.Nil {
		return object.Nil, it.fetchErr()
	}
	return r, nil
}

// callGo runs f.Fn, turning a panic into an error.
func (it *Interpreter) callGo(f *Function, args []*Value) (res any, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, Raise("SystemError", "Go function %s panicked: %v", f.Name, p)
		}
	}()
	return f.Fn(it, args)
}

// newGoModule builds the module m under name (a new reference, or Nil with an
// exception set).
func (it *Interpreter) newGoModule(name string, m *Module) object.Ref {
	rt := it.in.RT
	mod := rt.NewModule(name)
	if mod == object.Nil {
		return object.Nil
	}
	fail := func(err error) object.Ref {
		rt.Decref(mod)
		if !rt.Occurred() {
			if err == nil {
				err = Raise("SystemError", "module %s could not be built", name)
			}
			it.raiseErr(err)
		}
		return object.Nil
	}
	d := rt.ModuleDict(mod)
	if m.Doc != "" {
		doc := rt.NewStr(m.Doc)
		if doc == object.Nil {
			return fail(nil)
		}
		rt.DictSetStr(d, "__doc__", doc)
		rt.Decref(doc)
	}
	for _, f := range m.Functions {
		fr, err := it.newBuiltin(f, mod)
		if err != nil {
			return fail(err)
		}
		ok := rt.DictSetStr(d, f.Name, fr) >= 0
		rt.Decref(fr)
		if !ok {
			return fail(nil)
		}
	}
	for _, k := range sortedKeys(m.Values) {
		r, err := it.convert(m.Values[k], 0)
		if err != nil || r == object.Nil {
			return fail(err)
		}
		ok := rt.DictSetStr(d, k, r) >= 0
		rt.Decref(r)
		if !ok {
			return fail(nil)
		}
	}
	return mod
}
