// RegexFlag: the flag constants, an int subclass whose reprs read like CPython's
// enum.IntFlag members ("re.IGNORECASE|re.MULTILINE").
//
// It is a Go-defined subtype of int (as bool is) rather than a class written in
// Python: instances are plain int objects with another type, outside the cycle
// collector.

package re

import (
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// flagMembers are RegexFlag's members in definition order (the order reprs
// list them in).
var flagMembers = []struct {
	name string
	v    int64
}{{"ASCII", 256}, {"IGNORECASE", 2}, {"LOCALE", 4}, {"UNICODE", 32}, {"MULTILINE", 8},
	{"DOTALL", 16}, {"VERBOSE", 64}, {"TEMPLATE", 1}, {"DEBUG", 128}}

// flagNamesOf returns the member names whose bits are in v, and the bits left.
func flagNamesOf(v int64) ([]string, int64) {
	var names []string
	for _, m := range flagMembers {
		if v&m.v != 0 {
			names = append(names, m.name)
			v &^= m.v
		}
	}
	return names, v
}

func flagRepr(v int64) string {
	names, rest := flagNamesOf(v)
	if len(names) == 0 && rest == 0 {
		return "re.NOFLAG"
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "re." + n
	}
	if rest != 0 {
		if rest < 0 {
			out = append(out, fmt.Sprintf("-0x%x", -rest))
		} else {
			out = append(out, fmt.Sprintf("0x%x", rest))
		}
	}
	return strings.Join(out, "|")
}

// newFlag returns RegexFlag(v).
func (st *state) newFlag(v int64) Ref {
	rt := st.rt
	n := rt.NewInt(v)
	if n == Nil {
		return Nil
	}
	defer rt.Decref(n)
	return rt.Call1(st.flagT.Ref, n)
}

func (st *state) newFlagType() *object.Type {
	rt := st.rt
	t := rt.NewBuiltinType("re.RegexFlag", rt.IntType, rt.IntType.Size, 0)
	value := func(o Ref) int64 {
		v, _ := rt.IntAsInt64(o)
		return v
	}
	t.Repr = func(rt *object.Runtime, o Ref) Ref { return rt.NewStr(flagRepr(value(o))) }
	t.Str = t.Repr
	ns := *rt.IntType.Number
	bin := func(op func(a, b int64) int64, intOp object.BinaryFunc) object.BinaryFunc {
		return func(rt *object.Runtime, a, b Ref) Ref {
			if !rt.IsInt(a) || !rt.IsInt(b) {
				return rt.New(rt.NotImplemented)
			}
			x, ok1 := rt.IntAsInt64(a)
			y, ok2 := rt.IntAsInt64(b)
			if !ok1 || !ok2 {
				return intOp(rt, a, b)
			}
			return st.newFlag(op(x, y))
		}
	}
	ns.Or = bin(func(a, b int64) int64 { return a | b }, ns.Or)
	ns.And = bin(func(a, b int64) int64 { return a & b }, ns.And)
	ns.Xor = bin(func(a, b int64) int64 { return a ^ b }, ns.Xor)
	ns.Invert = func(rt *object.Runtime, o Ref) Ref { return st.newFlag(^value(o) & 511) }
	t.Number = &ns
	t.GetSets = []object.GetSetDef{
		{Name: "name", Get: func(rt *object.Runtime, o Ref) Ref {
			names, rest := flagNamesOf(value(o))
			switch {
			case len(names) == 0 && rest == 0:
				return rt.NewStr("NOFLAG")
			case rest != 0:
				return rt.New(rt.None)
			}
			return rt.NewStr(strings.Join(names, "|"))
		}},
		{Name: "value", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewInt(value(o)) }},
	}
	t.Methods = []object.MethodDef{
		{Name: "__format__", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if !modargs.ArgsCheck(rt, "__format__", args, kw, 1, 1) {
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "__format__() argument must be str, not %s", rt.TypeNameOf(args[0]))
				return Nil
			}
			if rt.StrLen(args[0]) == 0 {
				return rt.NewStr(flagRepr(value(o)))
			}
			n := rt.NewInt(value(o))
			if n == Nil {
				return Nil
			}
			defer rt.Decref(n)
			return rt.FormatObject(n, args[0])
		}},
	}
	rt.FinishType(t)
	rt.SetTypeName(t, rt.NewStr("RegexFlag"), rt.NewStr("RegexFlag"))
	mod := rt.NewStr("re")
	rt.DictSetStr(rt.TypeDict(t), "__module__", mod)
	rt.Decref(mod)
	return t
}

// addFlags defines RegexFlag and the flag constants in the module namespace d.
func (st *state) addFlags(d Ref) bool {
	rt := st.rt
	st.flagT = st.newFlagType()
	rt.DictSetStr(d, "RegexFlag", st.flagT.Ref)
	short := map[string]string{"ASCII": "A", "IGNORECASE": "I", "LOCALE": "L", "UNICODE": "U", "MULTILINE": "M",
		"DOTALL": "S", "VERBOSE": "X", "TEMPLATE": "T"}
	for _, m := range append(flagMembers, struct {
		name string
		v    int64
	}{"NOFLAG", 0}) {
		f := st.newFlag(m.v)
		if f == Nil {
			return false
		}
		rt.DictSetStr(rt.TypeDict(st.flagT), m.name, f)
		rt.DictSetStr(d, m.name, f)
		if s, ok := short[m.name]; ok {
			rt.DictSetStr(d, s, f)
		}
		rt.Decref(f)
	}
	return true
}
