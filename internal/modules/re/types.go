// The Pattern, Match and finditer iterator types. See doc.go.

package re

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// A Pattern is a container:
//
//	0 header, 8 GC header, 16 pattern Ref, 20 groupindex Ref (dict),
//	24 flags int64, 32 groups int64, 40 prog int64 (index in state.progs)
//
// A Match:
//
//	16 string Ref, 20 re Ref (the Pattern), 24 pos, 32 endpos, 40 lastindex,
//	48 ngroups (groups + 1), 56 marks [2*ngroups]int64 (-1: unset)
//
// A finditer iterator:
//
//	16 pattern Ref, 20 string Ref, 24 pos, 32 endpos, 40 state (1: must
//	advance, 2: exhausted)
const (
	offI0 = 24
	offI1 = 32
	offI2 = 40
	offI3 = 48
	offI4 = 56

	patternSize = 48
	iterSize    = 48
)

func i64(rt *object.Runtime, o Ref, off uintptr) *int64 {
	return (*int64)(unsafe.Pointer(&rt.Bytes(o, off, 8)[0]))
}

func refAt(rt *object.Runtime, o Ref, i int) *Ref { return modargs.RefField(rt, o, i) }

func (st *state) prog(p Ref) *prog { return st.progs[*i64(st.rt, p, offI2)] }

func (st *state) newPatternType() *object.Type {
	rt := st.rt
	t := modargs.NewType(rt, "re.Pattern", patternSize, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 2)
		dealloc := t.Dealloc
		t.Dealloc = func(rt *object.Runtime, o Ref) {
			st.releaseProg(int(*i64(rt, o, offI2)))
			dealloc(rt, o)
		}
		t.Repr = st.patternRepr
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			if (op != object.EQ && op != object.NE) || rt.TypeOf(b) != st.patternT {
				return rt.New(rt.NotImplemented)
			}
			eq := *i64(rt, a, offI0) == *i64(rt, b, offI0)
			if eq && a != b {
				r := rt.RichCompareBool(*refAt(rt, a, 0), *refAt(rt, b, 0), object.EQ)
				if r < 0 {
					return Nil
				}
				eq = r == 1 && rt.IsStr(*refAt(rt, a, 0)) == rt.IsStr(*refAt(rt, b, 0))
			}
			return rt.NewBool(eq == (op == object.EQ))
		}
		t.Hash = func(rt *object.Runtime, o Ref) (int64, bool) {
			h, ok := rt.Hash(*refAt(rt, o, 0))
			if !ok {
				return 0, false
			}
			h ^= *i64(rt, o, offI0) * 1000003
			if h == -1 {
				h = -2
			}
			return h, true
		}
		t.GetSets = []object.GetSetDef{
			{Name: "pattern", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(*refAt(rt, o, 0)) }},
			{Name: "flags", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewInt(*i64(rt, o, offI0)) }},
			{Name: "groups", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewInt(*i64(rt, o, offI1)) }},
			{Name: "groupindex", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewMappingProxy(*refAt(rt, o, 1)) }},
		}
		span := func(name string, mode int) object.MethodDef {
			spec := &modargs.Spec{Name: name, Names: []string{"string", "pos", "endpos"}, Required: 1}
			return *modargs.Func(spec, func(rt *object.Runtime, self Ref, v []Ref) Ref {
				pos, endpos, ok := st.posArgs(v[1], v[2])
				if !ok {
					return Nil
				}
				switch mode {
				case modeFindall:
					return st.findall(self, v[0], pos, endpos)
				case modeFinditer:
					return st.finditer(self, v[0], pos, endpos)
				case modeScanner:
					return st.newScan(st.scannerT, self, v[0], pos, endpos)
				}
				return st.matchMethod(self, v[0], pos, endpos, mode)
			})
		}
		subSpec := func(name string) object.MethodDef {
			spec := &modargs.Spec{Name: name, Names: []string{"repl", "string", "count"}, Required: 2}
			return *modargs.Func(spec, func(rt *object.Runtime, self Ref, v []Ref) Ref {
				count := 0
				if v[2] != Nil {
					n, ok := st.intArg(v[2])
					if !ok {
						return Nil
					}
					count = n
				}
				return st.sub(self, v[0], v[1], count, name == "subn")
			})
		}
		splitSpec := &modargs.Spec{Name: "split", Names: []string{"string", "maxsplit"}, Required: 1}
		t.Methods = []object.MethodDef{
			span("match", modeMatch), span("fullmatch", modeFull), span("search", modeSearch),
			span("findall", modeFindall), span("finditer", modeFinditer), span("scanner", modeScanner),
			subSpec("sub"), subSpec("subn"),
			*modargs.Func(splitSpec, func(rt *object.Runtime, self Ref, v []Ref) Ref {
				maxsplit := 0
				if v[1] != Nil {
					n, ok := st.intArg(v[1])
					if !ok {
						return Nil
					}
					maxsplit = n
				}
				return st.split(self, v[0], maxsplit)
			}),
			{Name: "__copy__", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(self) }},
			{Name: "__deepcopy__", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(self) }},
		}
	})
	t.Data = st
	return t
}

const (
	modeMatch = iota
	modeFull
	modeSearch
	modeFindall
	modeFinditer
	modeScanner
)

// posArgs converts pos and endpos arguments (Nil: defaults).
func (st *state) posArgs(posV, endV Ref) (int, int, bool) {
	pos, endpos := 0, maxSsize
	if posV != Nil {
		n, ok := st.intArg(posV)
		if !ok {
			return 0, 0, false
		}
		pos = n
	}
	if endV != Nil {
		n, ok := st.intArg(endV)
		if !ok {
			return 0, 0, false
		}
		endpos = n
	}
	return pos, endpos, true
}

// newPattern builds a Pattern for a compiled tree.
func (st *state) newPattern(pattern Ref, t *tree, pr *prog) Ref {
	rt := st.rt
	gi := rt.NewDict()
	if gi == Nil {
		return Nil
	}
	for _, name := range t.names {
		k := rt.NewStr(name)
		rt.DictSetItem(gi, k, object.MakeSmallInt(int64(t.groupdict[name])))
		rt.Decref(k)
	}
	o := rt.AllocObject(st.patternT, patternSize)
	if o == Nil {
		rt.Decref(gi)
		return Nil
	}
	*refAt(rt, o, 0) = rt.New(pattern)
	*refAt(rt, o, 1) = gi
	*i64(rt, o, offI0) = int64(t.flags)
	*i64(rt, o, offI1) = int64(t.groups - 1)
	*i64(rt, o, offI2) = int64(st.addProg(pr))
	rt.Track(o)
	return o
}

var flagNames = []struct {
	name string
	v    int
}{{"re.TEMPLATE", flagTemplate}, {"re.IGNORECASE", flagIgnoreCase}, {"re.LOCALE", flagLocale},
	{"re.MULTILINE", flagMultiline}, {"re.DOTALL", flagDotAll}, {"re.UNICODE", flagUnicode},
	{"re.VERBOSE", flagVerbose}, {"re.DEBUG", flagDebug}, {"re.ASCII", flagASCII}}

func (st *state) patternRepr(rt *object.Runtime, o Ref) Ref {
	pat := *refAt(rt, o, 0)
	r := rt.Repr(pat)
	if r == Nil {
		return Nil
	}
	rs := []rune(rt.GoString(r))
	rt.Decref(r)
	if len(rs) > 200 {
		rs = rs[:200]
	}
	flags := int(*i64(rt, o, offI0))
	if rt.IsStr(pat) && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.v != 0 {
			names = append(names, f.name)
			flags &^= f.v
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	if len(names) == 0 {
		return rt.NewStr("re.compile(" + string(rs) + ")")
	}
	return rt.NewStr("re.compile(" + string(rs) + ", " + strings.Join(names, "|") + ")")
}

// checkSubject reads string and checks it against the pattern's type.
func (st *state) checkSubject(p, str Ref) (subject, bool) {
	rt := st.rt
	sj, ok := st.getSubject(str)
	if !ok {
		return sj, false
	}
	patStr := rt.IsStr(*refAt(rt, p, 0))
	if patStr && !sj.isStr {
		rt.Raise("TypeError", "cannot use a string pattern on a bytes-like object")
		return sj, false
	}
	if !patStr && sj.isStr {
		rt.Raise("TypeError", "cannot use a bytes pattern on a string-like object")
		return sj, false
	}
	return sj, true
}

func clampPos(pos, endpos, n int) (int, int) {
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	return pos, endpos
}

// matchMethod is Pattern.match, fullmatch and search.
func (st *state) matchMethod(p, str Ref, pos, endpos, mode int) Ref {
	rt := st.rt
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	pos, endpos = clampPos(pos, endpos, sj.n)
	m := st.getMachine()
	defer st.putMachine(m)
	m.reset(st.prog(p))
	if pos > endpos || !doSearch(m, sj, pos, endpos, mode != modeSearch, mode == modeFull, false) {
		if m.failed() {
			return st.raiseFailed(m)
		}
		return rt.New(rt.None)
	}
	return st.newMatch(p, str, m, pos, endpos)
}

func (st *state) newMatch(p, str Ref, m *machine, pos, endpos int) Ref {
	rt := st.rt
	ng := len(m.caps) / 2
	o := rt.AllocObject(st.matchT, uintptr(offI4+16*ng))
	if o == Nil {
		return Nil
	}
	*refAt(rt, o, 0) = rt.New(str)
	*refAt(rt, o, 1) = rt.New(p)
	*i64(rt, o, offI0) = int64(pos)
	*i64(rt, o, offI1) = int64(endpos)
	*i64(rt, o, offI2) = int64(m.lastIndex)
	*i64(rt, o, offI3) = int64(ng)
	marks := unsafe.Slice((*int64)(unsafe.Pointer(&rt.Bytes(o, offI4, uintptr(16*ng))[0])), 2*ng)
	for i := 0; i < ng; i++ {
		s, e := m.caps[2*i], m.caps[2*i+1]
		if s < 0 || e < 0 {
			s, e = -1, -1
		}
		marks[2*i], marks[2*i+1] = int64(s), int64(e)
	}
	rt.Track(o)
	return o
}

func marksOf(rt *object.Runtime, o Ref) []int64 {
	ng := int(*i64(rt, o, offI3))
	return unsafe.Slice((*int64)(unsafe.Pointer(&rt.Bytes(o, offI4, uintptr(16*ng))[0])), 2*ng)
}

// groupIndex resolves a group argument (int or name) of a Match.
func (st *state) groupIndex(o, g Ref) (int, bool) {
	rt := st.rt
	ng := int(*i64(rt, o, offI3))
	i := -1
	if rt.IsInt(g) {
		v, ok := rt.IntAsInt64(g)
		if ok && v >= 0 && v < int64(ng) {
			i = int(v)
		}
	} else if idx := rt.TypeOf(g).Number; idx != nil && idx.Index != nil {
		v, ok := rt.AsIndex(g, "IndexError")
		if !ok {
			return 0, false
		}
		i = v
	} else {
		gi := *refAt(rt, *refAt(rt, o, 1), 1)
		if v := rt.DictGetItem(gi, g); v != Nil {
			n, _ := rt.IntAsInt64(v)
			i = int(n)
		} else if rt.Occurred() {
			return 0, false
		}
	}
	if i < 0 || i >= ng {
		rt.Raise("IndexError", "no such group")
		return 0, false
	}
	return i, true
}

// groupValue returns group i of a Match, or def (borrowed) when it is unset.
func (st *state) groupValue(o Ref, i int, def Ref) Ref {
	rt := st.rt
	marks := marksOf(rt, o)
	s, e := marks[2*i], marks[2*i+1]
	if s < 0 {
		return rt.New(def)
	}
	str := *refAt(rt, o, 0)
	sj, ok := st.getSubject(str)
	if !ok {
		return Nil
	}
	if int(e) > sj.n {
		e = int64(sj.n)
	}
	if int(s) > int(e) {
		s = e
	}
	return st.slice(str, sj, int(s), int(e))
}

func (st *state) newMatchType() *object.Type {
	rt := st.rt
	t := modargs.NewType(rt, "re.Match", offI4, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 2)
		t.Repr = func(rt *object.Runtime, o Ref) Ref {
			g := st.groupValue(o, 0, rt.None)
			if g == Nil {
				return Nil
			}
			r := rt.Repr(g)
			rt.Decref(g)
			if r == Nil {
				return Nil
			}
			rs := []rune(rt.GoString(r))
			rt.Decref(r)
			if len(rs) > 50 {
				rs = rs[:50]
			}
			marks := marksOf(rt, o)
			return rt.NewStr(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", marks[0], marks[1], string(rs)))
		}
		t.Mapping = &object.MappingSlots{Subscript: func(rt *object.Runtime, o, key Ref) Ref {
			i, ok := st.groupIndex(o, key)
			if !ok {
				return Nil
			}
			return st.groupValue(o, i, rt.None)
		}}
		spanOf := func(rt *object.Runtime, o Ref, args []Ref, kw Ref, name string) (int64, int64, bool) {
			if !rt.NoKwargs(name, kw) {
				return 0, 0, false
			}
			if len(args) > 1 {
				rt.Raise("TypeError", "%s expected at most 1 argument, got %d", name, len(args))
				return 0, 0, false
			}
			i := 0
			if len(args) == 1 {
				var ok bool
				if i, ok = st.groupIndex(o, args[0]); !ok {
					return 0, 0, false
				}
			}
			marks := marksOf(rt, o)
			return marks[2*i], marks[2*i+1], true
		}
		defaultArg := func(name string) *modargs.Spec {
			return &modargs.Spec{Name: name, Names: []string{"default"}}
		}
		t.Methods = []object.MethodDef{
			{Name: "group", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				if !rt.NoKwargs("group", kw) {
					return Nil
				}
				if len(args) == 0 {
					return st.groupValue(o, 0, rt.None)
				}
				if len(args) == 1 {
					i, ok := st.groupIndex(o, args[0])
					if !ok {
						return Nil
					}
					return st.groupValue(o, i, rt.None)
				}
				items := make([]Ref, len(args))
				for j, a := range args {
					i, ok := st.groupIndex(o, a)
					var v Ref
					if ok {
						v = st.groupValue(o, i, rt.None)
					}
					if !ok || v == Nil {
						for _, it := range items[:j] {
							rt.Decref(it)
						}
						return Nil
					}
					items[j] = v
				}
				return rt.TuplePack(items...)
			}},
			*modargs.Func(defaultArg("groups"), func(rt *object.Runtime, o Ref, v []Ref) Ref {
				def := v[0]
				if def == Nil {
					def = rt.None
				}
				ng := int(*i64(rt, o, offI3))
				items := make([]Ref, 0, ng)
				for i := 1; i < ng; i++ {
					g := st.groupValue(o, i, def)
					if g == Nil {
						for _, it := range items {
							rt.Decref(it)
						}
						return Nil
					}
					items = append(items, g)
				}
				return rt.TuplePack(items...)
			}),
			*modargs.Func(defaultArg("groupdict"), func(rt *object.Runtime, o Ref, v []Ref) Ref {
				def := v[0]
				if def == Nil {
					def = rt.None
				}
				d := rt.NewDict()
				if d == Nil {
					return Nil
				}
				gi := *refAt(rt, *refAt(rt, o, 1), 1)
				pos := 0
				for {
					k, idx, ok := rt.DictNext(gi, &pos)
					if !ok {
						break
					}
					n, _ := rt.IntAsInt64(idx)
					g := st.groupValue(o, int(n), def)
					if g == Nil || rt.DictSetItem(d, k, g) < 0 {
						rt.Decref(d)
						return Nil
					}
					rt.Decref(g)
				}
				return d
			}),
			{Name: "start", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				s, _, ok := spanOf(rt, o, args, kw, "start")
				if !ok {
					return Nil
				}
				return rt.NewInt(s)
			}},
			{Name: "end", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				_, e, ok := spanOf(rt, o, args, kw, "end")
				if !ok {
					return Nil
				}
				return rt.NewInt(e)
			}},
			{Name: "span", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				s, e, ok := spanOf(rt, o, args, kw, "span")
				if !ok {
					return Nil
				}
				return rt.TuplePack(rt.NewInt(s), rt.NewInt(e))
			}},
			*modargs.Func(&modargs.Spec{Name: "expand", Names: []string{"template"}, Required: 1}, func(rt *object.Runtime, o Ref, v []Ref) Ref {
				p := *refAt(rt, o, 1)
				tp, ok := st.parseTemplate(p, v[0])
				if !ok {
					return Nil
				}
				str := *refAt(rt, o, 0)
				sj, ok := st.getSubject(str)
				if !ok {
					return Nil
				}
				var out []rune
				out, ok = st.expandInto(out, tp, o, sj)
				if !ok {
					return Nil
				}
				return newOut(rt, out, sj.isStr)
			}),
			{Name: "__copy__", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(self) }},
			{Name: "__deepcopy__", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(self) }},
		}
		t.GetSets = []object.GetSetDef{
			{Name: "string", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(*refAt(rt, o, 0)) }},
			{Name: "re", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(*refAt(rt, o, 1)) }},
			{Name: "pos", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewInt(*i64(rt, o, offI0)) }},
			{Name: "endpos", Get: func(rt *object.Runtime, o Ref) Ref { return rt.NewInt(*i64(rt, o, offI1)) }},
			{Name: "lastindex", Get: func(rt *object.Runtime, o Ref) Ref {
				li := *i64(rt, o, offI2)
				if li < 1 {
					return rt.New(rt.None)
				}
				return rt.NewInt(li)
			}},
			{Name: "lastgroup", Get: func(rt *object.Runtime, o Ref) Ref {
				li := *i64(rt, o, offI2)
				if li >= 1 {
					gi := *refAt(rt, *refAt(rt, o, 1), 1)
					pos := 0
					for {
						k, idx, ok := rt.DictNext(gi, &pos)
						if !ok {
							break
						}
						if n, _ := rt.IntAsInt64(idx); n == li {
							return rt.New(k)
						}
					}
				}
				return rt.New(rt.None)
			}},
			{Name: "regs", Get: func(rt *object.Runtime, o Ref) Ref {
				marks := marksOf(rt, o)
				items := make([]Ref, len(marks)/2)
				for i := range items {
					items[i] = rt.TuplePack(rt.NewInt(marks[2*i]), rt.NewInt(marks[2*i+1]))
				}
				return rt.TuplePack(items...)
			}},
		}
	})
	return t
}

func newOut(rt *object.Runtime, out []rune, isStr bool) Ref {
	if isStr {
		return rt.NewStrFromRunes(out)
	}
	b := make([]byte, len(out))
	for i, c := range out {
		b[i] = byte(c)
	}
	return rt.NewBytes(b)
}

// scanStep is one step of a scanner or finditer iterator: the next match
// (anchored at the current position or searched from it), None at the end, or
// Nil with an exception set.
func (st *state) scanStep(o Ref, anchored bool) Ref {
	rt := st.rt
	flags := i64(rt, o, offI2)
	if *flags&2 != 0 {
		return rt.New(rt.None)
	}
	p, str := *refAt(rt, o, 0), *refAt(rt, o, 1)
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	pos := int(*i64(rt, o, offI0))
	endpos := min(int(*i64(rt, o, offI1)), sj.n)
	m := st.getMachine()
	defer st.putMachine(m)
	m.reset(st.prog(p))
	if pos > endpos || !doSearch(m, sj, pos, endpos, anchored, false, *flags&1 != 0) {
		*flags |= 2
		if m.failed() {
			return st.raiseFailed(m)
		}
		return rt.New(rt.None)
	}
	mt := st.newMatch(p, str, m, int(*i64(rt, o, offI3)), endpos)
	if mt == Nil {
		return Nil
	}
	s, e := m.caps[0], m.caps[1]
	*i64(rt, o, offI0) = int64(e)
	*flags = 0
	if s == e {
		*flags = 1
	}
	return mt
}

func (st *state) newIterType() *object.Type {
	rt := st.rt
	return modargs.NewType(rt, "callable_iterator", iterSize+8, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 2)
		t.Iter = func(rt *object.Runtime, o Ref) Ref { return rt.New(o) }
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			r := st.scanStep(o, false)
			if r == rt.None {
				rt.Decref(r)
				return Nil
			}
			return r
		}
	})
}

// newScannerType is _sre.SRE_Scanner, what Pattern.scanner returns.
func (st *state) newScannerType() *object.Type {
	rt := st.rt
	return modargs.NewType(rt, "_sre.SRE_Scanner", iterSize+8, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 2)
		t.Methods = []object.MethodDef{
			{Name: "match", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				if !modargs.ArgsCheck(rt, "match", args, kw, 0, 0) {
					return Nil
				}
				return st.scanStep(o, true)
			}},
			{Name: "search", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
				if !modargs.ArgsCheck(rt, "search", args, kw, 0, 0) {
					return Nil
				}
				return st.scanStep(o, false)
			}},
		}
		t.GetSets = []object.GetSetDef{
			{Name: "pattern", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(*refAt(rt, o, 0)) }},
		}
	})
}

// finditer is Pattern.finditer.
func (st *state) finditer(p, str Ref, pos, endpos int) Ref {
	return st.newScan(st.iterT, p, str, pos, endpos)
}

// newScan makes a finditer iterator or a scanner (t).
func (st *state) newScan(t *object.Type, p, str Ref, pos, endpos int) Ref {
	rt := st.rt
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	pos, endpos = clampPos(pos, endpos, sj.n)
	o := rt.AllocObject(t, iterSize+8)
	if o == Nil {
		return Nil
	}
	*refAt(rt, o, 0) = rt.New(p)
	*refAt(rt, o, 1) = rt.New(str)
	*i64(rt, o, offI0) = int64(pos)
	*i64(rt, o, offI1) = int64(endpos)
	*i64(rt, o, offI2) = 0
	*i64(rt, o, offI3) = int64(pos) // the Match objects' pos
	rt.Track(o)
	return o
}

// findall is Pattern.findall.
func (st *state) findall(p, str Ref, pos, endpos int) Ref {
	rt := st.rt
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	pos, endpos = clampPos(pos, endpos, sj.n)
	list := rt.NewList(0)
	if list == Nil {
		return Nil
	}
	m := st.getMachine()
	defer st.putMachine(m)
	m.reset(st.prog(p))
	groups := int(*i64(rt, p, offI1))
	must := false
	for pos <= endpos {
		if !doSearch(m, sj, pos, endpos, false, false, must) {
			if m.failed() {
				rt.Decref(list)
				return st.raiseFailed(m)
			}
			break
		}
		var item Ref
		switch groups {
		case 0:
			item = st.slice(str, sj, m.caps[0], m.caps[1])
		case 1:
			item = st.capSlice(str, sj, m, 1)
		default:
			items := make([]Ref, groups)
			for i := range items {
				items[i] = st.capSlice(str, sj, m, i+1)
			}
			item = rt.TuplePack(items...)
		}
		if item == Nil || rt.ListAppend(list, item) < 0 {
			rt.Decref(list)
			return Nil
		}
		rt.Decref(item)
		must = m.caps[0] == m.caps[1]
		pos = m.caps[1]
	}
	return list
}

// capSlice is group i of the machine's match, empty when unset.
func (st *state) capSlice(str Ref, sj subject, m *machine, i int) Ref {
	s, e := m.caps[2*i], m.caps[2*i+1]
	if s < 0 || e < 0 {
		s, e = 0, 0
	}
	return st.slice(str, sj, s, e)
}

// split is Pattern.split.
func (st *state) split(p, str Ref, maxsplit int) Ref {
	rt := st.rt
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	list := rt.NewList(0)
	if list == Nil {
		return Nil
	}
	m := st.getMachine()
	defer st.putMachine(m)
	m.reset(st.prog(p))
	groups := int(*i64(rt, p, offI1))
	appendSteal := func(item Ref) bool {
		if item == Nil || rt.ListAppend(list, item) < 0 {
			rt.Decref(list)
			return false
		}
		rt.Decref(item)
		return true
	}
	last, pos, n := 0, 0, 0
	must := false
	for maxsplit <= 0 || n < maxsplit {
		if maxsplit < 0 {
			break
		}
		if !doSearch(m, sj, pos, sj.n, false, false, must) {
			if m.failed() {
				rt.Decref(list)
				return st.raiseFailed(m)
			}
			break
		}
		if !appendSteal(st.slice(str, sj, last, m.caps[0])) {
			return Nil
		}
		for i := 1; i <= groups; i++ {
			s, e := m.caps[2*i], m.caps[2*i+1]
			var item Ref
			if s < 0 || e < 0 {
				item = rt.New(rt.None)
			} else {
				item = st.slice(str, sj, s, e)
			}
			if !appendSteal(item) {
				return Nil
			}
		}
		n++
		must = m.caps[0] == m.caps[1]
		last, pos = m.caps[1], m.caps[1]
	}
	if !appendSteal(st.slice(str, sj, last, sj.n)) {
		return Nil
	}
	return list
}
