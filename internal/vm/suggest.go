// "Did you mean" suggestions for NameError and AttributeError, with CPython 3.11's
// edit distance (Python/suggestions.c). See doc.go.

package vm

import "sort"

const (
	moveCost          = 2
	caseCost          = 1
	maxCandidateItems = 750
	maxStringSize     = 40
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	tmp := moveCost
	for i := range buf {
		buf[i] = tmp
		tmp += moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// suggestion picks the closest candidate to name, or "".
func suggestion(name string, candidates []string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func (in *Interp) dictKeys(d Ref) []string {
	rt := in.RT
	var out []string
	if d == Nil || !rt.IsInstance(d, rt.DictType) {
		return nil
	}
	pos := 0
	for {
		k, _, ok := rt.DictNext(d, &pos)
		if !ok {
			break
		}
		if rt.IsStr(k) {
			out = append(out, rt.GoString(k))
		}
	}
	sort.Strings(out)
	return out
}

// nameSuggestion is computed when a NameError is raised in frame f.
func (in *Interp) nameSuggestion(f *Frame, name string) string {
	rt := in.RT
	var locals []string
	if f.locals != Nil {
		locals = in.dictKeys(f.locals)
	} else {
		for i := 0; i < f.code.nlp; i++ {
			if f.lp[i] != Nil {
				locals = append(locals, f.code.c.LocalName(i))
			}
		}
		sort.Strings(locals)
	}
	if s := suggestion(name, locals); s != "" {
		return s
	}
	if s := suggestion(name, in.dictKeys(f.globals)); s != "" {
		return s
	}
	_ = rt
	return suggestion(name, in.dictKeys(f.builtins))
}

// attrSuggestion is computed when an AttributeError is printed.
func (in *Interp) attrSuggestion(obj Ref, name string) string {
	rt := in.RT
	var keys Ref
	if m := in.lookupSpecial(obj, "__dir__"); m != Nil {
		keys = rt.Call(m, nil, Nil)
		rt.Decref(m)
	} else {
		keys = in.DefaultDir(obj)
	}
	if keys == Nil {
		rt.ClearErr()
		return ""
	}
	defer rt.Decref(keys)
	l := rt.SequenceList(keys)
	if l == Nil {
		rt.ClearErr()
		return ""
	}
	defer rt.Decref(l)
	var cands []string
	for _, k := range rt.ListItems(l) {
		if rt.IsStr(k) {
			cands = append(cands, rt.GoString(k))
		}
	}
	sort.Strings(cands)
	return suggestion(name, cands)
}
