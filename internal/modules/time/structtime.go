// struct_time: a tuple subclass of 9 visible fields with tm_zone and tm_gmtoff
// kept after them (CPython's structseq with n_sequence_fields 9, n_fields 11).

package time

import (
	"strings"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

var fieldNames = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}

const nVisible, nFields = 9, 11

// allFields returns the 11 item slots of a struct_time (the tuple's 9 and the two
// hidden ones after them).
func allFields(rt *object.Runtime, o Ref) []Ref {
	items := rt.TupleItems(o)
	return unsafe.Slice(&items[0], nFields)
}

func newStructTimeType(rt *object.Runtime) *object.Type {
	t := rt.NewBuiltinType("time.struct_time", rt.TupleType, rt.TupleType.Size, rt.TupleType.Flags&^object.TypeBaseType)
	base := rt.TupleType
	t.Dealloc = func(rt *object.Runtime, o Ref) {
		f := allFields(rt, o)
		for i := nVisible; i < nFields; i++ {
			rt.Replace(&f[i], Nil)
		}
		base.Dealloc(rt, o)
	}
	t.Traverse = func(rt *object.Runtime, o Ref, visit object.VisitFunc) bool {
		for _, r := range allFields(rt, o) {
			if r != Nil && !visit(r) {
				return false
			}
		}
		return true
	}
	t.Clear = nil
	t.Repr = func(rt *object.Runtime, o Ref) Ref {
		var b strings.Builder
		b.WriteString("time.struct_time(")
		for i, r := range rt.TupleItems(o) {
			if i > 0 {
				b.WriteString(", ")
			}
			s := rt.Repr(r)
			if s == Nil {
				return Nil
			}
			b.WriteString(fieldNames[i] + "=" + rt.GoString(s))
			rt.Decref(s)
		}
		b.WriteString(")")
		return rt.NewStr(b.String())
	}
	t.New = func(rt *object.Runtime, st *object.Type, args []Ref, kw Ref) Ref {
		if !rt.NoKwargs("struct_time", kw) && false {
			return Nil
		}
		if len(args) != 1 {
			rt.Raise("TypeError", "structseq() missing required argument 'sequence' (pos 1)")
			return Nil
		}
		seq := rt.SequenceTuple(args[0])
		if seq == Nil {
			return Nil
		}
		defer rt.Decref(seq)
		n := rt.TupleLen(seq)
		if n < nVisible {
			rt.Raise("TypeError", "time.struct_time() takes an at least 9-sequence (%d-sequence given)", n)
			return Nil
		}
		if n > nFields {
			rt.Raise("TypeError", "time.struct_time() takes an at most 11-sequence (%d-sequence given)", n)
			return Nil
		}
		vals := make([]Ref, nFields)
		copy(vals, rt.TupleItems(seq))
		for i := n; i < nFields; i++ {
			vals[i] = rt.None
		}
		return makeStructTime(rt, st, vals)
	}
	for i, name := range fieldNames {
		i := i
		t.GetSets = append(t.GetSets, object.GetSetDef{Name: name, Get: func(rt *object.Runtime, o Ref) Ref {
			return rt.New(allFields(rt, o)[i])
		}})
	}
	rt.FinishType(t)
	rt.SetTypeName(t, rt.NewStr("struct_time"), rt.NewStr("struct_time"))
	d := rt.TypeDict(t)
	for name, v := range map[string]int64{"n_sequence_fields": nVisible, "n_fields": nFields, "n_unnamed_fields": 0} {
		iv := rt.NewInt(v)
		rt.DictSetStr(d, name, iv)
		rt.Decref(iv)
	}
	mod := rt.NewStr("time")
	rt.DictSetStr(d, "__module__", mod)
	rt.Decref(mod)
	return t
}

// makeStructTime returns a struct_time of type st holding vals (11 values,
// borrowed).
func makeStructTime(rt *object.Runtime, st *object.Type, vals []Ref) Ref {
	full := rt.TupleFrom(vals...)
	if full == Nil {
		return Nil
	}
	o := rt.TupleType.New(rt, st, []Ref{full}, Nil)
	rt.Decref(full)
	if o == Nil {
		return Nil
	}
	// Hide the last two: the tuple's length field sits just before its items.
	items := rt.TupleItems(o)
	lenField := (*uint32)(unsafe.Add(unsafe.Pointer(&items[0]), -4))
	*lenField = nVisible
	return o
}
