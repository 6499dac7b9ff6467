package pyheap

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"

	"github.com/pyheap/pyheap/internal/object"
)

// Value is a handle on a Python object held by Go: it keeps one reference to the
// object, which Close releases. A Value belongs to its interpreter: use it on
// that interpreter's goroutine, and not after the interpreter is closed (Close is
// then a no-op). A Value not closed lives until its interpreter closes.
//
// Conversions are explicit: NewValue makes one from a Go value, ToGo and the As
// methods turn one back. A nil *Value is Python's None for every method.
//
// String, Repr, Truth and Attr may run the program's own code (__repr__,
// __bool__, __getattr__); they take no context, but each gets a fresh
// Options.Budget. With untrusted objects and no budget, call them through Call
// (the built-in repr, str, getattr) under a context instead.
type Value struct {
	it  *Interpreter
	ref object.Ref
}

// Tuple is a Python tuple on the Go side (ToGo returns one; NewValue takes one).
type Tuple []any

// wrap makes a Value of a new reference (taken over), or nil for Nil.
func (it *Interpreter) wrap(r object.Ref) *Value {
	if r == object.Nil {
		return nil
	}
	return &Value{it: it, ref: r}
}

// own checks that v may be used with it.
func (it *Interpreter) own(v *Value) error {
	if it.closed {
		return ErrClosed
	}
	if v == nil || v.ref == object.Nil {
		return Raise("TypeError", "'NoneType' object is not callable")
	}
	if v.it != it {
		return fmt.Errorf("pyheap: a value of another interpreter")
	}
	return nil
}

// Close releases the reference. It is safe to call more than once.
func (v *Value) Close() error {
	if v == nil || v.ref == object.Nil {
		return nil
	}
	if !v.it.closed {
		v.it.in.RT.Decref(v.ref)
	}
	v.ref = object.Nil
	return nil
}

// Clone returns another handle on the same object (a Go function keeps its
// arguments past the call this way).
func (v *Value) Clone() *Value {
	if v == nil || v.ref == object.Nil || v.it.closed {
		return nil
	}
	return v.it.wrap(v.it.in.RT.New(v.ref))
}

// alive reports whether v refers to an object (not None through nil, not closed).
func (v *Value) alive() bool { return v != nil && v.ref != object.Nil && !v.it.closed }

// Type returns the name of the object's type ("int", "list", a class's name).
func (v *Value) Type() string {
	if !v.alive() {
		return "NoneType"
	}
	return v.it.in.RT.TypeNameOf(v.ref)
}

// IsNone reports whether the object is None.
func (v *Value) IsNone() bool { return !v.alive() || v.ref == v.it.in.RT.None }

// String returns str() of the object ("<error: ...>" when str() raises).
func (v *Value) String() string { return v.text(false) }

// Repr returns repr() of the object.
func (v *Value) Repr() string { return v.text(true) }

func (v *Value) text(repr bool) string {
	if !v.alive() {
		return "None"
	}
	leave, err := v.it.enter(context.Background()) // __str__ may be Python code: a fresh budget
	if err != nil {
		return "<error: " + err.Error() + ">"
	}
	defer leave()
	rt := v.it.in.RT
	var s object.Ref
	if repr {
		s = rt.Repr(v.ref)
	} else {
		s = rt.Str(v.ref)
	}
	if s == object.Nil {
		return "<error: " + v.it.fetchErr().Error() + ">"
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

func typeErr(v *Value, want string) error {
	return Raise("TypeError", "expected %s, not %s", want, v.Type())
}

// AsBool returns a bool object's value (TypeError for anything else).
func (v *Value) AsBool() (bool, error) {
	if !v.alive() || v.it.in.RT.TypeOf(v.ref) != v.it.in.RT.BoolType {
		return false, typeErr(v, "bool")
	}
	return v.ref == v.it.in.RT.True, nil
}

// Truth returns bool(v), the object's truth value.
func (v *Value) Truth() (bool, error) {
	if !v.alive() {
		return false, nil
	}
	leave, err := v.it.enter(context.Background())
	if err != nil {
		return false, err
	}
	defer leave()
	rt := v.it.in.RT
	switch rt.IsTrue(v.ref) {
	case 1:
		return true, nil
	case 0:
		return false, nil
	}
	return false, v.it.fetchErr()
}

// AsInt returns an int's value (bool included); OverflowError when it does not
// fit in an int64, TypeError for anything but an int.
func (v *Value) AsInt() (int64, error) {
	if !v.alive() || !v.it.in.RT.IsInt(v.ref) {
		return 0, Raise("TypeError", "'%s' object cannot be interpreted as an integer", v.Type())
	}
	n, ok := v.it.in.RT.IntAsInt64(v.ref)
	if !ok {
		return 0, Raise("OverflowError", "Python int too large to convert to C long")
	}
	return n, nil
}

// AsBigInt returns an int's value, of any size.
func (v *Value) AsBigInt() (*big.Int, error) {
	if !v.alive() || !v.it.in.RT.IsInt(v.ref) {
		return nil, Raise("TypeError", "'%s' object cannot be interpreted as an integer", v.Type())
	}
	return new(big.Int).Set(v.it.in.RT.IntBig(v.ref)), nil
}

// AsFloat returns a float's value, or an int's as a float.
func (v *Value) AsFloat() (float64, error) {
	if v.alive() {
		rt := v.it.in.RT
		if rt.IsFloat(v.ref) {
			return rt.FloatValue(v.ref), nil
		}
		if rt.IsInt(v.ref) {
			f, ok := rt.IntAsFloat(v.ref)
			if !ok {
				return 0, Raise("OverflowError", "int too large to convert to float")
			}
			return f, nil
		}
	}
	return 0, Raise("TypeError", "must be real number, not %s", v.Type())
}

// AsString returns a str's text (TypeError for anything else; see String for
// str() of any object).
func (v *Value) AsString() (string, error) {
	if !v.alive() || !v.it.in.RT.IsStr(v.ref) {
		return "", typeErr(v, "str")
	}
	return v.it.in.RT.GoString(v.ref), nil
}

// AsBytes returns a copy of a bytes or bytearray object's contents.
func (v *Value) AsBytes() ([]byte, error) {
	if v.alive() {
		if b, ok := v.it.in.RT.BytesLikeData(v.ref); ok {
			return append([]byte{}, b...), nil
		}
	}
	return nil, Raise("TypeError", "a bytes-like object is required, not '%s'", v.Type())
}

// Attr returns the attribute name of the object (getattr), to Close.
func (v *Value) Attr(name string) (*Value, error) {
	if !v.alive() {
		return nil, Raise("AttributeError", "'NoneType' object has no attribute '%s'", name)
	}
	leave, err := v.it.enter(context.Background())
	if err != nil {
		return nil, err
	}
	defer leave()
	r := v.it.in.RT.GetAttrString(v.ref, name)
	if r == object.Nil {
		return nil, v.it.fetchErr()
	}
	return v.it.wrap(r), nil
}

// Call calls the object with args, as Interpreter.Call does.
func (v *Value) Call(ctx context.Context, args ...any) (*Value, error) {
	if v == nil {
		return nil, Raise("TypeError", "'NoneType' object is not callable")
	}
	return v.it.Call(ctx, v, args...)
}

// ToGo converts the object to plain Go data: None → nil, bool → bool, int →
// int64 (or *big.Int when it does not fit), float → float64, str → string,
// bytes and bytearray → []byte, list → []any, tuple → Tuple, dict → map[any]any
// (keys must convert to comparable values: None, bool, int64, float64, string).
// Other objects, structures that contain themselves and those nested more than
// 1000 deep are a TypeError or ValueError; keep those as Values.
func (v *Value) ToGo() (any, error) {
	if !v.alive() {
		if v != nil && v.it.closed {
			return nil, ErrClosed
		}
		return nil, nil
	}
	return v.it.toGo(v.ref, map[object.Ref]bool{})
}

func (it *Interpreter) toGo(r object.Ref, path map[object.Ref]bool) (any, error) {
	rt := it.in.RT
	switch {
	case r == rt.None:
		return nil, nil
	case r == rt.True:
		return true, nil
	case r == rt.False:
		return false, nil
	case rt.IsInt(r):
		if n, ok := rt.IntAsInt64(r); ok {
			return n, nil
		}
		return new(big.Int).Set(rt.IntBig(r)), nil
	case rt.IsFloat(r):
		return rt.FloatValue(r), nil
	case rt.IsStr(r):
		return rt.GoString(r), nil
	}
	if b, ok := rt.BytesLikeData(r); ok {
		return append([]byte{}, b...), nil
	}
	list, tuple, dict := rt.IsList(r), rt.IsTuple(r), rt.IsDict(r)
	if !list && !tuple && !dict {
		return nil, Raise("TypeError", "cannot convert '%s' object to a Go value", rt.TypeNameOf(r))
	}
	if path[r] {
		return nil, Raise("ValueError", "cannot convert a %s that contains itself", rt.TypeNameOf(r))
	}
	if len(path) >= maxConvertDepth {
		return nil, Raise("ValueError", "cannot convert containers nested more than %d deep", maxConvertDepth)
	}
	path[r] = true
	defer delete(path, r)
	if dict {
		m := make(map[any]any, rt.DictLen(r))
		pos := 0
		for {
			k, val, ok := rt.DictNext(r, &pos)
			if !ok {
				return m, nil
			}
			gk, err := it.toGo(k, path)
			if err != nil {
				return nil, err
			}
			switch gk.(type) {
			case nil, bool, int64, float64, string:
			default:
				return nil, Raise("TypeError", "cannot convert a dict key of type '%s' to a Go map key", rt.TypeNameOf(k))
			}
			gv, err := it.toGo(val, path)
			if err != nil {
				return nil, err
			}
			m[gk] = gv
		}
	}
	var items []object.Ref
	if list {
		items = rt.ListItems(r)
	} else {
		items = rt.TupleItems(r)
	}
	out := make([]any, len(items))
	for i := range items {
		if list && i >= rt.ListLen(r) {
			return nil, Raise("RuntimeError", "list changed size during conversion")
		}
		g, err := it.toGo(items[i], path)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	if tuple {
		return Tuple(out), nil
	}
	return out, nil
}

// NewValue converts Go data to a new Python object, to Close: nil → None, bool,
// every int and uint type and *big.Int → int, float32/64 → float, string → str,
// []byte → bytes, Tuple → tuple, other slices and arrays → list, maps → dict,
// *Function → a built-in function, *Value → the same object. Anything else is a
// TypeError.
func (it *Interpreter) NewValue(v any) (*Value, error) {
	if it.closed {
		return nil, ErrClosed
	}
	r, err := it.toRef(v)
	if err != nil {
		return nil, err
	}
	return it.wrap(r), nil
}

// toRef converts Go data to a new reference.
func (it *Interpreter) toRef(v any) (object.Ref, error) {
	r, err := it.convert(v, 0)
	if err != nil {
		return object.Nil, err
	}
	if r == object.Nil {
		return object.Nil, it.fetchErr()
	}
	return r, nil
}

// maxConvertDepth bounds the nesting NewValue follows (Go data can be cyclic too).
const maxConvertDepth = 1000

// convert returns a new reference, Nil with a Python exception set, or a Go error.
func (it *Interpreter) convert(v any, depth int) (object.Ref, error) {
	rt := it.in.RT
	if depth > maxConvertDepth {
		return object.Nil, Raise("ValueError", "Go value nested too deeply")
	}
	switch x := v.(type) {
	case nil:
		return rt.New(rt.None), nil
	case *Value:
		if x == nil || x.ref == object.Nil {
			return rt.New(rt.None), nil
		}
		if x.it != it {
			return object.Nil, fmt.Errorf("pyheap: a value of another interpreter")
		}
		return rt.New(x.ref), nil
	case bool:
		return rt.NewBool(x), nil
	case int:
		return rt.NewInt(int64(x)), nil
	case int8:
		return rt.NewInt(int64(x)), nil
	case int16:
		return rt.NewInt(int64(x)), nil
	case int32:
		return rt.NewInt(int64(x)), nil
	case int64:
		return rt.NewInt(x), nil
	case uint:
		return it.newUint(uint64(x)), nil
	case uint8:
		return rt.NewInt(int64(x)), nil
	case uint16:
		return rt.NewInt(int64(x)), nil
	case uint32:
		return rt.NewInt(int64(x)), nil
	case uint64:
		return it.newUint(x), nil
	case *big.Int:
		if x == nil {
			return rt.New(rt.None), nil
		}
		return rt.NewIntFromBig(x), nil
	case float32:
		return rt.NewFloat(float64(x)), nil
	case float64:
		return rt.NewFloat(x), nil
	case string:
		return rt.NewStr(x), nil
	case []byte:
		return rt.NewBytes(x), nil
	case *Function:
		if x == nil {
			return rt.New(rt.None), nil
		}
		return it.newBuiltin(x, object.Nil)
	case Tuple:
		t := rt.NewTuple(len(x))
		if t == object.Nil {
			return object.Nil, nil
		}
		for i, e := range x {
			r, err := it.convert(e, depth+1)
			if r == object.Nil || err != nil {
				rt.Decref(t)
				return object.Nil, err
			}
			rt.TupleItems(t)[i] = r
		}
		return t, nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return rt.New(rt.None), nil
		}
		l := rt.NewList(0)
		if l == object.Nil {
			return object.Nil, nil
		}
		for i := 0; i < rv.Len(); i++ {
			r, err := it.convert(rv.Index(i).Interface(), depth+1)
			if r == object.Nil || err != nil {
				rt.Decref(l)
				return object.Nil, err
			}
			ok := rt.ListAppend(l, r) >= 0
			rt.Decref(r)
			if !ok {
				rt.Decref(l)
				return object.Nil, nil
			}
		}
		return l, nil
	case reflect.Map:
		if rv.IsNil() {
			return rt.New(rt.None), nil
		}
		d := rt.NewDict()
		if d == object.Nil {
			return object.Nil, nil
		}
		keys := rv.MapKeys()
		// Go's map order is random; sorted keys give the dict a stable order.
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		for _, k := range keys {
			kr, err := it.convert(k.Interface(), depth+1)
			if kr == object.Nil || err != nil {
				rt.Decref(d)
				return object.Nil, err
			}
			vr, err := it.convert(rv.MapIndex(k).Interface(), depth+1)
			if vr == object.Nil || err != nil {
				rt.Decref(kr)
				rt.Decref(d)
				return object.Nil, err
			}
			ok := rt.DictSetItem(d, kr, vr) >= 0
			rt.Decref(kr)
			rt.Decref(vr)
			if !ok {
				rt.Decref(d)
				return object.Nil, nil
			}
		}
		return d, nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return rt.New(rt.None), nil
		}
	}
	return object.Nil, Raise("TypeError", "cannot convert Go value of type %T to a Python object", v)
}

func (it *Interpreter) newUint(x uint64) object.Ref {
	if x <= math.MaxInt64 {
		return it.in.RT.NewInt(int64(x))
	}
	return it.in.RT.NewIntFromBig(new(big.Int).SetUint64(x))
}

func sortedKeys(m Kwargs) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
