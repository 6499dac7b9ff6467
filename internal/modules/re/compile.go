// The compiler: a parsed tree to a program for the backtracking machine
// (exec.go), with _sre's case-insensitive matching rules. See doc.go.

package re

import "sort"

type opcode uint8

const (
	iChar          opcode = iota // ch == c
	iNotChar                     // ch != c
	iCharIgnore                  // lower(ch) == c
	iNotCharIgnore               // lower(ch) != c
	iCharSet                     // lower(ch) in set (neg: not in)
	iAny                         // ch != '\n'
	iAnyAll                      // any character
	iClass                       // cls.has(ch)
	iAt                          // an assertion about the position
	iSave                        // caps[x] = pos
	iSplit                       // try x, then y
	iJmp                         // pc = x
	iRepeatOne                   // one* with min, max, mode
	iRepStart                    // counter x starts
	iUntil                       // end of an iteration of counter id
	iAtomStart                   // atomic group or lookaround id starts
	iAtomEnd
	iBackref
	iCond // group x set? continue : pc = y
	iMatch
)

// Kinds of atomic regions.
const (
	atomAtomic = iota
	atomLookPos
	atomLookNeg
)

type inst struct {
	op    opcode
	ascii bool // iCharIgnore etc.: ASCII lowering
	mode  repMode
	kind  uint8 // atom kind; at kind
	c     rune
	x, y  int // jump targets, slot, group, counter/atom id
	min   int
	max   int // maxRepeat: unbounded
	width int // lookbehind width (0: lookahead)
	runes []rune
	cls   *charClass
	one   *inst // iRepeatOne's single-character matcher
	next  rune  // iRepeatOne (greedy): the literal the tail starts with, or -1
	// nextOne is iRepeatOne's (greedy) one-character matcher the tail starts
	// with, when it is not a literal (next).
	nextOne *inst
	// iBackref: ignore case
	ignore bool
}

// prog is a compiled pattern.
type prog struct {
	insts    []inst
	ncaps    int // 2 * groups
	ncnt     int
	natom    int
	anchored bool      // starts with \A or ^ (not MULTILINE): only position 0 can match
	first    []*inst   // every match starts with a character one of these accepts (nil: unknown)
	firstLow [4]uint64 // the characters below 256 that first accepts
	prefix   []rune
	flags    int
}

type compiler struct {
	p       *prog
	widths  [][2]int
	ngroups int
}

// compileTree compiles t; it returns an *Error for a bad lookbehind.
func compileTree(t *tree) (p *prog, err error) {
	c := &compiler{p: &prog{ncaps: 2 * t.groups, flags: t.flags}, widths: t.widths, ngroups: t.groups}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			p, err = nil, e
		}
	}()
	c.seq(t.seq, t.flags)
	c.emit(inst{op: iMatch})
	c.p.analyze()
	return c.p, nil
}

func (c *compiler) emit(in inst) int {
	c.p.insts = append(c.p.insts, in)
	return len(c.p.insts) - 1
}

func (c *compiler) pc() int { return len(c.p.insts) }

func (c *compiler) seq(seq []*node, flags int) {
	for _, n := range seq {
		c.node(n, flags)
	}
}

// single returns the one-character matcher for n, or nil when n is not one.
func (c *compiler) single(n *node, flags int) *inst {
	switch n.op {
	case opLiteral, opNotLiteral:
		return literalInst(n.c, n.op == opNotLiteral, flags)
	case opAny:
		if flags&flagDotAll != 0 {
			return &inst{op: iAnyAll}
		}
		return &inst{op: iAny}
	case opIn:
		return &inst{op: iClass, cls: buildClass(n.items, n.neg, flags)}
	case opSubpattern:
		if n.group < 0 && len(n.sub) == 1 {
			return c.single(n.sub[0], (flags|n.add)&^n.del)
		}
	}
	return nil
}

// literalInst compiles a literal (or a negated one) with the flags' case rules.
func literalInst(ch rune, neg bool, flags int) *inst {
	if flags&flagIgnoreCase == 0 {
		if neg {
			return &inst{op: iNotChar, c: ch}
		}
		return &inst{op: iChar, c: ch}
	}
	if flags&flagUnicode == 0 {
		if !isCasedASCII(ch) {
			return literalInst(ch, neg, flags&^flagIgnoreCase)
		}
		if neg {
			return &inst{op: iNotCharIgnore, c: lowerASCII(ch), ascii: true}
		}
		return &inst{op: iCharIgnore, c: lowerASCII(ch), ascii: true}
	}
	if !isCasedUni(ch) {
		return literalInst(ch, neg, flags&^flagIgnoreCase)
	}
	lo := lowerUni(ch)
	if fx := extraCasesOf(lo); fx != nil {
		return &inst{op: iCharSet, runes: append([]rune{lo}, fx...), mode: boolMode(neg)}
	}
	if neg {
		return &inst{op: iNotCharIgnore, c: lo}
	}
	return &inst{op: iCharIgnore, c: lo}
}

func boolMode(neg bool) repMode {
	if neg {
		return 1
	}
	return 0
}

func (c *compiler) node(n *node, flags int) {
	switch n.op {
	case opLiteral, opNotLiteral, opAny, opIn:
		c.emit(*c.single(n, flags))
	case opAt:
		at := n.at
		if flags&flagMultiline != 0 {
			switch at {
			case atBeginning:
				at = atBeginningLine
			case atEnd:
				at = atEndLine
			}
		}
		c.emit(inst{op: iAt, kind: uint8(at), ascii: flags&flagUnicode == 0})
	case opBranch:
		var jumps []int
		for i, alt := range n.alts {
			if i < len(n.alts)-1 {
				split := c.emit(inst{op: iSplit})
				c.p.insts[split].x = c.pc()
				c.seq(alt, flags)
				jumps = append(jumps, c.emit(inst{op: iJmp}))
				c.p.insts[split].y = c.pc()
			} else {
				c.seq(alt, flags)
			}
		}
		for _, j := range jumps {
			c.p.insts[j].x = c.pc()
		}
	case opSubpattern:
		f := (flags | n.add) &^ n.del
		if n.group >= 0 {
			c.emit(inst{op: iSave, x: 2 * n.group})
			c.seq(n.sub, f)
			c.emit(inst{op: iSave, x: 2*n.group + 1})
		} else {
			c.seq(n.sub, f)
		}
	case opAtomic:
		c.atom(atomAtomic, 0, n.sub, flags)
	case opAssert, opAssertNot:
		w := 0
		if n.dir < 0 {
			wd := seqWidth(c.widths, n.sub)
			if wd[0] > 0xFFFFFFFF-1 {
				panic(&Error{Msg: "looks too much behind", Pos: -1})
			}
			if wd[0] != wd[1] {
				panic(&Error{Msg: "look-behind requires fixed-width pattern", Pos: -1})
			}
			w = wd[0]
		}
		kind := uint8(atomLookPos)
		if n.op == opAssertNot {
			kind = atomLookNeg
		}
		c.atom(kind, w, n.sub, flags)
	case opRepeat:
		c.repeat(n, flags)
	case opGroupref:
		c.emit(inst{op: iBackref, x: n.group, ignore: flags&flagIgnoreCase != 0, ascii: flags&flagUnicode == 0})
	case opGrouprefExists:
		cond := c.emit(inst{op: iCond, x: n.group})
		c.seq(n.sub, flags)
		if n.hasNo {
			j := c.emit(inst{op: iJmp})
			c.p.insts[cond].y = c.pc()
			c.seq(n.no, flags)
			c.p.insts[j].x = c.pc()
		} else {
			c.p.insts[cond].y = c.pc()
		}
	}
}

func (c *compiler) atom(kind uint8, w int, body []*node, flags int) {
	id := c.p.natom
	c.p.natom++
	start := c.emit(inst{op: iAtomStart, kind: kind, x: id, width: w})
	c.seq(body, flags)
	c.emit(inst{op: iAtomEnd, kind: kind, x: id, width: w})
	c.p.insts[start].y = c.pc()
}

func (c *compiler) repeat(n *node, flags int) {
	if flags&flagTemplate != 0 {
		name := [...]string{greedy: "MAX_REPEAT", lazy: "MIN_REPEAT", possessive: "POSSESSIVE_REPEAT"}[n.mode]
		panic(&Error{Msg: "internal: unsupported template operator " + name, Pos: -1})
	}
	if len(n.sub) == 1 {
		if one := c.single(n.sub[0], flags); one != nil {
			c.emit(inst{op: iRepeatOne, min: n.min, max: n.max, mode: n.mode, one: one, next: -1})
			return
		}
	}
	if n.mode == possessive {
		id := c.p.natom
		c.p.natom++
		start := c.emit(inst{op: iAtomStart, kind: atomAtomic, x: id})
		c.general(n, greedy, flags)
		c.emit(inst{op: iAtomEnd, kind: atomAtomic, x: id})
		c.p.insts[start].y = c.pc()
		return
	}
	c.general(n, n.mode, flags)
}

// general compiles a repeat of a subpattern with a counter:
//
//	RepStart id; L: Until id (body: L+1, tail: T); body; Jmp L; T:
func (c *compiler) general(n *node, mode repMode, flags int) {
	id := c.p.ncnt
	c.p.ncnt++
	c.emit(inst{op: iRepStart, x: id})
	until := c.emit(inst{op: iUntil, x: id, min: n.min, max: n.max, mode: mode})
	c.p.insts[until].width = c.pc() // body
	c.seq(n.sub, flags)
	c.emit(inst{op: iJmp, x: until})
	c.p.insts[until].y = c.pc()
}

// analyze sets the search hints and the repeat-one lookahead literals.
func (p *prog) analyze() {
	for i := range p.insts {
		in := &p.insts[i]
		if in.op != iRepeatOne || in.mode != greedy {
			continue
		}
		// The tail's first character, looking past group marks (which consume
		// nothing): the repeat need only stop where that character is.
		j := i + 1
		for j < len(p.insts) && p.insts[j].op == iSave {
			j++
		}
		if j < len(p.insts) {
			switch nx := &p.insts[j]; nx.op {
			case iChar:
				in.next = nx.c
			case iNotChar, iCharIgnore, iNotCharIgnore, iCharSet, iAny, iAnyAll, iClass:
				in.nextOne = nx
			}
		}
	}
	if len(p.insts) > 0 {
		f := &p.insts[0]
		if f.op == iAt && (atKind(f.kind) == atBeginning || atKind(f.kind) == atBeginningString) {
			p.anchored = true
		}
	}
	if !p.anchored {
		seen := map[int]bool{}
		if fs, ok := p.firsts(0, seen, nil); ok && len(fs) > 0 {
			p.first = fs
			for ch := rune(0); ch < 256; ch++ {
				for _, f := range fs {
					if testOne(f, ch) {
						p.firstLow[ch>>6] |= 1 << (ch & 63)
						break
					}
				}
			}
		}
	}
	for _, in := range p.insts {
		if in.op != iChar {
			break
		}
		p.prefix = append(p.prefix, in.c)
	}
}

// maxFirsts bounds the first-character testers search tries at each position.
const maxFirsts = 6

// firsts collects the one-character matchers of which one must accept the
// first character of any match from pc; ok is false when a match from pc may
// be empty or start otherwise (a backreference).
func (p *prog) firsts(pc int, seen map[int]bool, acc []*inst) ([]*inst, bool) {
	for {
		if seen[pc] {
			return acc, true // a loop back: nothing new starts here
		}
		seen[pc] = true
		in := &p.insts[pc]
		switch in.op {
		case iChar, iNotChar, iCharIgnore, iNotCharIgnore, iCharSet, iAny, iAnyAll, iClass:
			if len(acc) >= maxFirsts {
				return nil, false
			}
			return append(acc, in), true
		case iRepeatOne:
			if len(acc) >= maxFirsts {
				return nil, false
			}
			acc = append(acc, in.one)
			if in.min > 0 {
				return acc, true
			}
			pc++
		case iAt, iSave, iRepStart:
			pc++
		case iJmp:
			pc = in.x
		case iSplit:
			var ok bool
			if acc, ok = p.firsts(in.x, seen, acc); !ok {
				return nil, false
			}
			pc = in.y
		case iUntil:
			var ok bool
			if acc, ok = p.firsts(in.width, seen, acc); !ok {
				return nil, false
			}
			pc = in.y
		case iCond:
			var ok bool
			if acc, ok = p.firsts(pc+1, seen, acc); !ok {
				return nil, false
			}
			pc = in.y
		case iAtomStart:
			if in.kind == atomAtomic {
				pc++
			} else {
				pc = in.y
			}
		case iAtomEnd:
			pc++
		default: // iBackref, iMatch
			return nil, false
		}
	}
}

// charClass is a compiled [...] set.
type charClass struct {
	neg    bool
	ignore uint8 // 0: as is; 1: lower(ch) ASCII; 2: lower(ch) Unicode
	low    [4]uint64
	ranges []rng // code points >= 256
	big    []rng // non-BMP ranges under Unicode ignore case: ch or upper(ch)
	cats   []category
	uni    bool // categories in Unicode mode
}

func (cc *charClass) has(ch rune) bool {
	switch cc.ignore {
	case 1:
		ch = lowerASCII(ch)
	case 2:
		ch = lowerUni(ch)
	}
	var r bool
	if ch < 256 {
		r = cc.low[ch>>6]&(1<<(ch&63)) != 0
	} else {
		r = inRanges(cc.ranges, ch)
		if !r {
			for _, g := range cc.big {
				if g.lo <= ch && ch <= g.hi {
					r = true
					break
				}
				if u := upperUni(ch); g.lo <= u && u <= g.hi {
					r = true
					break
				}
			}
		}
		if !r {
			for _, cat := range cc.cats {
				if catHas(cat, ch, cc.uni) {
					r = true
					break
				}
			}
		}
	}
	return r != cc.neg
}

func catHas(cat category, ch rune, uni bool) bool {
	var r bool
	switch cat &^ 1 {
	case catDigit:
		if uni {
			r = isDigitUni(ch)
		} else {
			r = isDigitASCII(ch)
		}
	case catSpace:
		if uni {
			r = isSpaceUni(ch)
		} else {
			r = isSpaceASCII(ch)
		}
	case catWord:
		if uni {
			r = ch == '_' || isWordUni(ch)
		} else {
			r = isWordASCII(ch)
		}
	}
	return r != (cat&1 == 1)
}

// buildClass compiles a set's items with the flags' case rules (as
// _optimize_charset with its fixup).
func buildClass(items []setItem, neg bool, flags int) *charClass {
	cc := &charClass{neg: neg, uni: flags&flagUnicode != 0}
	var rs []rng
	var bmp []uint64 // Unicode ignore case: the BMP as a bitmap
	ignore := uint8(0)
	if flags&flagIgnoreCase != 0 {
		for _, it := range items {
			switch it.kind {
			case setLiteral:
				if cc.uni && isCasedUni(it.lo) || !cc.uni && isCasedASCII(it.lo) {
					ignore = 1
				}
			case setRange:
				if cc.uni {
					for ch := it.lo; ch <= it.hi && ignore == 0; ch++ {
						if isCasedUni(ch) {
							ignore = 1
						}
						if ch >= 0x10000 {
							ignore = 1
						}
					}
				} else if it.lo <= 'z' && it.hi >= 'A' {
					ignore = 1
				}
			}
		}
		if ignore == 1 && cc.uni {
			ignore = 2
		}
	}
	cc.ignore = ignore
	setBit := func(ch rune) {
		if bmp == nil {
			bmp = make([]uint64, 1024)
		}
		bmp[ch>>6] |= 1 << (ch & 63)
	}
	addLower := func(ch rune) {
		l := lowerUni(ch)
		add := func(x rune) {
			if x < 0x10000 {
				setBit(x)
			} else {
				rs = append(rs, rng{x, x})
			}
		}
		add(l)
		for _, f := range extraCasesOf(l) {
			add(f)
		}
	}
	for _, it := range items {
		switch it.kind {
		case setCategory:
			cc.cats = append(cc.cats, it.cat)
		case setLiteral:
			switch ignore {
			case 0:
				rs = append(rs, rng{it.lo, it.lo})
			case 1:
				l := lowerASCII(it.lo)
				rs = append(rs, rng{l, l})
			case 2:
				addLower(it.lo)
			}
		case setRange:
			switch ignore {
			case 0:
				rs = append(rs, rng{it.lo, it.hi})
			case 1:
				for ch := it.lo; ch <= it.hi && ch < 256; ch++ {
					l := lowerASCII(ch)
					rs = append(rs, rng{l, l})
				}
				if it.hi >= 256 {
					rs = append(rs, rng{max(it.lo, 256), it.hi})
				}
			case 2:
				for ch := it.lo; ch <= it.hi && ch < 0x10000; ch++ {
					addLower(ch)
				}
				if it.hi >= 0x10000 {
					cc.big = append(cc.big, rng{it.lo, it.hi})
				}
			}
		}
	}
	if bmp != nil {
		for w, bits := range bmp {
			for bits != 0 {
				b := rune(0)
				for bits&(1<<b) == 0 {
					b++
				}
				lo := rune(w*64) + b
				hi := lo
				for hi+1 < 0x10000 && bmp[(hi+1)>>6]&(1<<((hi+1)&63)) != 0 {
					hi++
				}
				rs = append(rs, rng{lo, hi})
				// clear the run's bits within this word and stop at the run's end
				for x := lo; x <= hi; x++ {
					bmp[x>>6] &^= 1 << (x & 63)
				}
				bits = bmp[w]
			}
		}
	}
	rs = mergeRanges(rs)
	for _, r := range rs {
		for ch := r.lo; ch <= r.hi && ch < 256; ch++ {
			cc.low[ch>>6] |= 1 << (ch & 63)
		}
	}
	for ch := rune(0); ch < 256; ch++ {
		for _, cat := range cc.cats {
			if catHas(cat, ch, cc.uni) {
				cc.low[ch>>6] |= 1 << (ch & 63)
			}
		}
		for _, g := range cc.big {
			if g.lo <= ch && ch <= g.hi || g.lo <= upperUni(ch) && upperUni(ch) <= g.hi {
				cc.low[ch>>6] |= 1 << (ch & 63)
			}
		}
	}
	for len(rs) > 0 && rs[0].hi < 256 {
		rs = rs[1:]
	}
	if len(rs) > 0 && rs[0].lo < 256 {
		rs[0].lo = 256
	}
	cc.ranges = rs
	return cc
}

func mergeRanges(rs []rng) []rng {
	if len(rs) == 0 {
		return nil
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	out := []rng{rs[0]}
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.lo <= last.hi+1 {
			last.hi = max(last.hi, r.hi)
		} else {
			out = append(out, r)
		}
	}
	return out
}
