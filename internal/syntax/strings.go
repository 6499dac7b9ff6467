// Literals: numbers, strings, bytes and f-strings. See doc.go for the
// overview; the string rules follow CPython 3.11's Parser/string_parser.c.

package syntax

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number converts a NUMBER token to its constant value.
func (p *parser) number(t *Token) interface{} {
	s := p.text(t)
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return Imaginary(f)
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base)
		}
	}
	if strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64) // overflow gives ±Inf, as in CPython
		return f
	}
	return parseInt(s, 10)
}

func parseInt(digits string, base int) interface{} {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, _ := new(big.Int).SetString(digits, base)
	return b
}

// strPrefix splits a STRING token's text into its flags and body (the text
// between the quotes).
func strPrefix(s string) (bytes, raw, fmode bool, body string, bodyOff int) {
	i := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case 'b', 'B':
			bytes = true
			continue
		case 'r', 'R':
			raw = true
			continue
		case 'f', 'F':
			fmode = true
			continue
		case 'u', 'U':
			continue
		}
		break
	}
	q := s[i:]
	n := 1
	if len(q) >= 6 && q[1] == q[0] && q[2] == q[0] {
		n = 3
	}
	return bytes, raw, fmode, q[n : len(q)-n], i + n
}

// strings parses STRING+: adjacent literals are concatenated (CPython's
// _PyPegen_concatenate_strings).
func (p *parser) strings() Expr {
	// Errors in literals come from the parser's actions, not from invalid_
	// rules: they are raised even where those are off.
	if p.noInvalid {
		p.noInvalid = false
		defer func() { p.noInvalid = true }()
	}
	i0 := p.p
	for p.at(STRING) {
		p.next()
	}
	p.peek() // STRING+ looks at the following token
	toks := p.toks[i0:p.p]
	first, last := &toks[0], &toks[len(toks)-1]
	whole := Pos{first.Line, first.Col, last.EndLine, last.EndCol}
	bytesMode := false
	for i := range toks {
		b, _, _, _, _ := strPrefix(p.text(&toks[i]))
		if i == 0 {
			bytesMode = b
		} else if b != bytesMode {
			p.errorLast(KindSyntaxError, "cannot mix bytes and nonbytes literals")
		}
	}
	if bytesMode {
		var sb strings.Builder
		for i := range toks {
			t := &toks[i]
			_, raw, _, body, _ := strPrefix(p.text(t))
			for j := 0; j < len(body); j++ {
				if body[j] >= 0x80 {
					p.errorAt(t, t, "bytes can only contain ASCII literal characters")
				}
			}
			if raw || strings.IndexByte(body, '\\') < 0 {
				sb.WriteString(body)
			} else {
				sb.WriteString(p.decodeBytes(body))
			}
		}
		return &Constant{Pos: whole, Value: Bytes(sb.String())}
	}
	kind := ""
	if p.src[first.Start] == 'u' {
		kind = "u"
	}
	st := &fstringState{p: p, whole: whole, kind: kind}
	for i := range toks {
		t := &toks[i]
		text := p.text(t)
		_, raw, fmode, body, off := strPrefix(text)
		if fmode {
			st.fmode = true
			pos := off
			st.parse(t, text, &pos, off+len(body), raw, 0)
		} else if raw || strings.IndexByte(body, '\\') < 0 {
			if pos, c, reason, bad := utf8Error([]byte(body)); bad {
				p.errorLast(KindSyntaxError, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos, reason)
			}
			st.addStr(body)
		} else {
			st.addStr(p.decodeStr(body))
		}
	}
	return st.finish(whole)
}

// fstringState accumulates the pieces of a (possibly concatenated) string
// (CPython's FstringParser).
type fstringState struct {
	p      *parser
	whole  Pos
	kind   string
	fmode  bool
	last   strings.Builder
	values []Expr
}

func (st *fstringState) addStr(s string) { st.last.WriteString(s) }

// flush turns the pending literal text into a Constant at pos.
func (st *fstringState) flush(pos Pos) {
	if st.last.Len() > 0 {
		st.values = append(st.values, &Constant{Pos: pos, Value: st.last.String(), Kind: st.kind})
		st.last.Reset()
	}
}

func (st *fstringState) finish(pos Pos) Expr {
	if !st.fmode {
		return &Constant{Pos: pos, Value: st.last.String(), Kind: st.kind}
	}
	// CPython gives the last literal the position passed to Finish: the
	// whole string for the top level, the token for a format spec.
	st.flush(pos)
	if st.values == nil {
		st.values = []Expr{}
	}
	return &JoinedStr{Pos: pos, Values: st.values}
}

// parse parses the f-string text[*i:end] of token t (CPython's
// _PyPegen_FstringParser_ConcatFstring).
func (st *fstringState) parse(t *Token, text string, i *int, end int, raw bool, lvl int) {
	p := st.p
	for {
		// Literal part (fstring_find_literal).
		start := *i
		s := *i
		result := 0
	lit:
		for s < end {
			ch := text[s]
			s++
			if !raw && ch == '\\' && s < end {
				ch = text[s]
				s++
				if ch == 'N' {
					if s < end && text[s] == '{' {
						s++
						for s < end && text[s] != '}' {
							s++
						}
						if s < end {
							s++
						}
						continue
					}
					break lit
				}
			}
			if ch == '{' || ch == '}' {
				if lvl == 0 {
					if s < end && text[s] == ch {
						result = 1
						break lit
					}
					if ch == '}' {
						p.errorLast(KindSyntaxError, "f-string: single '}' is not allowed")
					}
				}
				s--
				break
			}
		}
		litEnd := s
		if result == 1 {
			*i = s + 1
		} else {
			*i = s
		}
		if litEnd > start {
			lit := text[start:litEnd]
			if !raw && strings.IndexByte(lit, '\\') >= 0 {
				lit = p.decodeStr(lit)
			}
			st.addStr(lit)
		}
		if result == 1 {
			continue
		}
		if *i >= end || text[*i] == '}' {
			break
		}
		// Expression part (fstring_find_expr).
		fv, exprText := st.expr(t, text, i, end, raw, lvl)
		if exprText != "" {
			st.addStr(exprText)
		}
		st.flush(st.whole)
		st.values = append(st.values, fv)
	}
	if lvl == 0 && *i < end {
		p.errorLast(KindSyntaxError, "f-string: unexpected end of string")
	}
	if lvl != 0 && (*i >= end || text[*i] != '}') {
		p.errorLast(KindSyntaxError, "f-string: expecting '}'")
	}
}

const maxFstringLevel = 200

// expr parses one replacement field starting at the '{' at text[*i].
func (st *fstringState) expr(t *Token, text string, i *int, end int, raw bool, lvl int) (Expr, string) {
	p := st.p
	if lvl >= 2 {
		p.errorLast(KindSyntaxError, "f-string: expressions nested too deeply")
	}
	*i++
	exprStart := *i
	var quote byte
	stringType := 0
	var stack []byte
	for ; *i < end; *i++ {
		ch := text[*i]
		if ch == '\\' {
			p.errorLast(KindSyntaxError, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if stringType == 3 {
					if *i+2 < end && text[*i+1] == ch && text[*i+2] == ch {
						*i += 2
						stringType, quote = 0, 0
						continue
					}
				} else {
					stringType, quote = 0, 0
					continue
				}
			}
		} else if ch == '\'' || ch == '"' {
			if *i+2 < end && text[*i+1] == ch && text[*i+2] == ch {
				stringType = 3
				*i += 2
			} else {
				stringType = 1
			}
			quote = ch
		} else if ch == '[' || ch == '{' || ch == '(' {
			if len(stack) >= maxFstringLevel {
				p.errorLast(KindSyntaxError, "f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		} else if ch == '#' {
			p.errorLast(KindSyntaxError, "f-string expression part cannot include '#'")
		} else if len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<') {
			if *i+1 < end {
				next := text[*i+1]
				if ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=' {
					*i++
					continue
				}
				if ch == '>' || ch == '<' {
					continue
				}
			}
			break
		} else if ch == ']' || ch == '}' || ch == ')' {
			if len(stack) == 0 {
				p.errorLast(KindSyntaxError, "f-string: unmatched '%c'", ch)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				p.errorLast(KindSyntaxError, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open)
			}
		}
	}
	exprEnd := *i
	if quote != 0 {
		p.errorLast(KindSyntaxError, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.errorLast(KindSyntaxError, "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if *i >= end {
		p.errorLast(KindSyntaxError, "f-string: expecting '}'")
	}
	value := st.compileExpr(t, text, exprStart, exprEnd)
	exprText := ""
	if text[*i] == '=' {
		*i++
		for *i < end && isSpace(text[*i]) {
			*i++
		}
		exprText = text[exprStart:*i]
	}
	conversion := -1
	if *i < end && text[*i] == '!' {
		*i++
		if *i >= end {
			p.errorLast(KindSyntaxError, "f-string: expecting '}'")
		}
		conversion = int(text[*i])
		*i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			p.errorLast(KindSyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if *i >= end {
		p.errorLast(KindSyntaxError, "f-string: expecting '}'")
	}
	var spec Expr
	if text[*i] == ':' {
		*i++
		if *i >= end {
			p.errorLast(KindSyntaxError, "f-string: expecting '}'")
		}
		sub := &fstringState{p: p, whole: st.whole, kind: st.kind, fmode: true}
		sub.parse(t, text, i, end, raw, lvl+1)
		spec = sub.finish(p.tokPos(t))
	}
	if *i >= end || text[*i] != '}' {
		p.errorLast(KindSyntaxError, "f-string: expecting '}'")
	}
	*i++
	if exprText != "" && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	return &FormattedValue{Pos: st.whole, Value: value, Conversion: conversion, FormatSpec: spec}, exprText
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// compileExpr parses the expression text[start:end] of an f-string token t
// (CPython's fstring_compile_expr): the text is wrapped in parentheses and
// parsed by a sub-parser whose token positions are shifted to where the
// expression sits in the file, with CPython 3.11's offsets.
func (st *fstringState) compileExpr(t *Token, text string, start, end int) Expr {
	p := st.p
	allSpace := true
	for j := start; j < end; j++ {
		c := text[j]
		if !(c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			allSpace = false
			break
		}
	}
	if allSpace {
		p.errorLast(KindSyntaxError, "f-string: empty expression not allowed")
	}
	// fstring_find_expr_location: lines before the '{' and the column
	// offset of the '{' within its line.
	brace := start - 1
	lines := int32(strings.Count(text[:brace], "\n"))
	var cols int32
	newlineAfterBrace := true
	for j := brace + 1; j < len(text) && text[j] != '}' && text[j] != '\n'; j++ {
		if c := text[j]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		k := brace
		for k > 0 && text[k] != '\n' {
			k--
		}
		cols = int32(brace - k)
		if text[k] == '\n' {
			cols--
		}
	}
	startCol := t.Col + cols
	if lines != 0 {
		startCol = cols
	}
	src := make([]byte, 0, end-start+3)
	src = append(src, '(')
	src = append(src, text[start:end]...)
	src = append(src, ')', '\n')
	sub := &parser{src: src, filename: p.filename, fstring: true,
		startLine: t.Line + lines - 1, startCol: startCol, parent: p}
	sc := tokenize(src, p.filename)
	if sc.err != nil {
		e := *sc.err
		e.Lineno += int(sub.startLine)
		e.EndLineno += int(sub.startLine)
		panic(syntaxBail{err: &e})
	}
	for k := range sc.toks {
		tk := &sc.toks[k]
		if tk.EndLine == 1 {
			tk.Col += startCol
			tk.EndCol += startCol
		}
		tk.Line += sub.startLine
		tk.EndLine += sub.startLine
	}
	sub.sc, sub.toks = sc, sc.toks
	e := sub.starExpressions()
	return e
}

// ---- escapes ----

// decodeStr decodes the escapes of a str literal body. Invalid escapes are
// kept (CPython warns); malformed ones raise CPython's "(unicode error)".
func (p *parser) decodeStr(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// vpos is the position in CPython's intermediate buffer, where each
	// non-ASCII character counts 10 bytes (it is rewritten as \UXXXXXXXX).
	vpos := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if c < 0x80 {
				b.WriteByte(c)
				i++
				vpos++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				// CPython decodes each run of non-ASCII bytes on its own.
				j := i
				for j < len(s) && s[j] >= 0x80 {
					j++
				}
				pos, c, reason, _ := utf8Error([]byte(s[i:j]))
				p.errorLast(KindSyntaxError, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos, reason)
			}
			b.WriteRune(r)
			i += n
			vpos += 10
			continue
		}
		escStart := vpos
		i++
		vpos++
		if i >= len(s) {
			p.unicodeError(escStart, escStart+1, "\\ at end of string")
		}
		c = s[i]
		i++
		vpos++
		switch c {
		case '\n':
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case '"':
			b.WriteByte('"')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + int(s[i]-'0')
				i++
				vpos++
			}
			writeRune(&b, v)
		case 'x', 'u', 'U':
			n := 2
			what := "truncated \\xXX escape"
			if c == 'u' {
				n, what = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				n, what = 8, "truncated \\UXXXXXXXX escape"
			}
			v := 0
			for k := 0; k < n; k++ {
				if i >= len(s) || !isXDigit(int(s[i])) {
					p.unicodeError(escStart, vpos, what)
				}
				v = v*16 + hexVal(s[i])
				i++
				vpos++
			}
			if v > utf8.MaxRune {
				p.unicodeError(escStart, vpos, "illegal Unicode character")
			}
			writeRune(&b, v)
		case 'N':
			if i >= len(s) || s[i] != '{' {
				p.unicodeError(escStart, vpos, "malformed \\N character escape")
			}
			j := strings.IndexByte(s[i:], '}')
			if j < 0 || j == 1 {
				p.unicodeError(escStart, vpos, "malformed \\N character escape")
			}
			name := s[i+1 : i+j]
			i += j + 1
			vpos += j + 1
			r, ok := lookupUnicodeName(name)
			if !ok {
				p.unicodeError(escStart, vpos, "unknown Unicode character name")
			}
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			if c >= 0x80 {
				i--
				vpos--
				continue
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// writeRune appends code point v in UTF-8; a lone surrogate (which Python
// strings may hold) is written in the generalized 3-byte form (WTF-8), which
// pyRepr and the VM understand.
func writeRune(b *strings.Builder, v int) {
	if v >= 0xD800 && v <= 0xDFFF {
		b.WriteByte(byte(0xE0 | v>>12))
		b.WriteByte(byte(0x80 | (v>>6)&0x3F))
		b.WriteByte(byte(0x80 | v&0x3F))
		return
	}
	b.WriteRune(rune(v))
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// unicodeError raises CPython's "(unicode error) 'unicodeescape' codec
// can't decode ..." at the furthest token. end is exclusive.
func (p *parser) unicodeError(start, end int, reason string) {
	if end-start <= 1 {
		p.errorLast(KindSyntaxError, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, reason)
	}
	p.errorLast(KindSyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}

// decodeBytes decodes the escapes of a bytes literal body (ASCII only).
func (p *parser) decodeBytes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		escStart := i
		i++
		if i >= len(s) {
			p.errorLast(KindSyntaxError, "(value error) Trailing \\ in string")
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case '"':
			b.WriteByte('"')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			b.WriteByte(byte(v))
		case 'x':
			if i+1 < len(s) && isXDigit(int(s[i])) && isXDigit(int(s[i+1])) {
				b.WriteByte(byte(hexVal(s[i])*16 + hexVal(s[i+1])))
				i += 2
			} else {
				p.errorLast(KindSyntaxError, "(value error) invalid \\x escape at position %d", escStart)
			}
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// lookupUnicodeName resolves a \N{...} name. See unicodenames.go for what is
// supported.
func lookupUnicodeName(name string) (rune, bool) {
	up := strings.ToUpper(name)
	if r, ok := unicodeName(up); ok {
		return r, true
	}
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		// Matched case-sensitively, as in CPython.
		rest := name[16:]
		if r, ok := hangulSyllable(rest); ok {
			return r, true
		}
		return 0, false
	}
	for _, pre := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"} {
		if strings.HasPrefix(name, pre) { // case-sensitive, as in CPython
			hex := name[len(pre):] // upper-case hex digits only
			v, err := strconv.ParseUint(hex, 16, 32)
			if err == nil && (len(hex) == 4 || len(hex) == 5) && strings.ToUpper(hex) == hex {
				return rune(v), true
			}
		}
	}
	return 0, false
}

// The jamo short names of Unicode's algorithmic Hangul syllable names.
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable resolves the suffix of "HANGUL SYLLABLE X".
func hangulSyllable(name string) (rune, bool) {
	for l, ls := range jamoL {
		if !strings.HasPrefix(name, ls) {
			continue
		}
		for v, vs := range jamoV {
			if !strings.HasPrefix(name[len(ls):], vs) {
				continue
			}
			for t, ts := range jamoT {
				if name[len(ls)+len(vs):] == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}
