// BaseExceptionGroup and ExceptionGroup (PEP 654): exceptions that carry other
// exceptions. pyheap has no except* syntax; the groups can be raised, caught with
// except, inspected, split and printed (the VM prints their nested tracebacks).
// See exc.go.

package object

import "fmt"

// A group is an exception with two more fields:
//
//	40  msg   Ref  the message (str)
//	44  excs  Ref  the sub-exceptions (a non-empty tuple)
const (
	egOffMsg  = excSize
	egOffExcs = excSize + 4
	egSize    = excSize + 8
)

// IsExceptionGroup reports whether r is a BaseExceptionGroup.
func (rt *Runtime) IsExceptionGroup(r Ref) bool {
	return rt.IsException(r) && rt.IsInstance(r, rt.excTypes["BaseExceptionGroup"])
}

// ExceptionGroupExceptions returns a group's sub-exceptions (borrowed tuple).
func (rt *Runtime) ExceptionGroupExceptions(g Ref) Ref { return *rt.RefAt(g, egOffExcs) }

func egDealloc(rt *Runtime, e Ref) {
	rt.Replace(rt.RefAt(e, egOffMsg), Nil)
	rt.Replace(rt.RefAt(e, egOffExcs), Nil)
	excDealloc(rt, e)
}

func egClear(rt *Runtime, e Ref) {
	rt.Replace(rt.RefAt(e, egOffMsg), Nil)
	rt.Replace(rt.RefAt(e, egOffExcs), Nil)
	excClear(rt, e)
}

func egTraverse(rt *Runtime, e Ref, visit VisitFunc) bool {
	for _, off := range []uintptr{egOffMsg, egOffExcs} {
		if r := *rt.RefAt(e, off); r != Nil && !visit(r) {
			return false
		}
	}
	return excTraverse(rt, e, visit)
}

// egNew is BaseExceptionGroup.__new__(cls, message, exceptions).
func egNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	pos := args[:len(args)-rt.NumKwargs(kwnames)]
	if len(pos) != 2 {
		rt.Raise("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
		return Nil
	}
	msg, seq := pos[0], pos[1]
	if !rt.IsStr(msg) {
		rt.Raise("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not %s", rt.TypeNameOf(msg))
		return Nil
	}
	st := rt.TypeOf(seq)
	if st.Sequence == nil || st.Sequence.Item == nil && (st.Mapping == nil || st.Mapping.Subscript == nil) || rt.IsSubtype(st, rt.DictType) {
		rt.Raise("TypeError", "second argument (exceptions) must be a sequence")
		return Nil
	}
	excs := rt.SequenceTuple(seq)
	if excs == Nil {
		return Nil
	}
	items := rt.TupleItems(excs)
	if len(items) == 0 {
		rt.Decref(excs)
		rt.Raise("ValueError", "second argument (exceptions) must be a non-empty sequence")
		return Nil
	}
	nestedBase := false
	for i, x := range items {
		if !rt.IsException(x) {
			rt.Decref(excs)
			rt.Raise("ValueError", "Item %d of second argument (exceptions) is not an exception", i)
			return Nil
		}
		if !rt.IsInstance(x, rt.excTypes["Exception"]) {
			nestedBase = true
		}
	}
	base, group := rt.excTypes["BaseExceptionGroup"], rt.excTypes["ExceptionGroup"]
	switch {
	case t == base:
		if !nestedBase {
			t = group // only Exceptions: an ExceptionGroup
		}
	case t == group:
		if nestedBase {
			rt.Decref(excs)
			rt.Raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup")
			return Nil
		}
	default:
		if nestedBase && rt.IsSubtype(t, rt.excTypes["Exception"]) {
			rt.Decref(excs)
			rt.Raise("TypeError", "Cannot nest BaseExceptions in '%s'", t.Name)
			return Nil
		}
	}
	a := rt.TupleFrom(pos...)
	if a == Nil {
		rt.Decref(excs)
		return Nil
	}
	e := rt.AllocObject(t, max(t.Size, egSize))
	if e == Nil {
		rt.Decref(a)
		rt.Decref(excs)
		return Nil
	}
	*rt.RefAt(e, excOffArgs) = a
	*rt.RefAt(e, egOffMsg) = rt.New(msg)
	*rt.RefAt(e, egOffExcs) = excs
	rt.Track(e)
	return e
}

// egMatcher is what split() and subgroup() test sub-exceptions with: a type or
// tuple of types (an isinstance test), or a predicate.
type egMatcher struct {
	types []*Type
	pred  Ref
}

func (rt *Runtime) newEGMatcher(cond Ref) (egMatcher, bool) {
	isExcType := func(r Ref) bool {
		return rt.IsType(r) && rt.IsSubtype(rt.TypeFromRef(r), rt.excTypes["BaseException"])
	}
	switch {
	case isExcType(cond):
		return egMatcher{types: []*Type{rt.TypeFromRef(cond)}}, true
	case rt.IsTuple(cond):
		var m egMatcher
		for _, x := range rt.TupleItems(cond) {
			if !isExcType(x) {
				m.types = nil
				break
			}
			m.types = append(m.types, rt.TypeFromRef(x))
		}
		if m.types != nil || rt.TupleLen(cond) == 0 {
			return m, true
		}
	case rt.TypeOf(cond).Call != nil:
		return egMatcher{pred: cond}, true
	}
	rt.Raise("TypeError", "expected a function, exception type or tuple of exception types")
	return egMatcher{}, false
}

// match reports whether exc matches: 1, 0, or -1 with an exception set.
func (rt *Runtime) egMatch(m egMatcher, exc Ref) int {
	if m.pred != Nil {
		r := rt.Call1(m.pred, exc)
		if r == Nil {
			return -1
		}
		defer rt.Decref(r)
		return rt.IsTrue(r)
	}
	for _, t := range m.types {
		if rt.IsInstance(exc, t) {
			return 1
		}
	}
	return 0
}

// egSplit splits exc into the part that matches and (when rest is wanted) the
// part that does not, each Nil when empty; ok is false with an exception set.
func (rt *Runtime) egSplit(exc Ref, m egMatcher, wantRest bool) (match, rest Ref, ok bool) {
	if !rt.EnterRecursiveCall(" in split()") {
		return Nil, Nil, false
	}
	defer rt.LeaveRecursiveCall()
	switch rt.egMatch(m, exc) {
	case -1:
		return Nil, Nil, false
	case 1:
		return rt.New(exc), Nil, true
	}
	if !rt.IsExceptionGroup(exc) {
		if wantRest {
			return Nil, rt.New(exc), true
		}
		return Nil, Nil, true
	}
	var matches, rests []Ref
	release := func() {
		for _, r := range matches {
			rt.Decref(r)
		}
		for _, r := range rests {
			rt.Decref(r)
		}
	}
	defer release()
	for _, sub := range rt.TupleItems(rt.ExceptionGroupExceptions(exc)) {
		mm, rr, ok := rt.egSplit(sub, m, wantRest)
		if !ok {
			return Nil, Nil, false
		}
		if mm != Nil {
			matches = append(matches, mm)
		}
		if rr != Nil {
			rests = append(rests, rr)
		}
	}
	if len(matches) > 0 {
		if match = rt.egSubset(exc, matches); match == Nil {
			return Nil, Nil, false
		}
	}
	if wantRest && len(rests) > 0 {
		if rest = rt.egSubset(exc, rests); rest == Nil {
			rt.Decref(match)
			return Nil, Nil, false
		}
	}
	return match, rest, true
}

// egSubset is orig.derive(excs) with orig's traceback, cause, context and notes.
func (rt *Runtime) egSubset(orig Ref, excs []Ref) Ref {
	l := rt.NewList(0)
	if l == Nil {
		return Nil
	}
	for _, x := range excs {
		rt.ListAppend(l, x)
	}
	eg := rt.CallMethod(orig, "derive", l)
	rt.Decref(l)
	if eg == Nil {
		return Nil
	}
	if !rt.IsExceptionGroup(eg) {
		rt.Decref(eg)
		rt.Raise("TypeError", "derive must return an instance of BaseExceptionGroup")
		return Nil
	}
	for _, f := range []string{"traceback", "context", "cause"} {
		v := *rt.ExcField(orig, f)
		rt.Incref(v)
		rt.Replace(rt.ExcField(eg, f), v)
	}
	*rt.ExcSuppressContext(eg) = *rt.ExcSuppressContext(orig)
	if d := *rt.ExcField(orig, "dict"); d != Nil {
		if notes := rt.DictGetItem(d, rt.internedOrNil("__notes__")); notes != Nil {
			if t := rt.TypeOf(notes); t.Sequence != nil && !rt.IsStr(notes) {
				cp := rt.SequenceList(notes)
				if cp == Nil {
					rt.Decref(eg)
					return Nil
				}
				ed := rt.ExcField(eg, "dict")
				if *ed == Nil {
					*ed = rt.NewDict()
				}
				rt.DictSetStr(*ed, "__notes__", cp)
				rt.Decref(cp)
			}
		}
	}
	return eg
}

func (rt *Runtime) initExceptionGroups() {
	base := rt.excTypes["BaseExceptionGroup"]
	base.Size = egSize
	base.Dealloc, base.Clear, base.Traverse = egDealloc, egClear, egTraverse
	base.New = egNew
	base.Init = func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int {
		return rt.excTypes["BaseException"].Init(rt, self, args, kwnames)
	}
	base.Str = func(rt *Runtime, e Ref) Ref {
		msg := *rt.RefAt(e, egOffMsg)
		n := rt.TupleLen(*rt.RefAt(e, egOffExcs))
		s := rt.Str(msg)
		if s == Nil {
			return Nil
		}
		defer rt.Decref(s)
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return rt.NewStr(fmt.Sprintf("%s (%d sub-exception%s)", rt.GoString(s), n, plural))
	}
	field := func(off uintptr) func(rt *Runtime, e Ref) Ref {
		return func(rt *Runtime, e Ref) Ref { return rt.New(*rt.RefAt(e, off)) }
	}
	base.GetSets = []GetSetDef{
		{Name: "message", Get: field(egOffMsg), Doc: "exception message"},
		{Name: "exceptions", Get: field(egOffExcs), Doc: "nested exceptions"},
	}
	base.Methods = []MethodDef{
		{Name: "derive", Fn: func(rt *Runtime, e Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("BaseExceptionGroup.derive", args, kwnames, 1, 1) {
				return Nil
			}
			a := rt.TupleFrom(*rt.RefAt(e, egOffMsg), args[0])
			defer rt.Decref(a)
			return rt.Call(base.Ref, rt.TupleItems(a), Nil)
		}},
		{Name: "split", Fn: func(rt *Runtime, e Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("BaseExceptionGroup.split", args, kwnames, 1, 1) {
				return Nil
			}
			m, ok := rt.newEGMatcher(args[0])
			if !ok {
				return Nil
			}
			match, rest, ok := rt.egSplit(e, m, true)
			if !ok {
				return Nil
			}
			if match == Nil {
				match = rt.New(rt.None)
			}
			if rest == Nil {
				rest = rt.New(rt.None)
			}
			r := rt.TupleFrom(match, rest)
			rt.Decref(match)
			rt.Decref(rest)
			return r
		}},
		{Name: "subgroup", Fn: func(rt *Runtime, e Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("BaseExceptionGroup.subgroup", args, kwnames, 1, 1) {
				return Nil
			}
			m, ok := rt.newEGMatcher(args[0])
			if !ok {
				return Nil
			}
			match, _, ok := rt.egSplit(e, m, false)
			if !ok {
				return Nil
			}
			if match == Nil {
				return rt.New(rt.None)
			}
			return match
		}},
	}
}

// fixExceptionGroupBases makes ExceptionGroup a subclass of both
// BaseExceptionGroup and Exception, as in CPython: its layout and slots come from
// BaseExceptionGroup (its Base), its __bases__ and __mro__ name both, so that
// except Exception catches it.
func (rt *Runtime) fixExceptionGroupBases() {
	eg, beg, ex := rt.excTypes["ExceptionGroup"], rt.excTypes["BaseExceptionGroup"], rt.excTypes["Exception"]
	bases := rt.TupleFrom(beg.Ref, ex.Ref)
	mro := rt.TupleFrom(eg.Ref, beg.Ref, ex.Ref, rt.excTypes["BaseException"].Ref, rt.ObjectType.Ref)
	rt.Replace(rt.RefAt(eg.Ref, typeOffBases), bases)
	rt.Replace(rt.RefAt(eg.Ref, typeOffMRO), mro)
}
