// The parser: Python's regular-expression syntax to a tree, with sre_parse's
// rules and error messages (Lib/re/_parser.py). See doc.go.

package re

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Flags, as re's constants.
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256

	typeFlags   = flagASCII | flagLocale | flagUnicode
	globalFlags = flagDebug | flagTemplate
)

// maxRepeat is _sre.MAXREPEAT and maxGroups _sre.MAXGROUPS (64-bit builds).
const (
	maxRepeat = 4294967295
	maxGroups = 1073741823
	// maxDepth bounds the nesting of groups, where CPython's recursive parser
	// would meet its recursion limit.
	maxDepth = 400
)

// Error is a compile error: re.error (Kind ""), or OverflowError, ValueError,
// RecursionError. Pos is -1 when the error names no position.
type Error struct {
	Kind string
	Msg  string
	Pos  int
}

func (e *Error) Error() string {
	if e.Pos >= 0 {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

type nodeOp uint8

const (
	opLiteral nodeOp = iota
	opNotLiteral
	opAny
	opIn
	opAt
	opBranch
	opSubpattern // group (or -1), addFlags, delFlags, sub
	opAtomic
	opRepeat
	opGroupref
	opGrouprefExists
	opAssert
	opAssertNot
)

type atKind uint8

const (
	atBeginning atKind = iota // ^
	atEnd                     // $
	atBeginningString
	atEndString
	atBoundary
	atNonBoundary
	// resolved by flags at compile time
	atBeginningLine
	atEndLine
)

type repMode uint8

const (
	greedy repMode = iota
	lazy
	possessive
)

type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

type setKind uint8

const (
	setLiteral setKind = iota
	setRange
	setCategory
)

type setItem struct {
	kind   setKind
	lo, hi rune
	cat    category
}

// node is one item of a subpattern (a sequence of nodes).
type node struct {
	op       nodeOp
	c        rune // literal
	items    []setItem
	neg      bool // opIn: negated
	at       atKind
	min, max int
	mode     repMode
	group    int // subpattern's group (-1: none), groupref, condition group
	add, del int // subpattern's flags
	dir      int // assertions: 1 ahead, -1 behind
	sub      []*node
	alts     [][]*node // branch alternatives
	no       []*node   // conditional's no-branch (nil: none)
	hasNo    bool
}

// tok is a tokenizer token: a character, or a backslash and a character.
type tok struct {
	c   rune
	esc bool
	ok  bool
}

func (t tok) is(c rune) bool { return t.ok && !t.esc && t.c == c }

func (t tok) len() int {
	switch {
	case !t.ok:
		return 0
	case t.esc:
		return 2
	}
	return 1
}

func (t tok) String() string {
	if t.esc {
		return "\\" + string(t.c)
	}
	return string(t.c)
}

type parser struct {
	src   []rune
	isStr bool
	index int
	next  tok

	flags            int
	groupdict        map[string]int
	names            []string // named groups in order of definition
	groupwidths      [][2]int // per group; open groups have open[g]
	open             []bool
	lookbehindGroups int // -1: not in a lookbehind
	grouprefpos      map[int]int
	grouprefOrder    []int
	depth            int
}

// errorf panics with an *Error at the tokenizer's position minus offset; parse
// recovers it.
func (p *parser) errorf(offset int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	panic(&Error{Msg: msg, Pos: p.tell() - offset})
}

func (p *parser) advance() {
	i := p.index
	if i >= len(p.src) {
		p.next = tok{}
		return
	}
	c := p.src[i]
	if c == '\\' {
		i++
		if i >= len(p.src) {
			panic(&Error{Msg: "bad escape (end of pattern)", Pos: len(p.src) - 1})
		}
		p.next = tok{c: p.src[i], esc: true, ok: true}
	} else {
		p.next = tok{c: c, ok: true}
	}
	p.index = i + 1
}

func (p *parser) match(c rune) bool {
	if p.next.is(c) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) get() tok {
	t := p.next
	p.advance()
	return t
}

func (p *parser) tell() int { return p.index - p.next.len() }

func (p *parser) seek(i int) {
	p.index = i
	p.advance()
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }
func isOct(c rune) bool   { return c >= '0' && c <= '7' }
func isHex(c rune) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
func isASCIILetter(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// getwhile takes up to n plain characters satisfying ok.
func (p *parser) getwhile(n int, ok func(rune) bool) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		t := p.next
		if !t.ok || t.esc || !ok(t.c) {
			break
		}
		b.WriteRune(t.c)
		p.advance()
	}
	return b.String()
}

// getuntil reads a name up to terminator.
func (p *parser) getuntil(term rune, name string) string {
	var b []rune
	for {
		t := p.next
		p.advance()
		if !t.ok {
			if len(b) == 0 {
				p.errorf(0, "missing %s", name)
			}
			p.errorf(len(b), "missing %c, unterminated name", term)
		}
		if t.is(term) {
			if len(b) == 0 {
				p.errorf(1, "missing %s", name)
			}
			break
		}
		b = append(b, []rune(t.String())...)
	}
	return string(b)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '_' || unicode.IsLetter(c) || i > 0 && (unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c) || unicode.Is(unicode.Pc, c) || unicode.Is(unicode.Nl, c)) {
			continue
		}
		if unicode.Is(unicode.Nl, c) {
			continue
		}
		return false
	}
	return true
}

// groupNumber reads a group number written as int() would accept it (digits,
// an optional '+'); digits is its decimal value, which may exceed v's range
// (then v is maxGroups).
func groupNumber(name string) (v int, digits string, ok bool) {
	d := strings.TrimPrefix(name, "+")
	if d == "" {
		return 0, "", false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return 0, "", false
		}
	}
	d = strings.TrimLeft(d, "0")
	if d == "" {
		d = "0"
	}
	if len(d) > 12 {
		return maxGroups, d, true
	}
	v, _ = strconv.Atoi(d)
	return v, d, true
}

func (p *parser) checkgroupname(name string, offset int) {
	if !isIdentifier(name) {
		p.errorf(len([]rune(name))+offset, "bad character in group name %s", pyRepr(name))
	}
}

// pyRepr is repr() of a str.
func pyRepr(s string) string {
	q := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteRune(q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b.WriteRune('\\')
			b.WriteRune(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c >= 0x80 && !isPrintable(c):
			switch {
			case c < 0x100:
				fmt.Fprintf(&b, `\x%02x`, c)
			case c < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, c)
			default:
				fmt.Fprintf(&b, `\U%08x`, c)
			}
		default:
			b.WriteRune(c)
		}
	}
	b.WriteRune(q)
	return b.String()
}

func isPrintable(c rune) bool { return unicode.IsPrint(c) && c != 0xad }

// escapeChar is the character a one-letter escape stands for (\n is 10).
// Functions, not map literals: a package-level map is built by init code at
// every start-up, whether or not a program uses re.
func escapeChar(c rune) (rune, bool) {
	switch c {
	case 'a':
		return 7, true
	case 'b':
		return 8, true
	case 'f':
		return 12, true
	case 'n':
		return 10, true
	case 'r':
		return 13, true
	case 't':
		return 9, true
	case 'v':
		return 11, true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// categoryOf is the category a class escape stands for (\d is catDigit).
func categoryOf(c rune) (category, bool) {
	switch c {
	case 'd':
		return catDigit, true
	case 'D':
		return catNotDigit, true
	case 's':
		return catSpace, true
	case 'S':
		return catNotSpace, true
	case 'w':
		return catWord, true
	case 'W':
		return catNotWord, true
	}
	return 0, false
}

// numericEscape handles \x, \u, \U, \N shared by both escape kinds; handled is
// false for other escapes.
func (p *parser) numericEscape(esc tok) (c rune, handled bool) {
	switch {
	case esc.c == 'x':
		s := p.getwhile(2, isHex)
		if len(s) != 2 {
			p.errorf(2+len(s), "incomplete escape \\x%s", s)
		}
		v, _ := strconv.ParseUint(s, 16, 32)
		return rune(v), true
	case esc.c == 'u' && p.isStr:
		s := p.getwhile(4, isHex)
		if len(s) != 4 {
			p.errorf(2+len(s), "incomplete escape \\u%s", s)
		}
		v, _ := strconv.ParseUint(s, 16, 32)
		return rune(v), true
	case esc.c == 'U' && p.isStr:
		s := p.getwhile(8, isHex)
		if len(s) != 8 {
			p.errorf(2+len(s), "incomplete escape \\U%s", s)
		}
		v, _ := strconv.ParseUint(s, 16, 64)
		if v > 0x10FFFF {
			p.errorf(10, "bad escape \\U%s", s)
		}
		return rune(v), true
	case esc.c == 'N' && p.isStr:
		if !p.match('{') {
			p.errorf(0, "missing {")
		}
		name := p.getuntil('}', "character name")
		if c, ok := lookupName(name); ok {
			return c, true
		}
		p.errorf(len([]rune(name))+4, "undefined character name %s", pyRepr(name))
	}
	return 0, false
}

// lookupName resolves \N{...} for the few names pyheap knows (it has no
// unicodedata database).
func lookupName(name string) (rune, bool) {
	names := map[string]rune{"EM DASH": 0x2014, "EN DASH": 0x2013, "SPACE": ' ', "NO-BREAK SPACE": 0xa0,
		"LATIN SMALL LETTER A": 'a', "LATIN CAPITAL LETTER A": 'A', "BULLET": 0x2022, "HORIZONTAL ELLIPSIS": 0x2026,
		"DEGREE SIGN": 0xb0, "EURO SIGN": 0x20ac, "SNOWMAN": 0x2603, "GREEK SMALL LETTER ALPHA": 0x3b1,
		"LEFT CURLY BRACKET": '{', "RIGHT CURLY BRACKET": '}', "LINE FEED": '\n', "CHARACTER TABULATION": '\t'}
	c, ok := names[strings.ToUpper(name)]
	return c, ok
}

// classEscape is _class_escape: an escape inside [...]: a literal or a category.
func (p *parser) classEscape(esc tok) setItem {
	if c, ok := escapeChar(esc.c); ok {
		return setItem{kind: setLiteral, lo: c}
	}
	if cat, ok := categoryOf(esc.c); ok {
		return setItem{kind: setCategory, cat: cat}
	}
	if c, ok := p.numericEscape(esc); ok {
		return setItem{kind: setLiteral, lo: c}
	}
	switch {
	case isOct(esc.c):
		s := string(esc.c) + p.getwhile(2, isOct)
		v, _ := strconv.ParseUint(s, 8, 32)
		if v > 0o377 {
			p.errorf(len(s)+1, "octal escape value \\%s outside of range 0-0o377", s)
		}
		return setItem{kind: setLiteral, lo: rune(v)}
	case isDigit(esc.c):
	case isASCIILetter(esc.c):
	default:
		return setItem{kind: setLiteral, lo: esc.c}
	}
	p.errorf(2, "bad escape %s", esc)
	return setItem{}
}

// escape is _escape: an escape outside a class.
func (p *parser) escape(esc tok) *node {
	if cat, ok := categoryOf(esc.c); ok {
		return &node{op: opIn, items: []setItem{{kind: setCategory, cat: cat}}}
	}
	switch esc.c {
	case 'A':
		return &node{op: opAt, at: atBeginningString}
	case 'Z':
		return &node{op: opAt, at: atEndString}
	case 'b':
		return &node{op: opAt, at: atBoundary}
	case 'B':
		return &node{op: opAt, at: atNonBoundary}
	}
	if c, ok := escapeChar(esc.c); ok {
		return &node{op: opLiteral, c: c}
	}
	if c, ok := p.numericEscape(esc); ok {
		return &node{op: opLiteral, c: c}
	}
	switch {
	case esc.c == '0':
		s := "0" + p.getwhile(2, isOct)
		v, _ := strconv.ParseUint(s, 8, 32)
		return &node{op: opLiteral, c: rune(v)}
	case isDigit(esc.c):
		s := string(esc.c)
		if p.next.ok && !p.next.esc && isDigit(p.next.c) {
			s += string(p.get().c)
			if isOct(rune(s[0])) && isOct(rune(s[1])) && p.next.ok && !p.next.esc && isOct(p.next.c) {
				s += string(p.get().c)
				v, _ := strconv.ParseUint(s, 8, 32)
				if v > 0o377 {
					p.errorf(len(s)+1, "octal escape value \\%s outside of range 0-0o377", s)
				}
				return &node{op: opLiteral, c: rune(v)}
			}
		}
		g, _ := strconv.Atoi(s)
		if g < len(p.groupwidths) {
			if p.open[g] {
				p.errorf(len(s)+1, "cannot refer to an open group")
			}
			p.checkLookbehindGroup(g)
			return &node{op: opGroupref, group: g}
		}
		p.errorf(len(s), "invalid group reference %d", g)
	case isASCIILetter(esc.c):
	default:
		return &node{op: opLiteral, c: esc.c}
	}
	p.errorf(2, "bad escape %s", esc)
	return nil
}

func (p *parser) checkLookbehindGroup(g int) {
	if p.lookbehindGroups >= 0 {
		if g >= len(p.groupwidths) || p.open[g] {
			p.errorf(0, "cannot refer to an open group")
		}
		if g >= p.lookbehindGroups {
			p.errorf(0, "cannot refer to group defined in the same lookbehind subpattern")
		}
	}
}

func (p *parser) opengroup(name string, hasName bool) int {
	gid := len(p.groupwidths)
	p.groupwidths = append(p.groupwidths, [2]int{})
	p.open = append(p.open, true)
	if gid > maxGroups {
		p.errorf(0, "too many groups")
	}
	if hasName {
		if og, ok := p.groupdict[name]; ok {
			p.errorf(len([]rune(name))+1, "redefinition of group name %s as group %d; was group %d", pyRepr(name), gid, og)
		}
		p.groupdict[name] = gid
		p.names = append(p.names, name)
	}
	return gid
}

// parseSub is _parse_sub: alternatives separated by |.
func (p *parser) parseSub(verbose bool, nested int) []*node {
	var items [][]*node
	for {
		items = append(items, p.parseSeq(verbose, nested+1, nested == 0 && len(items) == 0))
		if !p.match('|') {
			break
		}
		if nested == 0 {
			verbose = p.flags&flagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	// A branch of single characters or sets is a set.
	var set []setItem
	isSet := true
	for _, it := range items {
		if len(it) != 1 {
			isSet = false
			break
		}
		n := it[0]
		if n.op == opLiteral {
			set = append(set, setItem{kind: setLiteral, lo: n.c})
		} else if n.op == opIn && !n.neg {
			set = append(set, n.items...)
		} else {
			isSet = false
			break
		}
	}
	if isSet {
		return []*node{{op: opIn, items: uniqItems(set)}}
	}
	return []*node{{op: opBranch, alts: items}}
}

func uniqItems(items []setItem) []setItem {
	var out []setItem
	seen := map[setItem]bool{}
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}

// parseSeq is _parse: a sequence of items up to | or ) or the end.
func (p *parser) parseSeq(verbose bool, nested int, first bool) []*node {
	var seq []*node
	for {
		this := p.next
		if !this.ok || this.is('|') || this.is(')') {
			break
		}
		p.advance()
		if verbose && !this.esc {
			if strings.ContainsRune(" \t\n\r\v\f", this.c) {
				continue
			}
			if this.c == '#' {
				for {
					t := p.get()
					if !t.ok || t.is('\n') {
						break
					}
				}
				continue
			}
		}
		switch {
		case this.esc:
			seq = append(seq, p.escape(this))
		case !strings.ContainsRune(".\\[{()*+?^$|", this.c):
			seq = append(seq, &node{op: opLiteral, c: this.c})
		case this.c == '[':
			seq = append(seq, p.parseSet())
		case strings.ContainsRune("*+?{", this.c):
			here := p.tell()
			lo, hi := 0, maxRepeat
			switch this.c {
			case '?':
				hi = 1
			case '+':
				lo = 1
			case '{':
				if p.next.is('}') {
					seq = append(seq, &node{op: opLiteral, c: '{'})
					continue
				}
				los := p.getwhile(1<<30, isDigit)
				his := los
				if p.match(',') {
					his = p.getwhile(1<<30, isDigit)
				}
				if !p.match('}') {
					seq = append(seq, &node{op: opLiteral, c: '{'})
					p.seek(here)
					continue
				}
				if los != "" {
					lo = repeatNumber(los)
				}
				if his != "" {
					hi = repeatNumber(his)
					if hi < lo {
						p.errorf(p.tell()-here, "min repeat greater than max repeat")
					}
				} else {
					hi = maxRepeat
				}
			}
			var item *node
			if len(seq) > 0 {
				item = seq[len(seq)-1]
			}
			if item == nil || item.op == opAt {
				p.errorf(p.tell()-here+1, "nothing to repeat")
			}
			if item.op == opRepeat {
				p.errorf(p.tell()-here+1, "multiple repeat")
			}
			body := []*node{item}
			if item.op == opSubpattern && item.group < 0 && item.add == 0 && item.del == 0 {
				body = item.sub
			}
			mode := greedy
			if p.match('?') {
				mode = lazy
			} else if p.match('+') {
				mode = possessive
			}
			seq[len(seq)-1] = &node{op: opRepeat, min: lo, max: hi, mode: mode, sub: body}
		case this.c == '.':
			seq = append(seq, &node{op: opAny})
		case this.c == '(':
			n, ok := p.parseGroup(verbose, nested, first && len(seq) == 0, &verbose)
			if ok {
				seq = append(seq, n...)
			}
		case this.c == '^':
			seq = append(seq, &node{op: opAt, at: atBeginning})
		case this.c == '$':
			seq = append(seq, &node{op: opAt, at: atEnd})
		}
	}
	// Unpack non-capturing groups without flags.
	var out []*node
	for _, n := range seq {
		if n.op == opSubpattern && n.group < 0 && n.add == 0 && n.del == 0 {
			out = append(out, n.sub...)
		} else {
			out = append(out, n)
		}
	}
	return out
}

func repeatNumber(s string) int {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v >= maxRepeat {
		panic(&Error{Kind: "OverflowError", Msg: "the repetition number is too large", Pos: -1})
	}
	return int(v)
}

// parseSet parses a character class after its '['.
func (p *parser) parseSet() *node {
	here := p.tell() - 1
	var set []setItem
	negate := p.match('^')
	for {
		this := p.get()
		if !this.ok {
			p.errorf(p.tell()-here, "unterminated character set")
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 setItem
		if this.esc {
			code1 = p.classEscape(this)
		} else {
			code1 = setItem{kind: setLiteral, lo: this.c}
		}
		if p.match('-') {
			that := p.get()
			if !that.ok {
				p.errorf(p.tell()-here, "unterminated character set")
			}
			if that.is(']') {
				set = append(set, code1, setItem{kind: setLiteral, lo: '-'})
				break
			}
			var code2 setItem
			if that.esc {
				code2 = p.classEscape(that)
			} else {
				code2 = setItem{kind: setLiteral, lo: that.c}
			}
			if code1.kind != setLiteral || code2.kind != setLiteral || code2.lo < code1.lo {
				p.errorf(this.len()+1+that.len(), "bad character range %s-%s", this, that)
			}
			set = append(set, setItem{kind: setRange, lo: code1.lo, hi: code2.lo})
		} else {
			set = append(set, code1)
		}
	}
	set = uniqItems(set)
	if len(set) == 1 && set[0].kind == setLiteral {
		if negate {
			return &node{op: opNotLiteral, c: set[0].lo}
		}
		return &node{op: opLiteral, c: set[0].lo}
	}
	return &node{op: opIn, items: set, neg: negate}
}

// flagLetter is the flag an inline flag letter sets ((?i) is flagIgnoreCase), 0
// for other letters.
func flagLetter(c rune) int {
	switch c {
	case 'i':
		return flagIgnoreCase
	case 'L':
		return flagLocale
	case 'm':
		return flagMultiline
	case 's':
		return flagDotAll
	case 'x':
		return flagVerbose
	case 'a':
		return flagASCII
	case 't':
		return flagTemplate
	case 'u':
		return flagUnicode
	}
	return 0
}

// parseGroup parses what follows '('; ok is false when nothing is added (a
// comment, global flags).
func (p *parser) parseGroup(verbose bool, nested int, first bool, verbosep *bool) ([]*node, bool) {
	start := p.tell() - 1
	capture, atomic := true, false
	name, hasName := "", false
	add, del := 0, 0
	if p.match('?') {
		char := p.get()
		if !char.ok {
			p.errorf(0, "unexpected end of pattern")
		}
		switch {
		case char.is('P'):
			if p.match('<') {
				name = p.getuntil('>', "group name")
				hasName = true
				p.checkgroupname(name, 1)
			} else if p.match('=') {
				name = p.getuntil(')', "group name")
				p.checkgroupname(name, 1)
				gid, ok := p.groupdict[name]
				if !ok {
					p.errorf(len([]rune(name))+1, "unknown group name %s", pyRepr(name))
				}
				if p.open[gid] {
					p.errorf(len([]rune(name))+1, "cannot refer to an open group")
				}
				p.checkLookbehindGroup(gid)
				return []*node{{op: opGroupref, group: gid}}, true
			} else {
				c := p.get()
				if !c.ok {
					p.errorf(0, "unexpected end of pattern")
				}
				p.errorf(c.len()+2, "unknown extension ?P%s", c)
			}
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if !p.next.ok {
					p.errorf(p.tell()-start, "missing ), unterminated comment")
				}
				if p.get().is(')') {
					break
				}
			}
			return nil, false
		case char.is('=') || char.is('!') || char.is('<'):
			dir := 1
			kind := char
			saved := -2
			if char.is('<') {
				kind = p.get()
				if !kind.ok {
					p.errorf(0, "unexpected end of pattern")
				}
				if !kind.is('=') && !kind.is('!') {
					p.errorf(kind.len()+2, "unknown extension ?<%s", kind)
				}
				dir = -1
				saved = p.lookbehindGroups
				if saved < 0 {
					p.lookbehindGroups = len(p.groupwidths)
				}
			}
			body := p.nest(verbose, nested)
			if dir < 0 && saved < 0 {
				p.lookbehindGroups = -1
			}
			if !p.match(')') {
				p.errorf(p.tell()-start, "missing ), unterminated subpattern")
			}
			op := opAssert
			if kind.is('!') {
				op = opAssertNot
			}
			return []*node{{op: op, dir: dir, sub: body}}, true
		case char.is('('):
			condname := p.getuntil(')', "group name")
			var cond int
			if isIdentifier(condname) {
				g, ok := p.groupdict[condname]
				if !ok {
					p.errorf(len([]rune(condname))+1, "unknown group name %s", pyRepr(condname))
				}
				cond = g
			} else {
				v, digits, ok := groupNumber(condname)
				if !ok {
					p.errorf(len([]rune(condname))+1, "bad character in group name %s", pyRepr(condname))
				}
				if v == 0 {
					p.errorf(len([]rune(condname))+1, "bad group number")
				}
				if v >= maxGroups {
					p.errorf(len([]rune(condname))+1, "invalid group reference %s", digits)
				}
				if _, ok := p.grouprefpos[v]; !ok {
					p.grouprefpos[v] = p.tell() - len([]rune(condname)) - 1
					p.grouprefOrder = append(p.grouprefOrder, v)
				}
				cond = v
			}
			p.checkLookbehindGroup(cond)
			p.depth++
			if p.depth > maxDepth {
				panic(&Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded", Pos: -1})
			}
			yes := p.parseSeq(verbose, nested+1, false)
			n := &node{op: opGrouprefExists, group: cond, sub: yes}
			if p.match('|') {
				n.no = p.parseSeq(verbose, nested+1, false)
				n.hasNo = true
				if p.next.is('|') {
					p.errorf(0, "conditional backref with more than two branches")
				}
			}
			p.depth--
			if !p.match(')') {
				p.errorf(p.tell()-start, "missing ), unterminated subpattern")
			}
			return []*node{n}, true
		case char.is('>'):
			capture, atomic = false, true
		case !char.esc && (flagLetter(char.c) != 0 || char.c == '-'):
			a, d, global := p.parseFlags(char.c)
			if global {
				if !first {
					p.errorf(p.tell()-start, "global flags not at the start of the expression")
				}
				*verbosep = p.flags&flagVerbose != 0
				return nil, false
			}
			add, del = a, d
			capture = false
		default:
			p.errorf(char.len()+1, "unknown extension ?%s", char)
		}
	}
	group := -1
	if capture {
		group = p.opengroup(name, hasName)
	}
	subVerbose := (verbose || add&flagVerbose != 0) && del&flagVerbose == 0
	body := p.nest(subVerbose, nested)
	if !p.match(')') {
		p.errorf(p.tell()-start, "missing ), unterminated subpattern")
	}
	if group >= 0 {
		p.groupwidths[group] = width(p, body)
		p.open[group] = false
	}
	if atomic {
		return []*node{{op: opAtomic, sub: body}}, true
	}
	return []*node{{op: opSubpattern, group: group, add: add, del: del, sub: body}}, true
}

func (p *parser) nest(verbose bool, nested int) []*node {
	p.depth++
	if p.depth > maxDepth {
		panic(&Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded", Pos: -1})
	}
	n := p.parseSub(verbose, nested+1)
	p.depth--
	return n
}

// parseFlags is _parse_flags; global reports flags for the whole pattern "(?i)".
func (p *parser) parseFlags(char rune) (add, del int, global bool) {
	if char != '-' {
		for {
			flag := flagLetter(char)
			if p.isStr {
				if char == 'L' {
					p.errorf(0, "bad inline flags: cannot use 'L' flag with a str pattern")
				}
			} else if char == 'u' {
				p.errorf(0, "bad inline flags: cannot use 'u' flag with a bytes pattern")
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				p.errorf(0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
			t := p.get()
			if !t.ok {
				p.errorf(0, "missing -, : or )")
			}
			if t.is(')') || t.is('-') || t.is(':') {
				char = t.c
				break
			}
			if t.esc || flagLetter(t.c) == 0 {
				if !t.esc && unicode.IsLetter(t.c) {
					p.errorf(t.len(), "unknown flag")
				}
				p.errorf(t.len(), "missing -, : or )")
			}
			char = t.c
		}
	}
	if char == ')' {
		p.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		p.errorf(1, "bad inline flags: cannot turn on global flag")
	}
	if char == '-' {
		t := p.get()
		if !t.ok {
			p.errorf(0, "missing flag")
		}
		if t.esc || flagLetter(t.c) == 0 {
			if !t.esc && unicode.IsLetter(t.c) {
				p.errorf(t.len(), "unknown flag")
			}
			p.errorf(t.len(), "missing flag")
		}
		for {
			flag := flagLetter(t.c)
			if flag&typeFlags != 0 {
				p.errorf(0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			del |= flag
			t = p.get()
			if !t.ok {
				p.errorf(0, "missing :")
			}
			if t.is(':') {
				break
			}
			if t.esc || flagLetter(t.c) == 0 {
				if !t.esc && unicode.IsLetter(t.c) {
					p.errorf(t.len(), "unknown flag")
				}
				p.errorf(t.len(), "missing :")
			}
		}
	}
	if del&globalFlags != 0 {
		p.errorf(1, "bad inline flags: cannot turn off global flag")
	}
	if add&del != 0 {
		p.errorf(1, "bad inline flags: flag turned on and off")
	}
	return add, del, false
}

// tree is a parsed pattern.
type tree struct {
	seq       []*node
	flags     int
	groups    int // including group 0
	names     []string
	groupdict map[string]int
	widths    [][2]int
}

// parse is sre_parse.parse followed by fix_flags. It returns an *Error.
func parse(src []rune, isStr bool, flags int) (t *tree, err error) {
	p := &parser{src: src, isStr: isStr, flags: flags, groupdict: map[string]int{},
		groupwidths: [][2]int{{}}, open: []bool{false}, lookbehindGroups: -1, grouprefpos: map[int]int{}}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			if !isStr {
				e.Msg = asciiBackslash(e.Msg)
			}
			t, err = nil, e
		}
	}()
	p.advance()
	seq := p.parseSub(flags&flagVerbose != 0, 0)
	f, ferr := fixFlags(isStr, p.flags)
	if ferr != nil {
		return nil, ferr
	}
	if p.next.ok {
		p.errorf(0, "unbalanced parenthesis")
	}
	for _, g := range p.grouprefOrder {
		if g >= len(p.groupwidths) {
			return nil, &Error{Msg: fmt.Sprintf("invalid group reference %d", g), Pos: p.grouprefpos[g]}
		}
	}
	return &tree{seq: seq, flags: f, groups: len(p.groupwidths), names: p.names, groupdict: p.groupdict, widths: p.groupwidths}, nil
}

func asciiBackslash(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return b.String()
}

// fixFlags is sre_parse.fix_flags.
func fixFlags(isStr bool, flags int) (int, error) {
	if isStr {
		if flags&flagLocale != 0 {
			return 0, &Error{Kind: "ValueError", Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if flags&flagASCII == 0 {
			flags |= flagUnicode
		} else if flags&flagUnicode != 0 {
			return 0, &Error{Kind: "ValueError", Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if flags&flagUnicode != 0 {
			return 0, &Error{Kind: "ValueError", Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if flags&flagLocale != 0 && flags&flagASCII != 0 {
			return 0, &Error{Kind: "ValueError", Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	return flags, nil
}

// width is SubPattern.getwidth: the minimum and maximum lengths seq matches.
func width(p *parser, seq []*node) [2]int {
	return seqWidth(p.groupwidths, seq)
}

func satAdd(a, b int) int {
	if a > 1<<40 || b > 1<<40 {
		return 1 << 41
	}
	return a + b
}

func satMul(a, b int) int {
	if a != 0 && b > (1<<41)/a {
		return 1 << 41
	}
	return a * b
}

func seqWidth(groupwidths [][2]int, seq []*node) [2]int {
	lo, hi := 0, 0
	for _, n := range seq {
		switch n.op {
		case opBranch:
			i, j := maxRepeat-1, 0
			for _, a := range n.alts {
				w := seqWidth(groupwidths, a)
				i, j = min(i, w[0]), max(j, w[1])
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case opAtomic, opSubpattern:
			w := seqWidth(groupwidths, n.sub)
			lo, hi = satAdd(lo, w[0]), satAdd(hi, w[1])
		case opRepeat:
			w := seqWidth(groupwidths, n.sub)
			lo, hi = satAdd(lo, satMul(w[0], n.min)), satAdd(hi, satMul(w[1], n.max))
		case opAny, opIn, opLiteral, opNotLiteral:
			lo, hi = lo+1, hi+1
		case opGroupref:
			w := groupwidths[n.group]
			lo, hi = satAdd(lo, w[0]), satAdd(hi, w[1])
		case opGrouprefExists:
			w := seqWidth(groupwidths, n.sub)
			i, j := w[0], w[1]
			if n.hasNo {
				w2 := seqWidth(groupwidths, n.no)
				i, j = min(i, w2[0]), max(j, w2[1])
			} else {
				i = 0
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		}
	}
	return [2]int{min(lo, maxRepeat-1), min(hi, maxRepeat)}
}
