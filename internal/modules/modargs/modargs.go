// Package modargs binds the arguments of the standard modules' Go functions to
// their parameters with CPython 3.11's error messages: Argument Clinic's (for
// functions written in C) and the interpreter's (for functions CPython writes in
// Python, such as heapq.nlargest and the methods of random.Random).
package modargs

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// Spec describes a function's parameters: Names in order; the first PosOnly are
// positional-only; the first Required must be given; from KwOnly on (when
// KwOnly > 0) they are keyword-only.
type Spec struct {
	Name     string // as messages show it: "bisect_right", "Random.randrange"
	Names    []string
	Required int
	PosOnly  int
	KwOnly   int // index of the first keyword-only parameter; 0: none
	// Python: the function is written in Python in CPython (interpreter messages).
	Python bool
	// Self: a Python method; counts include self in "takes N positional arguments".
	Self bool
}

// fname is the function's name as messages show it, "name()" (made only when a
// message needs it: a call that binds fine makes no Go string).
func (s *Spec) fname() string { return s.Name + "()" }

func (s *Spec) maxPos() int {
	if s.KwOnly > 0 {
		return s.KwOnly
	}
	return len(s.Names)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Bind returns one value per parameter (borrowed; Nil when not given), or false
// with TypeError set.
func (s *Spec) Bind(rt *object.Runtime, args []object.Ref, kwnames object.Ref) ([]object.Ref, bool) {
	return s.bindInto(make([]object.Ref, len(s.Names)), rt, args, kwnames)
}

// bindInto is Bind into vals, len(s.Names) Nils.
func (s *Spec) bindInto(vals []object.Ref, rt *object.Runtime, args []object.Ref, kwnames object.Ref) ([]object.Ref, bool) {
	nkw := rt.NumKwargs(kwnames)
	npos := len(args) - nkw
	maxPos := s.maxPos()
	if s.Python {
		return s.bindPython(rt, args, kwnames, npos, nkw, vals)
	}
	if npos+nkw > len(s.Names) {
		kwd := ""
		if npos == 0 {
			kwd = "keyword "
		}
		rt.Raise("TypeError", "%s takes at most %d %sargument%s (%d given)", s.fname(), len(s.Names), kwd, plural(len(s.Names)), npos+nkw)
		return nil, false
	}
	minPos := s.Required
	if minPos > maxPos {
		minPos = maxPos
	}
	if npos > maxPos {
		if maxPos == 0 {
			rt.Raise("TypeError", "%s takes no positional arguments", s.fname())
		} else {
			q := "exactly"
			if minPos < maxPos {
				q = "at most"
			}
			rt.Raise("TypeError", "%s takes %s %d positional argument%s (%d given)", s.fname(), q, maxPos, plural(maxPos), npos)
		}
		return nil, false
	}
	if npos < s.PosOnly && npos < s.Required {
		q := "exactly"
		if s.PosOnly < maxPos {
			q = "at least"
		}
		n := min(s.PosOnly, s.Required)
		rt.Raise("TypeError", "%s takes %s %d positional argument%s (%d given)", s.fname(), q, n, plural(n), npos)
		return nil, false
	}
	copy(vals, args[:npos])
	var usedBuf [16]bool
	used := usedBuf[:0]
	if nkw > len(usedBuf) {
		used = make([]bool, nkw)
	}
	used = used[:nkw]
	for i := npos; i < len(s.Names); i++ {
		if i < s.PosOnly {
			continue
		}
		for j := 0; j < nkw; j++ {
			if rt.StrEqualGo(rt.TupleItems(kwnames)[j], s.Names[i]) {
				vals[i] = args[npos+j]
				used[j] = true
				break
			}
		}
	}
	for i := 0; i < npos && nkw > 0; i++ {
		for j := 0; j < nkw; j++ {
			if !used[j] && i >= s.PosOnly && rt.StrEqualGo(rt.TupleItems(kwnames)[j], s.Names[i]) {
				rt.Raise("TypeError", "argument for %s given by name ('%s') and position (%d)", s.fname(), s.Names[i], i+1)
				return nil, false
			}
		}
	}
	for i := 0; i < s.Required; i++ {
		if vals[i] == object.Nil {
			if i < s.PosOnly {
				q := "exactly"
				if s.PosOnly < maxPos {
					q = "at least"
				}
				rt.Raise("TypeError", "%s takes %s %d positional argument%s (%d given)", s.fname(), q, s.PosOnly, plural(s.PosOnly), npos)
			} else if i < maxPos {
				rt.Raise("TypeError", "%s missing required argument '%s' (pos %d)", s.fname(), s.Names[i], i+1)
			} else {
				rt.Raise("TypeError", "%s missing required keyword-only argument '%s'", s.fname(), s.Names[i])
			}
			return nil, false
		}
	}
	for j := 0; j < nkw; j++ {
		if used[j] {
			continue
		}
		k := rt.GoString(rt.TupleItems(kwnames)[j])
		for i := 0; i < s.PosOnly; i++ {
			if s.Names[i] == k {
				rt.Raise("TypeError", "%s got some positional-only arguments passed as keyword arguments: '%s'", s.fname(), k)
				return nil, false
			}
		}
		rt.Raise("TypeError", "'%s' is an invalid keyword argument for %s", k, s.fname())
		return nil, false
	}
	return vals, true
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

func (s *Spec) bindPython(rt *object.Runtime, args []object.Ref, kwnames object.Ref, npos, nkw int, vals []object.Ref) ([]object.Ref, bool) {
	maxPos := s.maxPos()
	self := 0
	if s.Self {
		self = 1
	}
	if npos > maxPos {
		req := min(s.Required, maxPos)
		given := "were"
		if npos+self == 1 {
			given = "was"
		}
		kwGiven := 0
		for j := 0; j < nkw; j++ {
			k := rt.GoString(rt.TupleItems(kwnames)[j])
			for i := maxPos; i < len(s.Names); i++ {
				if s.Names[i] == k {
					kwGiven++
				}
			}
		}
		var msg string
		if req < maxPos {
			msg = fmt.Sprintf("%s takes from %d to %d positional arguments but %d %s given", s.fname(), req+self, maxPos+self, npos+self, given)
		} else {
			msg = fmt.Sprintf("%s takes %d positional argument%s but %d %s given", s.fname(), maxPos+self, plural(maxPos+self), npos+self, given)
		}
		if kwGiven > 0 {
			msg = fmt.Sprintf("%s takes %d positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
				s.fname(), maxPos+self, plural(maxPos+self), npos+self, plural(npos+self), kwGiven, plural(kwGiven))
		}
		rt.Raise("TypeError", "%s", msg)
		return nil, false
	}
	copy(vals, args[:npos])
	for j := 0; j < nkw; j++ {
		kr := rt.TupleItems(kwnames)[j]
		found := false
		for i := s.PosOnly; i < len(s.Names); i++ {
			if rt.StrEqualGo(kr, s.Names[i]) {
				if vals[i] != object.Nil {
					rt.Raise("TypeError", "%s got multiple values for argument '%s'", s.fname(), s.Names[i])
					return nil, false
				}
				vals[i] = args[npos+j]
				found = true
				break
			}
		}
		if !found {
			rt.Raise("TypeError", "%s got an unexpected keyword argument '%s'", s.fname(), rt.GoString(kr))
			return nil, false
		}
	}
	var missing []string
	for i := 0; i < min(s.Required, maxPos); i++ {
		if vals[i] == object.Nil {
			missing = append(missing, s.Names[i])
		}
	}
	if len(missing) > 0 {
		rt.Raise("TypeError", "%s missing %d required positional argument%s: %s", s.fname(), len(missing), plural(len(missing)), quoteList(missing))
		return nil, false
	}
	for i := maxPos; i < s.Required; i++ {
		if vals[i] == object.Nil {
			missing = append(missing, s.Names[i])
		}
	}
	if len(missing) > 0 {
		rt.Raise("TypeError", "%s missing %d required keyword-only argument%s: %s", s.fname(), len(missing), plural(len(missing)), quoteList(missing))
		return nil, false
	}
	return vals, true
}

// Func builds a MethodDef whose arguments are bound by spec before fn runs.
func Func(spec *Spec, fn func(rt *object.Runtime, self object.Ref, v []object.Ref) object.Ref) *object.MethodDef {
	n := len(spec.Names)
	return &object.MethodDef{Name: spec.Name[strings.LastIndex(spec.Name, ".")+1:], Fn: func(rt *object.Runtime, self object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		// The bound values live in a block of the private heap for the call (a Go
		// slice would escape into fn: Go memory at every call of heapq.heappush,
		// bisect.insort, random.randrange...).
		h := rt.Heap()
		b := h.Alloc(uintptr(4 * max(n, 1)))
		if b == 0 {
			return rt.NoMemory()
		}
		defer h.Free(b)
		v := unsafe.Slice((*object.Ref)(rt.Ptr(object.Ref(b))), n)
		clear(v)
		v, ok := spec.bindInto(v, rt, args, kw)
		if !ok {
			return object.Nil
		}
		return fn(rt, self, v)
	}}
}

// AddFuncs adds built-in functions to module m's namespace. It returns false with
// an exception set on failure.
func AddFuncs(rt *object.Runtime, m object.Ref, defs []*object.MethodDef) bool {
	ns := rt.ModuleDict(m)
	for _, def := range defs {
		f := rt.NewBuiltinFunction(def, m, m)
		if f == object.Nil {
			return false
		}
		r := rt.DictSetStr(ns, def.Name, f)
		rt.Decref(f)
		if r < 0 {
			return false
		}
	}
	return true
}

// SetConst stores v (stolen) in the module's namespace under name.
func SetConst(rt *object.Runtime, m object.Ref, name string, v object.Ref) bool {
	if v == object.Nil {
		return false
	}
	r := rt.DictSetStr(rt.ModuleDict(m), name, v)
	rt.Decref(v)
	return r >= 0
}

// ArgsCheck is rt.CheckArgs for a positional-only built-in.
func ArgsCheck(rt *object.Runtime, name string, args []object.Ref, kw object.Ref, lo, hi int) bool {
	return rt.CheckArgs(name, args, kw, lo, hi)
}

// NewType defines a Go-implemented type named fullName ("itertools.count": the
// tp_name error messages show) whose __name__ and __qualname__ are the last part
// and whose __module__ is the rest. setup fills the slots and methods before the
// type is finished.
func NewType(rt *object.Runtime, fullName string, size uintptr, flags object.TypeFlags, setup func(t *object.Type)) *object.Type {
	t := rt.NewBuiltinType(fullName, nil, size, flags)
	setup(t)
	rt.FinishType(t)
	if i := strings.LastIndex(fullName, "."); i >= 0 {
		short := fullName[i+1:]
		rt.SetTypeName(t, rt.NewStr(short), rt.NewStr(short))
		mod := rt.NewStr(fullName[:i])
		rt.DictSetStr(rt.TypeDict(t), "__module__", mod)
		rt.Decref(mod)
	}
	return t
}

// Offsets of the Ref fields of Go-implemented container objects: after the object
// header and the GC header.
const First = object.HeapTypeFirstField

// RefField returns a pointer to the i-th Ref field of a container object.
func RefField(rt *object.Runtime, o object.Ref, i int) *object.Ref {
	return rt.RefAt(o, First+uintptr(i)*4)
}

// RefFields gives a type whose instances hold n Ref fields (then any plain data)
// the Dealloc, Traverse and Clear slots of a container.
func RefFields(t *object.Type, n int) {
	t.Traverse = func(rt *object.Runtime, o object.Ref, visit object.VisitFunc) bool {
		for i := 0; i < n; i++ {
			if r := *RefField(rt, o, i); r != object.Nil && !visit(r) {
				return false
			}
		}
		return true
	}
	t.Clear = func(rt *object.Runtime, o object.Ref) {
		for i := 0; i < n; i++ {
			rt.Replace(RefField(rt, o, i), object.Nil)
		}
	}
	t.Dealloc = func(rt *object.Runtime, o object.Ref) {
		rt.Untrack(o)
		for i := 0; i < n; i++ {
			rt.Replace(RefField(rt, o, i), object.Nil)
		}
		rt.FreeObject(o)
	}
}

// Alloc returns a new untracked instance of t with its Ref fields set to refs
// (stolen; on failure they are dropped).
func Alloc(rt *object.Runtime, t *object.Type, refs ...object.Ref) object.Ref {
	o := rt.AllocObject(t, t.Size)
	if o == object.Nil {
		for _, r := range refs {
			rt.Decref(r)
		}
		return object.Nil
	}
	for i, r := range refs {
		*RefField(rt, o, i) = r
	}
	return o
}

// Alias binds alias to the object the module's namespace has under name.
func Alias(rt *object.Runtime, m object.Ref, alias, name string) {
	ns := rt.ModuleDict(m)
	k := rt.InternString(name)
	defer rt.Decref(k)
	if v := rt.DictGetStr(ns, k); v != object.Nil {
		rt.DictSetStr(ns, alias, v)
	}
}
