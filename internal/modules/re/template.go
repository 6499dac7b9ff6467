// Replacement templates (re._parser.parse_template / expand_template) and
// Pattern.sub. See doc.go.

package re

import (
	"strconv"

	"github.com/pyheap/pyheap/internal/object"
)

// tmplItem is a literal run (group < 0) or a group reference.
type tmplItem struct {
	lit   []rune
	group int
}

type template []tmplItem

// parseTemplate parses repl (a str or bytes) against pattern p. It returns
// false with re.error or IndexError set.
func (st *state) parseTemplate(p, repl Ref) (tp template, ok bool) {
	rt := st.rt
	if !rt.IsStr(repl) && !rt.IsBytes(repl) {
		if d, isBuf := rt.BytesLikeData(repl); isBuf {
			b := rt.NewBytes(d)
			defer rt.Decref(b)
			return st.parseTemplate(p, b)
		}
		rt.Raise("TypeError", "decoding to str: need a bytes-like object, %s found", rt.TypeNameOf(repl))
		return nil, false
	}
	src, isStr := st.patternRunes(repl)
	groups := int(*i64(rt, p, offI1))
	gi := *refAt(rt, p, 1)
	tp, err := parseTemplateRunes(src, isStr, groups, func(name string) (int, bool) {
		k := rt.NewStr(name)
		defer rt.Decref(k)
		v := rt.DictGetItem(gi, k)
		if v == Nil {
			return 0, false
		}
		n, _ := rt.IntAsInt64(v)
		return int(n), true
	})
	if err != nil {
		if err.Kind == "IndexError" {
			rt.Raise("IndexError", "%s", err.Msg)
		} else {
			st.raise(err, repl)
		}
		return nil, false
	}
	return tp, true
}

// parseTemplateRunes is parse_template over the template's characters.
func parseTemplateRunes(src []rune, isStr bool, groups int, lookup func(string) (int, bool)) (tp template, err *Error) {
	p := &parser{src: src, isStr: isStr}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			if !isStr && e.Kind == "" {
				e.Msg = asciiBackslash(e.Msg)
			}
			tp, err = nil, e
		}
	}()
	p.advance()
	var lit []rune
	addGroup := func(index, offset int) {
		if index > groups {
			p.errorf(offset, "invalid group reference %d", index)
		}
		if len(lit) > 0 {
			tp = append(tp, tmplItem{lit: lit, group: -1})
			lit = nil
		}
		tp = append(tp, tmplItem{group: index})
	}
	for {
		this := p.get()
		if !this.ok {
			break
		}
		if !this.esc {
			lit = append(lit, this.c)
			continue
		}
		c := this.c
		switch {
		case c == 'g':
			if !p.match('<') {
				p.errorf(0, "missing <")
			}
			name := p.getuntil('>', "group name")
			var index int
			if isIdentifier(name) {
				i, ok := lookup(name)
				if !ok {
					panic(&Error{Kind: "IndexError", Msg: "unknown group name " + pyRepr(name), Pos: -1})
				}
				index = i
			} else {
				v, digits, ok := groupNumber(name)
				if !ok {
					p.errorf(len([]rune(name))+1, "bad character in group name %s", pyRepr(name))
				}
				if v >= maxGroups {
					p.errorf(len([]rune(name))+1, "invalid group reference %s", digits)
				}
				index = v
			}
			addGroup(index, len([]rune(name))+1)
		case c == '0':
			s := "0"
			if p.next.ok && !p.next.esc && isOct(p.next.c) {
				s += string(p.get().c)
				if p.next.ok && !p.next.esc && isOct(p.next.c) {
					s += string(p.get().c)
				}
			}
			v, _ := strconv.ParseUint(s, 8, 32)
			lit = append(lit, rune(v&0xff))
		case isDigit(c):
			s := string(c)
			isOctal := false
			if p.next.ok && !p.next.esc && isDigit(p.next.c) {
				s += string(p.get().c)
				if isOct(c) && isOct(rune(s[1])) && p.next.ok && !p.next.esc && isOct(p.next.c) {
					s += string(p.get().c)
					isOctal = true
					v, _ := strconv.ParseUint(s, 8, 32)
					if v > 0o377 {
						p.errorf(len(s)+1, "octal escape value \\%s outside of range 0-0o377", s)
					}
					lit = append(lit, rune(v))
				}
			}
			if !isOctal {
				g, _ := strconv.Atoi(s)
				addGroup(g, len(s))
			}
		default:
			if e, ok := escapeChar(c); ok {
				lit = append(lit, e)
			} else if isASCIILetter(c) {
				p.errorf(2, "bad escape \\%c", c)
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	if len(lit) > 0 {
		tp = append(tp, tmplItem{lit: lit, group: -1})
	}
	return tp, nil
}

// expandInto appends the expansion of tp for match o to out.
func (st *state) expandInto(out []rune, tp template, o Ref, sj subject) ([]rune, bool) {
	rt := st.rt
	marks := marksOf(rt, o)
	for _, it := range tp {
		if it.group < 0 {
			out = append(out, it.lit...)
			continue
		}
		if 2*it.group+1 >= len(marks) {
			e := &Error{Msg: "invalid group reference " + strconv.Itoa(it.group), Pos: -1}
			st.raise(e, Nil)
			return nil, false
		}
		s, e := int(marks[2*it.group]), int(marks[2*it.group+1])
		if s < 0 {
			continue
		}
		for i := s; i < e && i < sj.n; i++ {
			out = append(out, sj.at(i))
		}
	}
	return out, true
}

// expandCaps is expandInto for the machine's current match.
func expandCaps(out []rune, tp template, caps []int, sj subject) []rune {
	for _, it := range tp {
		if it.group < 0 {
			out = append(out, it.lit...)
			continue
		}
		s, e := caps[2*it.group], caps[2*it.group+1]
		if s < 0 || e < 0 {
			continue
		}
		for i := s; i < e; i++ {
			out = append(out, sj.at(i))
		}
	}
	return out
}

// appendObj appends the contents of a replacement object (the result of a
// callable repl, or a literal repl) to out, with str.join's type errors.
func (st *state) appendObj(out []rune, v Ref, isStr bool, item int) ([]rune, bool) {
	rt := st.rt
	if isStr {
		if !rt.IsStr(v) {
			joinTypeError(rt, true, item, v)
			return nil, false
		}
		n := rt.StrLen(v)
		for i := 0; i < n; i++ {
			out = append(out, rt.StrAt(v, i))
		}
		return out, true
	}
	d, ok := rt.BytesLikeData(v)
	if !ok {
		joinTypeError(rt, false, item, v)
		return nil, false
	}
	for _, b := range d {
		out = append(out, rune(b))
	}
	return out, true
}

// joinTypeError raises str.join's or bytes.join's error for item i of the
// wrong type (v).
func joinTypeError(rt *object.Runtime, isStr bool, i int, v Ref) {
	if isStr {
		rt.Raise("TypeError", "sequence item %d: expected str instance, %s found", i, rt.TypeNameOf(v))
	} else {
		rt.Raise("TypeError", "sequence item %d: expected a bytes-like object, %s found", i, rt.TypeNameOf(v))
	}
}

// sub is Pattern.sub and Pattern.subn.
func (st *state) sub(p, repl, str Ref, count int, withCount bool) Ref {
	rt := st.rt
	sj, ok := st.checkSubject(p, str)
	if !ok {
		return Nil
	}
	callable := rt.TypeOf(repl).Call != nil
	var tp template
	var literal Ref = Nil
	tmplMismatch := -1
	if !callable {
		hasBackslash := true
		if rt.IsStr(repl) {
			hasBackslash = false
			for i, n := 0, rt.StrLen(repl); i < n; i++ {
				if rt.StrAt(repl, i) == '\\' {
					hasBackslash = true
					break
				}
			}
		} else if d, isBuf := rt.BytesLikeData(repl); isBuf {
			hasBackslash = false
			for _, b := range d {
				if b == '\\' {
					hasBackslash = true
					break
				}
			}
		}
		if hasBackslash {
			tp, ok = st.parseTemplate(p, repl)
			if !ok {
				return Nil
			}
			if len(tp) == 1 && tp[0].group < 0 {
				// _subx hands a template without groups over as its literal.
				literal = newOut(rt, tp[0].lit, rt.IsStr(repl))
				if literal == Nil {
					return Nil
				}
				defer rt.Decref(literal)
			} else if rt.IsStr(repl) != sj.isStr {
				// expand_template joins str and bytes: the first literal fails.
				for i, it := range tp {
					if it.group < 0 {
						tmplMismatch = i
						break
					}
				}
			}
		} else {
			literal = repl
		}
	}
	m := st.getMachine()
	defer st.putMachine(m)
	pr := st.prog(p)
	out := m.out[:0]
	defer func() {
		if cap(out) <= 1<<16 {
			m.out = out[:0]
		}
	}()
	items := 0 // the join list's length, for TypeError messages
	last, pos, n := 0, 0, 0
	must := false
	for count == 0 || n < count {
		m.reset(pr)
		if !doSearch(m, sj, pos, sj.n, false, false, must) {
			if m.failed() {
				return st.raiseFailed(m)
			}
			break
		}
		b, e := m.caps[0], m.caps[1]
		if last < b {
			for i := last; i < b; i++ {
				out = append(out, sj.at(i))
			}
			items++
		}
		switch {
		case callable:
			mt := st.newMatch(p, str, m, 0, sj.n)
			if mt == Nil {
				return Nil
			}
			v := rt.Call1(repl, mt)
			rt.Decref(mt)
			if v == Nil {
				return Nil
			}
			if v != rt.None {
				out, ok = st.appendObj(out, v, sj.isStr, items)
				items++
			}
			rt.Decref(v)
			if !ok {
				return Nil
			}
			// The callable may have changed a mutable subject.
			if sj, ok = st.getSubject(str); !ok {
				return Nil
			}
		case literal != Nil:
			out, ok = st.appendObj(out, literal, sj.isStr, items)
			items++
			if !ok {
				return Nil
			}
		default:
			if tmplMismatch >= 0 {
				joinTypeError(rt, sj.isStr, tmplMismatch, repl)
				return Nil
			}
			out = expandCaps(out, tp, m.caps, sj)
			items++
		}
		n++
		last, pos = e, e
		must = b == e
		if pos > sj.n {
			break
		}
	}
	for i := last; i < sj.n; i++ {
		out = append(out, sj.at(i))
	}
	var res Ref
	if n == 0 && (rt.TypeOf(str) == rt.StrType || rt.TypeOf(str) == rt.BytesType) {
		res = rt.New(str)
	} else {
		res = newOut(rt, out, sj.isStr)
	}
	if res == Nil || !withCount {
		return res
	}
	return rt.TuplePack(res, rt.NewInt(int64(n)))
}
