// The methods of str (CPython 3.11's unicodeobject.c), each with CPython's argument
// handling and error messages. See str_methods.go for the slots.

package object

import (
	"bytes"
	"strings"
)

// strMethodDefs returns str's method table.
func strMethodDefs() []MethodDef {
	noArgs := func(name string, f func(rt *Runtime, s Ref) Ref) MethodDef {
		return MethodDef{Name: name, Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ("str", name, args, kwnames, 0, 0) {
				return Nil
			}
			return f(rt, s)
		}}
	}
	pred := func(name string, f func(rt *Runtime, s Ref) bool) MethodDef {
		return noArgs(name, func(rt *Runtime, s Ref) Ref { return rt.NewBool(f(rt, s)) })
	}
	allChars := func(f func(rune) bool) func(rt *Runtime, s Ref) bool {
		return func(rt *Runtime, s Ref) bool {
			n := rt.StrLen(s)
			if n == 0 {
				return false
			}
			for i := range n {
				if !f(rt.StrAt(s, i)) {
					return false
				}
			}
			return true
		}
	}
	return []MethodDef{
		noArgs("capitalize", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseCapitalize) }),
		noArgs("casefold", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseFold) }),
		noArgs("lower", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseLower) }),
		noArgs("upper", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseUpper) }),
		noArgs("swapcase", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseSwap) }),
		noArgs("title", func(rt *Runtime, s Ref) Ref { return rt.strCaseMap(s, caseTitle) }),
		{Name: "center", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref { return rt.strPad(s, "center", args, kwnames) }},
		{Name: "ljust", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref { return rt.strPad(s, "ljust", args, kwnames) }},
		{Name: "rjust", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref { return rt.strPad(s, "rjust", args, kwnames) }},
		{Name: "zfill", Fn: strZfill},
		{Name: "count", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strFindMethod(s, "count", args, kwnames)
		}},
		{Name: "find", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strFindMethod(s, "find", args, kwnames)
		}},
		{Name: "rfind", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strFindMethod(s, "rfind", args, kwnames)
		}},
		{Name: "index", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strFindMethod(s, "index", args, kwnames)
		}},
		{Name: "rindex", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strFindMethod(s, "rindex", args, kwnames)
		}},
		{Name: "startswith", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strTailMatch(s, "startswith", args, kwnames)
		}},
		{Name: "endswith", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strTailMatch(s, "endswith", args, kwnames)
		}},
		{Name: "encode", Fn: strEncodeMethod},
		{Name: "expandtabs", Fn: strExpandTabs},
		{Name: "format", Fn: strFormatMethod},
		{Name: "format_map", Fn: strFormatMapMethod},
		{Name: "__format__", Fn: strFormatDunder},
		pred("isalnum", allChars(uIsAlnum)),
		pred("isalpha", allChars(uIsAlpha)),
		pred("isdecimal", allChars(uIsDecimal)),
		pred("isdigit", allChars(uIsDigit)),
		pred("isnumeric", allChars(uIsNumeric)),
		pred("isspace", allChars(uIsSpace)),
		pred("isascii", func(rt *Runtime, s Ref) bool { return rt.StrIsASCII(s) }),
		pred("isprintable", func(rt *Runtime, s Ref) bool {
			for i := range rt.StrLen(s) {
				if !uIsPrintable(rt.StrAt(s, i)) {
					return false
				}
			}
			return true
		}),
		pred("isidentifier", func(rt *Runtime, s Ref) bool { return rt.StrIsIdentifier(s) }),
		pred("islower", func(rt *Runtime, s Ref) bool {
			cased := false
			for i := range rt.StrLen(s) {
				c := rt.StrAt(s, i)
				if uIsUpper(c) || uIsTitle(c) {
					return false
				}
				if uIsLower(c) {
					cased = true
				}
			}
			return cased
		}),
		pred("isupper", func(rt *Runtime, s Ref) bool {
			cased := false
			for i := range rt.StrLen(s) {
				c := rt.StrAt(s, i)
				if uIsLower(c) || uIsTitle(c) {
					return false
				}
				if uIsUpper(c) {
					cased = true
				}
			}
			return cased
		}),
		pred("istitle", func(rt *Runtime, s Ref) bool {
			cased, prev := false, false
			for i := range rt.StrLen(s) {
				c := rt.StrAt(s, i)
				switch {
				case uIsUpper(c) || uIsTitle(c):
					if prev {
						return false
					}
					prev, cased = true, true
				case uIsLower(c):
					if !prev {
						return false
					}
					prev, cased = true, true
				default:
					prev = false
				}
			}
			return cased
		}),
		{Name: "join", Fn: strJoin},
		{Name: "strip", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strStrip(s, "strip", args, kwnames, true, true)
		}},
		{Name: "lstrip", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strStrip(s, "lstrip", args, kwnames, true, false)
		}},
		{Name: "rstrip", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strStrip(s, "rstrip", args, kwnames, false, true)
		}},
		{Name: "maketrans", Kind: StaticMethod, Fn: strMaketrans},
		{Name: "partition", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strPartition(s, "partition", args, kwnames, false)
		}},
		{Name: "rpartition", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strPartition(s, "rpartition", args, kwnames, true)
		}},
		{Name: "removeprefix", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strRemoveAffix(s, "removeprefix", args, kwnames)
		}},
		{Name: "removesuffix", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strRemoveAffix(s, "removesuffix", args, kwnames)
		}},
		{Name: "replace", Fn: strReplace},
		{Name: "split", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strSplitMethod(s, "split", args, kwnames)
		}},
		{Name: "rsplit", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			return rt.strSplitMethod(s, "rsplit", args, kwnames)
		}},
		{Name: "splitlines", Fn: strSplitlines},
		{Name: "translate", Fn: strTranslate},
		{Name: "__getnewargs__", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			if !rt.CheckArgs("str.__getnewargs__", args, kwnames, 0, 0) {
				return Nil
			}
			e := rt.strExact(s)
			if e == Nil {
				return Nil
			}
			return rt.TuplePack(e)
		}},
		{Name: "__sizeof__", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
			if !rt.CheckArgs("str.__sizeof__", args, kwnames, 0, 0) {
				return Nil
			}
			return rt.NewInt(int64(rt.BlockSize(s)))
		}},
	}
}

// checkOldArgs checks arguments as CPython's PyArg_ParseTuple does for methods such
// as find: "find() takes at least 1 argument (0 given)", and no keywords
// ("str.find() takes no keyword arguments").
func (rt *Runtime) checkOldArgs(typeName, name string, args []Ref, kwnames Ref, min, max int) bool {
	if kwnames == Nil && len(args) >= min && len(args) <= max {
		return true
	}
	if !rt.NoKwargs(typeName+"."+name, kwnames) {
		return false
	}
	if len(args) < min {
		rt.Raise("TypeError", "%s() takes at least %d argument%s (%d given)", name, min, plural(min), len(args))
		return false
	}
	if len(args) > max {
		rt.Raise("TypeError", "%s() takes at most %d argument%s (%d given)", name, max, plural(max), len(args))
		return false
	}
	return true
}

// StrIsIdentifier reports whether s is a valid identifier (str.isidentifier).
func (rt *Runtime) StrIsIdentifier(s Ref) bool {
	n := rt.StrLen(s)
	if n == 0 || !uIsXIDStart(rt.StrAt(s, 0)) {
		return false
	}
	for i := 1; i < n; i++ {
		if !uIsXIDContinue(rt.StrAt(s, i)) {
			return false
		}
	}
	return true
}

// Case conversions.
const (
	caseLower = iota
	caseUpper
	caseFold
	caseSwap
	caseTitle
	caseCapitalize
)

// lowerAt appends the full lowercase mapping of cps[i], with Greek capital sigma
// mapped by the Final_Sigma rule as CPython's lower_ucs4 does.
func lowerAt(dst []rune, cps []rune, i int) []rune {
	c := cps[i]
	if c != 0x3A3 {
		return uCase(dst, ucLower, c)
	}
	j := i - 1
	for ; j >= 0; j-- {
		if !uIsCaseIgnorable(cps[j]) {
			break
		}
	}
	final := j >= 0 && uIsCased(cps[j])
	if final && i+1 < len(cps) {
		j = i + 1
		for ; j < len(cps); j++ {
			if !uIsCaseIgnorable(cps[j]) {
				break
			}
		}
		final = j == len(cps) || !uIsCased(cps[j])
	}
	if final {
		return append(dst, 0x3C2)
	}
	return append(dst, 0x3C3)
}

// strCaseMap applies a case conversion to s.
func (rt *Runtime) strCaseMap(s Ref, mode int) Ref {
	n := rt.StrLen(s)
	if rt.StrIsASCII(s) {
		if n == 0 {
			return rt.New(rt.EmptyStr)
		}
		data := rt.StrData(s)
		r := rt.newStrRaw(n, 1, true)
		if r == Nil {
			return Nil
		}
		out := rt.StrData(r)
		prevCased := false
		for i, c := range data {
			isU, isL := c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z'
			switch mode {
			case caseLower, caseFold:
				if isU {
					c += 32
				}
			case caseUpper:
				if isL {
					c -= 32
				}
			case caseSwap:
				if isU {
					c += 32
				} else if isL {
					c -= 32
				}
			case caseTitle:
				if prevCased && isU {
					c += 32
				} else if !prevCased && isL {
					c -= 32
				}
				prevCased = isU || isL
			case caseCapitalize:
				if i == 0 && isL {
					c -= 32
				} else if i > 0 && isU {
					c += 32
				}
			}
			out[i] = c
		}
		if n == 1 {
			c := out[0]
			rt.Decref(r)
			return rt.New(rt.latin1[c])
		}
		if rt.isExactStr(s) && string(out) == string(data) {
			rt.Decref(r)
			return rt.New(s)
		}
		return r
	}
	cps := rt.appendStrRunes(rt.borrowRunes(n), s)
	out := rt.borrowRunes(n)
	prevCased := false
	for i, c := range cps {
		switch mode {
		case caseLower:
			out = lowerAt(out, cps, i)
		case caseUpper:
			out = uCase(out, ucUpper, c)
		case caseFold:
			out = uCase(out, ucFold, c)
		case caseSwap:
			if uIsUpper(c) {
				out = lowerAt(out, cps, i)
			} else if uIsLower(c) {
				out = uCase(out, ucUpper, c)
			} else {
				out = append(out, c)
			}
		case caseTitle:
			if prevCased {
				out = lowerAt(out, cps, i)
			} else {
				out = uCase(out, ucTitle, c)
			}
			prevCased = uIsCased(c)
		case caseCapitalize:
			if i == 0 {
				out = uCase(out, ucTitle, c)
			} else {
				out = lowerAt(out, cps, i)
			}
		}
	}
	r := rt.strResult(s, out)
	rt.returnRunes(out)
	rt.returnRunes(cps)
	return r
}

// strFillArg converts the fillchar argument of center, ljust and rjust.
func (rt *Runtime) strFillArg(v Ref) (rune, bool) {
	if v == Nil {
		return ' ', true
	}
	if !rt.IsStr(v) {
		rt.Raise("TypeError", "The fill character must be a unicode character, not %s", rt.TypeNameOf(v))
		return 0, false
	}
	if rt.StrLen(v) != 1 {
		rt.Raise("TypeError", "The fill character must be exactly one character long")
		return 0, false
	}
	return rt.StrAt(v, 0), true
}

func (rt *Runtime) strPad(s Ref, name string, args []Ref, kwnames Ref) Ref {
	if !rt.checkPos("str", name, args, kwnames, 1, 2) {
		return Nil
	}
	width, ok := rt.AsIndex(args[0], "OverflowError")
	if !ok {
		return Nil
	}
	var fill rune = ' '
	if len(args) > 1 {
		if fill, ok = rt.strFillArg(args[1]); !ok {
			return Nil
		}
	}
	n := rt.StrLen(s)
	if width <= n {
		return rt.strSelf(s)
	}
	if width > maxStrLen {
		rt.NoMemory()
		return Nil
	}
	marg := width - n
	var left int
	switch name {
	case "center":
		left = marg/2 + (marg & width & 1)
	case "rjust":
		left = marg
	}
	return rt.strPadded(s, left, marg-left, fill)
}

// strSelf returns s as an exact str: s itself when it is one.
func (rt *Runtime) strSelf(s Ref) Ref {
	if rt.isExactStr(s) {
		return rt.New(s)
	}
	return rt.strExact(s)
}

// strPadded returns s with left and right copies of fill around it.
func (rt *Runtime) strPadded(s Ref, left, right int, fill rune) Ref {
	n := rt.StrLen(s)
	if left+right > maxStrLen-n {
		rt.NoMemory()
		return Nil
	}
	maxc := max(rt.strMaxChar(s, 0, n), fill)
	if n == 0 {
		maxc = fill
	}
	r := rt.newStrRaw(n+left+right, kindFor(maxc), maxc < 128)
	if r == Nil {
		return Nil
	}
	rt.strCopy(r, left, s, 0, n)
	for i := 0; i < left; i++ {
		rt.strSet(r, i, fill)
	}
	for i := left + n; i < left+n+right; i++ {
		rt.strSet(r, i, fill)
	}
	return r
}

// strSet stores code point c at index i of a str being built.
func (rt *Runtime) strSet(s Ref, i int, c rune) {
	p := rt.field(s, strOffData)
	switch rt.StrKind(s) {
	case 1:
		*(*uint8)(addPtr(p, i)) = uint8(c)
	case 2:
		*(*uint16)(addPtr(p, 2*i)) = uint16(c)
	default:
		*(*uint32)(addPtr(p, 4*i)) = uint32(c)
	}
}

func strZfill(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("str.zfill", args, kwnames, 1, 1) {
		return Nil
	}
	width, ok := rt.AsIndex(args[0], "OverflowError")
	if !ok {
		return Nil
	}
	n := rt.StrLen(s)
	if width <= n {
		return rt.strSelf(s)
	}
	if width > maxStrLen {
		rt.NoMemory()
		return Nil
	}
	cps := rt.strRunes(s)
	fill := width - n
	out := make([]rune, 0, width)
	rest := cps
	if len(cps) > 0 && (cps[0] == '+' || cps[0] == '-') {
		out = append(out, cps[0])
		rest = cps[1:]
	}
	for range fill {
		out = append(out, '0')
	}
	out = append(out, rest...)
	return rt.NewStrFromRunes(out)
}

// strFindMethod implements count, find, rfind, index and rindex.
func (rt *Runtime) strFindMethod(s Ref, name string, args []Ref, kwnames Ref) Ref {
	if !rt.checkOldArgs("str", name, args, kwnames, 1, 3) {
		return Nil
	}
	sub := args[0]
	if !rt.IsStr(sub) {
		rt.Raise("TypeError", "must be str, not %s", rt.TypeNameOf(sub))
		return Nil
	}
	n := rt.StrLen(s)
	start, end, ok := rt.findBounds(args[1:], n)
	if !ok {
		return Nil
	}
	if name == "count" {
		if start > n || end-start < rt.StrLen(sub) && !(rt.StrLen(sub) == 0 && start <= end) {
			return MakeSmallInt(0)
		}
		return rt.NewInt(int64(rt.strCount(s, sub, start, end)))
	}
	var i int
	switch {
	case start > n:
		i = -1
	case name == "find" || name == "index":
		i = rt.strFind(s, sub, start, end)
	default:
		i = rt.strSearch(s, sub, start, end, true)
	}
	if i < 0 && (name == "index" || name == "rindex") {
		rt.Raise("ValueError", "substring not found")
		return Nil
	}
	return rt.NewInt(int64(i))
}

// findBounds converts the optional start and end arguments of find-style methods
// and adjusts them to length n.
func (rt *Runtime) findBounds(args []Ref, n int) (start, end int, ok bool) {
	start, end = 0, n
	if len(args) > 0 {
		if start, ok = rt.argSliceBound(args[0], 0); !ok {
			return
		}
	}
	if len(args) > 1 {
		if end, ok = rt.argSliceBound(args[1], n); !ok {
			return
		}
	}
	start, end = adjustBounds(start, end, n)
	return start, end, true
}

// strTailMatch implements startswith and endswith.
func (rt *Runtime) strTailMatch(s Ref, name string, args []Ref, kwnames Ref) Ref {
	if !rt.checkOldArgs("str", name, args, kwnames, 1, 3) {
		return Nil
	}
	n := rt.StrLen(s)
	start, end, ok := rt.findBounds(args[1:], n)
	if !ok {
		return Nil
	}
	match := func(sub Ref) bool {
		m := rt.StrLen(sub)
		if end-m < start || start > n {
			return false
		}
		if m == 0 {
			return true
		}
		off := start
		if name == "endswith" {
			off = end - m
		}
		for i := range m {
			if rt.StrAt(s, off+i) != rt.StrAt(sub, i) {
				return false
			}
		}
		return true
	}
	x := args[0]
	if rt.TypeOf(x).Flags&TypeTupleSubclass != 0 {
		for _, it := range rt.TupleItems(x) {
			if !rt.IsStr(it) {
				rt.Raise("TypeError", "tuple for %s must only contain str, not %s", name, rt.TypeNameOf(it))
				return Nil
			}
			if match(it) {
				return rt.True
			}
		}
		return rt.False
	}
	if !rt.IsStr(x) {
		rt.Raise("TypeError", "%s first arg must be str or a tuple of str, not %s", name, rt.TypeNameOf(x))
		return Nil
	}
	return rt.NewBool(match(x))
}

func strExpandTabs(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw("expandtabs", args, kwnames, []string{"tabsize"}, 0, 0)
	if !ok {
		return Nil
	}
	tab, ok := rt.cIntArg(a[0], 8)
	if !ok {
		return Nil
	}
	cps := rt.strRunes(s)
	out := make([]rune, 0, len(cps))
	col := 0
	for _, c := range cps {
		switch c {
		case '\t':
			if tab > 0 {
				inc := tab - col%tab
				if len(out)+inc > maxStrLen {
					rt.Raise("OverflowError", "new string is too long")
					return Nil
				}
				col += inc
				for range inc {
					out = append(out, ' ')
				}
			}
		case '\n', '\r':
			col = 0
			out = append(out, c)
		default:
			col++
			out = append(out, c)
		}
	}
	return rt.strResult(s, out)
}

func strJoin(rt *Runtime, sep Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("str.join", args, kwnames, 1, 1) {
		return Nil
	}
	// As CPython's PySequence_Fast: a list or tuple is read in place (no Python
	// code runs while the items are read), anything else is made a list first; no
	// Go memory either way.
	seq := args[0]
	if rt.isExactList(seq) || rt.TypeOf(seq) == rt.TupleType {
		rt.Incref(seq)
	} else if seq = rt.SequenceList(seq); seq == Nil {
		if rt.ErrMatchesName("TypeError") && !rt.isIterable(args[0]) {
			rt.ClearErr()
			rt.Raise("TypeError", "can only join an iterable")
		}
		return Nil
	}
	defer rt.Decref(seq)
	var items []Ref
	if rt.IsList(seq) {
		items = rt.ListItems(seq)
	} else {
		items = rt.TupleItems(seq)
	}
	if len(items) == 1 && rt.isExactStr(items[0]) {
		return rt.New(items[0])
	}
	total, maxc, ascii := 0, rune(0), rt.StrIsASCII(sep)
	seplen := rt.StrLen(sep)
	if seplen > 0 {
		maxc = rt.strMaxChar(sep, 0, seplen)
	}
	for i, it := range items {
		if !rt.IsStr(it) {
			rt.Raise("TypeError", "sequence item %d: expected str instance, %s found", i, rt.TypeNameOf(it))
			return Nil
		}
		l := rt.StrLen(it)
		total += l
		if i > 0 {
			total += seplen
		}
		if total > maxStrLen {
			rt.Raise("OverflowError", "join() result is too long for a Python string")
			return Nil
		}
		if l > 0 {
			maxc = max(maxc, rt.strMaxChar(it, 0, l))
		}
		ascii = ascii && rt.StrIsASCII(it)
	}
	if total == 0 {
		return rt.New(rt.EmptyStr)
	}
	r := rt.newStrRaw(total, kindFor(maxc), ascii)
	if r == Nil {
		return Nil
	}
	at := 0
	for i, it := range items {
		if i > 0 && seplen > 0 {
			rt.strCopy(r, at, sep, 0, seplen)
			at += seplen
		}
		l := rt.StrLen(it)
		rt.strCopy(r, at, it, 0, l)
		at += l
	}
	if total == 1 {
		c := rt.StrAt(r, 0)
		if c < 256 {
			rt.Decref(r)
			return rt.New(rt.latin1[c])
		}
	}
	return r
}

// isIterable reports whether iter(r) could succeed by the type's slots.
func (rt *Runtime) isIterable(r Ref) bool {
	t := rt.TypeOf(r)
	return t.Iter != nil || t.Sequence != nil && t.Sequence.Item != nil
}

// iterItems collects the items of an iterable (new references).
func (rt *Runtime) iterItems(r Ref) ([]Ref, bool) {
	if rt.TypeOf(r).Flags&TypeTupleSubclass != 0 {
		items := append([]Ref(nil), rt.TupleItems(r)...)
		for _, it := range items {
			rt.Incref(it)
		}
		return items, true
	}
	it := rt.Iter(r)
	if it == Nil {
		return nil, false
	}
	defer rt.Decref(it)
	var items []Ref
	for {
		v := rt.Next(it)
		if v == Nil {
			if rt.Occurred() {
				rt.decrefAll(items)
				return nil, false
			}
			return items, true
		}
		items = append(items, v)
	}
}

func (rt *Runtime) decrefAll(items []Ref) {
	for _, it := range items {
		rt.Decref(it)
	}
}

// strStrip implements strip, lstrip and rstrip.
func (rt *Runtime) strStrip(s Ref, name string, args []Ref, kwnames Ref, left, right bool) Ref {
	if !rt.checkPos("str", name, args, kwnames, 0, 1) {
		return Nil
	}
	chars := Nil // the str of characters to strip (read in place); Nil: whitespace
	if len(args) > 0 && args[0] != rt.None {
		if !rt.IsStr(args[0]) {
			rt.Raise("TypeError", "%s arg must be None or str", name)
			return Nil
		}
		chars = args[0]
	}
	if rt.StrKind(s) == 1 && (chars == Nil || rt.StrKind(chars) == 1) {
		// One-byte strs: the bytes to strip as a table, tested in a loop.
		set := &latin1Space
		if chars != Nil {
			set = new([256]bool)
			for _, b := range rt.StrData(chars) {
				set[b] = true
			}
		}
		d := rt.StrData(s)
		i, j := 0, len(d)
		if left {
			for i < j && set[d[i]] {
				i++
			}
		}
		if right {
			for j > i && set[d[j-1]] {
				j--
			}
		}
		if i == 0 && j == len(d) {
			return rt.strSelf(s)
		}
		return rt.strSubstr(s, i, j)
	}
	strip := func(c rune) bool {
		if chars == Nil {
			return uIsSpace(c)
		}
		for k := range rt.StrLen(chars) {
			if rt.StrAt(chars, k) == c {
				return true
			}
		}
		return false
	}
	n := rt.StrLen(s)
	i, j := 0, n
	if left {
		for i < j && strip(rt.StrAt(s, i)) {
			i++
		}
	}
	if right {
		for j > i && strip(rt.StrAt(s, j-1)) {
			j--
		}
	}
	if i == 0 && j == n {
		return rt.strSelf(s)
	}
	return rt.strSubstr(s, i, j)
}

func strMaketrans(rt *Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	if !rt.checkPos("str", "maketrans", args, kwnames, 1, 3) {
		return Nil
	}
	d := rt.NewDict()
	if d == Nil {
		return Nil
	}
	fail := func() Ref { rt.Decref(d); return Nil }
	if len(args) == 1 {
		x := args[0]
		if rt.TypeOf(x).Flags&TypeDictSubclass == 0 {
			rt.Raise("TypeError", "if you give only one argument to maketrans it must be a dict")
			return fail()
		}
		pos := 0
		for {
			k, v, ok := rt.DictNext(x, &pos)
			if !ok {
				break
			}
			var key Ref
			switch {
			case rt.IsStr(k):
				if rt.StrLen(k) != 1 {
					rt.Raise("ValueError", "string keys in translate table must be of length 1")
					return fail()
				}
				key = rt.NewInt(int64(rt.StrAt(k, 0)))
			case rt.IsInt(k):
				key = rt.New(k)
			default:
				rt.Raise("TypeError", "keys in translate table must be strings or integers")
				return fail()
			}
			if key == Nil {
				return fail()
			}
			r := rt.DictSetItem(d, key, v)
			rt.Decref(key)
			if r < 0 {
				return fail()
			}
		}
		return d
	}
	if !rt.IsStr(args[0]) {
		rt.Raise("TypeError", "first maketrans argument must be a string if there is a second argument")
		return fail()
	}
	for i := 1; i < len(args); i++ {
		if !rt.IsStr(args[i]) {
			rt.Raise("TypeError", "maketrans() argument %d must be str, not %s", i+1, rt.argTypeName(args[i]))
			return fail()
		}
	}
	x, y := rt.strRunes(args[0]), rt.strRunes(args[1])
	if len(x) != len(y) {
		rt.Raise("ValueError", "the first two maketrans arguments must have equal length")
		return fail()
	}
	set := func(k rune, v Ref) bool {
		key := rt.NewInt(int64(k))
		if key == Nil || v == Nil {
			rt.Decref(v)
			return false
		}
		r := rt.DictSetItem(d, key, v)
		rt.Decref(key)
		rt.Decref(v)
		return r >= 0
	}
	for i := range x {
		if !set(x[i], rt.NewInt(int64(y[i]))) {
			return fail()
		}
	}
	if len(args) == 3 {
		for _, c := range rt.strRunes(args[2]) {
			if !set(c, rt.None) {
				return fail()
			}
		}
	}
	return d
}

func (rt *Runtime) strPartition(s Ref, name string, args []Ref, kwnames Ref, reverse bool) Ref {
	if !rt.checkArgsQ("str", name, args, kwnames, 1, 1) {
		return Nil
	}
	sep := args[0]
	if !rt.IsStr(sep) {
		rt.Raise("TypeError", "must be str, not %s", rt.TypeNameOf(sep))
		return Nil
	}
	m := rt.StrLen(sep)
	if m == 0 {
		rt.Raise("ValueError", "empty separator")
		return Nil
	}
	n := rt.StrLen(s)
	var i int
	if reverse {
		i = rt.strSearch(s, sep, 0, n, true)
	} else {
		i = rt.strFind(s, sep, 0, n)
	}
	if i < 0 {
		if reverse {
			return rt.TuplePack(rt.New(rt.EmptyStr), rt.New(rt.EmptyStr), rt.strSelf(s))
		}
		return rt.TuplePack(rt.strSelf(s), rt.New(rt.EmptyStr), rt.New(rt.EmptyStr))
	}
	a := rt.strSubstr(s, 0, i)
	b := rt.strSelf(sep)
	c := rt.strSubstr(s, i+m, n)
	if a == Nil || b == Nil || c == Nil {
		rt.Decref(a)
		rt.Decref(b)
		rt.Decref(c)
		return Nil
	}
	return rt.TuplePack(a, b, c)
}

func (rt *Runtime) strRemoveAffix(s Ref, name string, args []Ref, kwnames Ref) Ref {
	if !rt.checkArgsQ("str", name, args, kwnames, 1, 1) {
		return Nil
	}
	a := args[0]
	if !rt.IsStr(a) {
		rt.Raise("TypeError", "%s() argument must be str, not %s", name, rt.argTypeName(a))
		return Nil
	}
	n, m := rt.StrLen(s), rt.StrLen(a)
	if m > 0 && m <= n {
		off := 0
		if name == "removesuffix" {
			off = n - m
		}
		match := true
		for i := range m {
			if rt.StrAt(s, off+i) != rt.StrAt(a, i) {
				match = false
				break
			}
		}
		if match {
			if off == 0 {
				return rt.strSubstr(s, m, n)
			}
			return rt.strSubstr(s, 0, off)
		}
	}
	return rt.strSelf(s)
}

// strReplaceLatin1 is str.replace for three strs of kind 1, written straight into
// the new str (its size is counted first): no Go memory.
func (rt *Runtime) strReplaceLatin1(s, old, nw Ref, count int) Ref {
	d, o, w := rt.StrData(s), rt.StrData(old), rt.StrData(nw)
	if count < 0 {
		count = len(d) + 1
	}
	n := min(count, len(d)+1) // occurrences: an empty old matches len(d)+1 times
	total := -1               // all occurrences, when counted
	if len(o) == 1 {
		total = bytes.Count(d, o)
		n = min(count, total)
	} else if len(o) > 0 {
		n = 0
		for i := 0; n < count; n++ {
			j := bytes.Index(d[i:], o)
			if j < 0 {
				break
			}
			i += j + len(o)
		}
	}
	size := int64(len(d)) + int64(n)*int64(len(w)-len(o))
	if size > maxStrLen {
		rt.Raise("OverflowError", "replace string is too long")
		return Nil
	}
	if size < 2 {
		var b [1]byte
		replaceInto(b[:size], d, o, w, n)
		return rt.newStrLatin1(b[:size])
	}
	r := rt.newStrRaw(int(size), 1, false)
	if r == Nil {
		return Nil
	}
	out := rt.StrData(r)
	if len(o) == 1 && len(w) == 1 && n == total {
		// One character for another everywhere: a byte loop, not a search per
		// occurrence (each bytes.Index call costs more than a short str's scan).
		ob, wb := o[0], w[0]
		for i, c := range d {
			if c == ob {
				c = wb
			}
			out[i] = c
		}
	} else {
		replaceInto(out, d, o, w, n)
	}
	ascii := rt.StrIsASCII(s) && rt.StrIsASCII(nw)
	if !ascii {
		ascii = true
		for _, c := range out {
			if c >= 0x80 {
				ascii = false
				break
			}
		}
	}
	if ascii {
		*rt.Uint32At(r, strOffState) |= strASCII
	}
	return r
}

// replaceInto writes d with its first n occurrences of old replaced by nw into out,
// which has exactly the room (an empty old matches before every byte and at the
// end).
func replaceInto(out, d, old, nw []byte, n int) {
	at, i := 0, 0
	for k := 0; k < n; k++ {
		j := 0
		if len(old) > 0 {
			j = bytes.Index(d[i:], old)
		} else if k > 0 {
			j = 1
		}
		at += copy(out[at:], d[i:i+j])
		at += copy(out[at:], nw)
		i += j + len(old)
	}
	copy(out[at:], d[i:])
}

func strReplace(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	if !rt.checkPos("str", "replace", args, kwnames, 2, 3) {
		return Nil
	}
	for i := 0; i < 2; i++ {
		if !rt.IsStr(args[i]) {
			rt.Raise("TypeError", "replace() argument %d must be str, not %s", i+1, rt.argTypeName(args[i]))
			return Nil
		}
	}
	count := -1
	if len(args) > 2 {
		var ok bool
		if count, ok = rt.AsIndex(args[2], "OverflowError"); !ok {
			return Nil
		}
	}
	if rt.StrKind(s) == 1 && rt.StrKind(args[0]) == 1 && rt.StrKind(args[1]) == 1 {
		if count == 0 || rt.StrLen(args[0]) == 0 && rt.StrLen(args[1]) == 0 ||
			rt.StrLen(args[0]) > 0 && rt.strSearch(s, args[0], 0, rt.StrLen(s), false) < 0 {
			return rt.strSelf(s)
		}
		return rt.strReplaceLatin1(s, args[0], args[1], count)
	}
	h, old, nw := rt.strRunes(s), rt.strRunes(args[0]), rt.strRunes(args[1])
	if count < 0 {
		count = len(h) + 1
	}
	if count == 0 || len(old) == 0 && len(nw) == 0 {
		return rt.strSelf(s)
	}
	out := make([]rune, 0, len(h))
	if len(old) == 0 {
		n := 0
		for _, c := range h {
			if n < count {
				out = append(out, nw...)
				n++
			}
			out = append(out, c)
		}
		if n < count {
			out = append(out, nw...)
		}
		return rt.NewStrFromRunes(out)
	}
	i, n := 0, 0
	for n < count {
		j := runesIndex(h, old, i, len(h))
		if j < 0 {
			break
		}
		out = append(out, h[i:j]...)
		out = append(out, nw...)
		i = j + len(old)
		n++
	}
	if n == 0 {
		return rt.strSelf(s)
	}
	out = append(out, h[i:]...)
	return rt.NewStrFromRunes(out)
}

// strSplitMethod implements split and rsplit.
func (rt *Runtime) strSplitMethod(s Ref, name string, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw(name, args, kwnames, []string{"sep", "maxsplit"}, 0, 0)
	if !ok {
		return Nil
	}
	maxsplit, ok := rt.argIndex(a[1], -1)
	if !ok {
		return Nil
	}
	if maxsplit < 0 {
		maxsplit = maxStrLen
	}
	sep := a[0]
	pbuf := rt.splitScratch() // the fields' bounds, in a buffer the runtime reuses
	var parts [][2]int
	n := rt.StrLen(s)
	if sep == Nil || sep == rt.None {
		isSpace := func(i int) bool { return uIsSpace(rt.StrAt(s, i)) }
		if rt.StrKind(s) == 1 {
			data := rt.StrData(s)
			isSpace = func(i int) bool { return latin1Space[data[i]] }
		}
		if name == "split" && n > 1<<16 {
			return rt.splitWhitespaceBatched(s, n, isSpace, maxsplit)
		}
		if name == "split" && rt.StrKind(s) == 1 {
			parts = splitWhitespaceLatin1(pbuf, rt.StrData(s), maxsplit)
		} else {
			parts = splitWhitespace(pbuf, n, isSpace, maxsplit, name == "rsplit")
		}
	} else {
		if !rt.IsStr(sep) {
			rt.Raise("TypeError", "must be str or None, not %s", rt.TypeNameOf(sep))
			return Nil
		}
		if rt.StrLen(sep) == 0 {
			rt.Raise("ValueError", "empty separator")
			return Nil
		}
		if name == "split" && n > 1<<16 {
			return rt.splitSepDirect(s, sep, n, maxsplit)
		}
		if rt.StrKind(s) == 1 && rt.StrKind(sep) == 1 {
			// One byte per character: the searches run on the data as Go strings.
			h, nd := rt.strView1(s), rt.strView1(sep)
			parts = splitSep(pbuf, n, len(nd), maxsplit, name == "rsplit",
				func(from, to int) int {
					if i := strings.Index(h[from:to], nd); i >= 0 {
						return from + i
					}
					return -1
				},
				func(from, to int) int {
					if i := strings.LastIndex(h[from:to], nd); i >= 0 {
						return from + i
					}
					return -1
				})
		} else {
			parts = splitSep(pbuf, n, rt.StrLen(sep), maxsplit, name == "rsplit",
				func(from, to int) int { return rt.strSearch(s, sep, from, to, false) },
				func(from, to int) int { return rt.strSearch(s, sep, from, to, true) })
		}
	}
	rt.keepSplitScratch(parts)
	return rt.strParts(s, parts)
}

// splitWhitespaceBatched is str.split() of a long str: the fields are found a
// few thousand at a time and appended to the result list as they come, so that
// splitting a whole text (strings_words: 800k words) needs no Go memory in
// proportion to it.
func (rt *Runtime) splitWhitespaceBatched(s Ref, n int, isSpace func(int) bool, maxsplit int) Ref {
	const batch = 4096
	l := rt.NewList(0)
	if l == Nil {
		return Nil
	}
	buf := rt.splitScratch()
	if cap(buf) <= batch {
		buf = make([][2]int, 0, batch+1) // at its final size at once, kept after
	}
	for pos := 0; ; {
		k := min(batch, maxsplit)
		at := pos
		parts := splitWhitespace(buf[:0], n-at, func(i int) bool { return isSpace(at + i) }, k, false)
		buf = parts
		last, more := len(parts), false
		if len(parts) > k && maxsplit > k {
			last, more = k, true // the last bounds are the unsplit rest: split it next
		}
		for _, p := range parts[:last] {
			it := rt.strSubstr(s, at+p[0], at+p[1])
			if it == Nil || rt.ListAppend(l, it) < 0 {
				rt.Decref(it)
				rt.Decref(l)
				return Nil
			}
			rt.Decref(it)
		}
		if !more {
			break
		}
		maxsplit -= k
		pos = at + parts[k][0]
	}
	rt.keepSplitScratch(buf)
	return l
}

// splitSepDirect is str.split(sep) of a long str: each field is appended to the
// result list as it is found, so that splitting a whole text into lines needs no Go
// memory in proportion to it.
func (rt *Runtime) splitSepDirect(s, sep Ref, n, maxsplit int) Ref {
	l := rt.NewList(0)
	if l == Nil {
		return Nil
	}
	m := rt.StrLen(sep)
	add := func(i, j int) bool {
		it := rt.strSubstr(s, i, j)
		if it == Nil || rt.ListAppend(l, it) < 0 {
			rt.Decref(it)
			rt.Decref(l)
			return false
		}
		rt.Decref(it)
		return true
	}
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		j := rt.strSearch(s, sep, i, n, false)
		if j < 0 {
			break
		}
		if !add(i, j) {
			return Nil
		}
		i = j + m
	}
	if !add(i, n) {
		return Nil
	}
	return l
}

// splitScratch returns the runtime's buffer for split bounds, empty: splitting a
// large text into many fields then makes no Go garbage.
func (rt *Runtime) splitScratch() [][2]int { return rt.splitBuf[:0] }

// keepSplitScratch keeps parts' storage for the next split, up to a size (larger
// buffers are left to Go's collector rather than held outside the memory limit).
func (rt *Runtime) keepSplitScratch(parts [][2]int) {
	if cap(parts) <= 1<<16 && cap(parts) > cap(rt.splitBuf) {
		rt.splitBuf = parts[:0]
	}
}

// latin1Space marks the whitespace among U+0000..U+00FF (str.isspace).
var latin1Space = func() (t [256]bool) {
	for c := range t {
		t[c] = uIsSpace(rune(c))
	}
	return
}()

// strParts returns the list of the substrings of s at parts.
func (rt *Runtime) strParts(s Ref, parts [][2]int) Ref {
	// The list is made at its final size and filled in place: no Go slice of
	// the items (800k words used to grow one, and Go's collector with it).
	l := rt.NewList(len(parts))
	if l == Nil {
		return Nil
	}
	for i, p := range parts {
		it := rt.strSubstr(s, p[0], p[1])
		if it == Nil {
			rt.listSetSize(l, i) // the items made so far go with the list
			rt.Decref(l)
			return Nil
		}
		rt.ListItems(l)[i] = it
	}
	return l
}

// splitWhitespace returns the [start, end) bounds of the fields of a sequence of
// length n split at runs of whitespace (isSpace), as CPython's split_whitespace and
// rsplit_whitespace do.
func splitWhitespace(parts [][2]int, n int, isSpace func(int) bool, maxsplit int, reverse bool) [][2]int {
	if !reverse {
		i := 0
		for ; maxsplit > 0; maxsplit-- {
			for i < n && isSpace(i) {
				i++
			}
			if i == n {
				break
			}
			j := i
			i++
			for i < n && !isSpace(i) {
				i++
			}
			parts = append(parts, [2]int{j, i})
		}
		if i < n {
			for i < n && isSpace(i) {
				i++
			}
			if i != n {
				parts = append(parts, [2]int{i, n})
			}
		}
		return parts
	}
	i := n - 1
	for ; maxsplit > 0; maxsplit-- {
		for i >= 0 && isSpace(i) {
			i--
		}
		if i < 0 {
			break
		}
		j := i
		i--
		for i >= 0 && !isSpace(i) {
			i--
		}
		parts = append(parts, [2]int{i + 1, j + 1})
	}
	if i >= 0 {
		for i >= 0 && isSpace(i) {
			i--
		}
		if i >= 0 {
			parts = append(parts, [2]int{0, i + 1})
		}
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

// splitSep returns the bounds of the fields of a sequence of length n split at a
// separator of length m, found by index (first occurrence in [from, to)) or
// lastIndex.
func splitSep(parts [][2]int, n, m, maxsplit int, reverse bool, index, lastIndex func(from, to int) int) [][2]int {
	if !reverse {
		i := 0
		for ; maxsplit > 0; maxsplit-- {
			j := index(i, n)
			if j < 0 {
				break
			}
			parts = append(parts, [2]int{i, j})
			i = j + m
		}
		return append(parts, [2]int{i, n})
	}
	j := n
	for ; maxsplit > 0; maxsplit-- {
		i := lastIndex(0, j)
		if i < 0 {
			break
		}
		parts = append(parts, [2]int{i + m, j})
		j = i
	}
	parts = append(parts, [2]int{0, j})
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

func strSplitlines(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw("splitlines", args, kwnames, []string{"keepends"}, 0, 0)
	if !ok {
		return Nil
	}
	keep := false
	if a[0] != Nil {
		k, ok := rt.AsIndex(a[0], "OverflowError")
		if !ok {
			return Nil
		}
		keep = k != 0
	}
	n := rt.StrLen(s)
	var parts [][2]int
	if rt.StrKind(s) == 1 {
		parts = splitLinesLatin1(rt.splitScratch(), rt.StrData(s), keep)
	} else {
		parts = splitLines(rt.splitScratch(), n, func(i int) rune { return rt.StrAt(s, i) }, uIsLinebreak, keep)
	}
	r := rt.strParts(s, parts)
	rt.keepSplitScratch(parts)
	return r
}

// splitLinesLatin1 is splitLines over a one-byte str's data, without a call per
// character (7x CPython's time before).
func splitLinesLatin1(parts [][2]int, data []byte, keep bool) [][2]int {
	n := len(data)
	for i := 0; i < n; {
		j := i
		for i < n && !isLatin1Break(data[i]) {
			i++
		}
		eol := i
		if i < n {
			if data[i] == '\r' && i+1 < n && data[i+1] == '\n' {
				i += 2
			} else {
				i++
			}
			if keep {
				eol = i
			}
		}
		parts = append(parts, [2]int{j, eol})
	}
	return parts
}

// isLatin1Break is uIsLinebreak for the code points below 256.
func isLatin1Break(b byte) bool {
	return b <= '\r' && b >= '\n' || b >= 0x1c && b <= 0x1e || b == 0x85
}

// splitWhitespaceLatin1 is splitWhitespace (forward) over a one-byte str's data,
// without a call per character.
func splitWhitespaceLatin1(parts [][2]int, data []byte, maxsplit int) [][2]int {
	n := len(data)
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		for i < n && latin1Space[data[i]] {
			i++
		}
		if i == n {
			break
		}
		j := i
		i++
		for i < n && !latin1Space[data[i]] {
			i++
		}
		parts = append(parts, [2]int{j, i})
	}
	if i < n {
		for i < n && latin1Space[data[i]] {
			i++
		}
		if i != n {
			parts = append(parts, [2]int{i, n})
		}
	}
	return parts
}

// splitLines returns the bounds of the lines of a sequence (CPython's
// stringlib splitlines): \r\n is one line break.
func splitLines(parts [][2]int, n int, at func(int) rune, isBreak func(rune) bool, keep bool) [][2]int {
	i := 0
	for i < n {
		j := i
		for i < n && !isBreak(at(i)) {
			i++
		}
		eol := i
		if i < n {
			if at(i) == '\r' && i+1 < n && at(i+1) == '\n' {
				i += 2
			} else {
				i++
			}
			if keep {
				eol = i
			}
		}
		parts = append(parts, [2]int{j, eol})
	}
	return parts
}

func strTranslate(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("str.translate", args, kwnames, 1, 1) {
		return Nil
	}
	table := args[0]
	cps := rt.strRunes(s)
	out := make([]rune, 0, len(cps))
	cache := map[rune][]rune{}
	for _, c := range cps {
		if m, ok := cache[c]; ok {
			out = append(out, m...)
			continue
		}
		key := rt.NewInt(int64(c))
		v := rt.GetItem(table, key)
		rt.Decref(key)
		if v == Nil {
			if rt.ErrMatchesName("LookupError") {
				rt.ClearErr()
				cache[c] = []rune{c}
				out = append(out, c)
				continue
			}
			return Nil
		}
		var m []rune
		switch {
		case v == rt.None:
		case rt.IsInt(v):
			x, ok := rt.IntAsInt64(v)
			if !ok || x < 0 || x > 0x10FFFF {
				rt.Decref(v)
				rt.Raise("ValueError", "character mapping must be in range(0x110000)")
				return Nil
			}
			m = []rune{rune(x)}
		case rt.IsStr(v):
			m = rt.strRunes(v)
		default:
			rt.Decref(v)
			rt.Raise("TypeError", "character mapping must return integer, None or str")
			return Nil
		}
		rt.Decref(v)
		cache[c] = m
		out = append(out, m...)
	}
	return rt.strResult(s, out)
}
