// The tokenizer. See doc.go for the overview.

package syntax

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

const (
	tabSize    = 8   // CPython's TABSIZE
	maxIndent  = 100 // CPython's MAXINDENT
	maxLevel   = 200 // CPython's MAXLEVEL: bracket nesting depth
	altTabSize = 1
)

// OP is the kind of a character that is no Python token (such as '$' or '?'):
// CPython's tokenizer returns it as a generic OP and the parser rejects it.
const OP = numKinds

type paren struct {
	ch        byte
	line, col int32
}

// scanner turns source into tokens, all at once (the parser works on the
// token slice). It follows CPython 3.11's Parser/tokenizer.c (tok_get).
type scanner struct {
	src       []byte // newline-normalized source, ending in '\n'
	filename  string
	pos       int // CPython's tok->cur
	line      int // current line, 1-based
	lineStart int // offset of the current line's first byte
	indstack  []int
	altstack  []int
	pendin    int
	atbol     bool
	blankline bool
	parens    []paren
	toks      []Token
	norms     []string     // NFKC forms of non-ASCII identifiers (Token.Norm)
	bufStart  []int32      // see joinLine (absent, or equal to the index: a line of its own)
	err       *SyntaxError // the tokenizer's error, if it stopped on one
	// errRaised: err is one that CPython's tokenizer raises as an exception
	// (syntaxerror()), which then wins over a parser error found earlier in
	// the file; the others (bad dedent, tab/space mix, too deep, line
	// continuation, EOF) only count if the parser reaches them.
	errRaised  bool
	eofInParen bool // stopped at end of input inside brackets (no error of its own)
}

// normalize converts \r\n and \r to \n, strips a UTF-8 BOM and makes sure the
// text ends with a newline, as CPython's string tokenizer does.
func normalize(src []byte) []byte { return normalizeMode(src, true) }

// normalizeMode is normalize; addNL says whether to make sure the text ends
// with a newline (CPython does so for "exec" input only).
func normalizeMode(src []byte, addNL bool) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	hasCR := false
	for _, c := range src {
		if c == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR && (!addNL || len(src) > 0 && src[len(src)-1] == '\n') {
		return src
	}
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	if addNL && (len(out) == 0 || out[len(out)-1] != '\n') {
		out = append(out, '\n')
	}
	return out
}

// lineText returns the text of line n (1-based) without its newline.
func lineText(src []byte, n int) []byte {
	start := 0
	for l := 1; l < n; l++ {
		i := indexByte(src[start:], '\n')
		if i < 0 {
			return nil
		}
		start += i + 1
	}
	end := indexByte(src[start:], '\n')
	if end < 0 {
		return src[start:]
	}
	return src[start : start+end]
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// tokenize scans all of src.
func tokenize(src []byte, filename string) *scanner {
	s := &scanner{src: src, filename: filename, line: 1, atbol: true,
		indstack: []int{0}, altstack: []int{0}}
	s.toks = make([]Token, 0, len(src)/4+16)
	for {
		k := s.next()
		if k == ENDMARKER || k == ERRORTOKEN {
			break
		}
	}
	return s
}

// errAt records a tokenizer error in CPython's syntaxerror() style: the
// offset is the number of characters before byte column curCol of the
// current line (so it points at the character before the tokenizer's
// cursor), end offset equal.
func (s *scanner) errAt(cur int, format string, args ...interface{}) Kind {
	line := s.curLine()
	col := cur - s.lineStart
	off := charOffset(line, col) - 1
	s.err = &SyntaxError{Msg: fmt.Sprintf(format, args...), Filename: s.filename,
		Lineno: s.line, Offset: off, EndLineno: s.line, EndOffset: off, Text: string(line)}
	s.errRaised = true
	return s.emitError()
}

// errKnown records an error at a known byte range of the current line
// (CPython's _syntaxerror_range with explicit columns).
func (s *scanner) errRange(kind ErrorKind, lineno int, line []byte, col, endCol int, withNL bool, msg string) Kind {
	off, end := col, endCol
	if col >= 0 {
		off = charOffset(line, col)
	}
	if endCol >= 0 {
		end = charOffset(line, endCol)
	}
	text := string(line)
	if withNL {
		text += "\n"
	}
	s.err = &SyntaxError{Kind: kind, Msg: msg, Filename: s.filename, Lineno: lineno,
		Offset: off, EndLineno: lineno, EndOffset: end, Text: text}
	s.errRaised = !withNL
	return s.emitError()
}

func (s *scanner) emitError() Kind {
	s.toks = append(s.toks, Token{Kind: ERRORTOKEN, Start: int32(s.pos), End: int32(s.pos),
		Line: int32(s.line), Col: int32(s.pos - s.lineStart), EndLine: int32(s.line),
		EndCol: int32(s.pos - s.lineStart), Level: int16(len(s.parens))})
	return ERRORTOKEN
}

func (s *scanner) curLine() []byte {
	end := indexByte(s.src[s.lineStart:], '\n')
	if end < 0 {
		return s.src[s.lineStart:]
	}
	return s.src[s.lineStart : s.lineStart+end]
}

func (s *scanner) emit(k Kind, start, end int) Kind {
	s.toks = append(s.toks, Token{Kind: k, Start: int32(start), End: int32(end),
		Line: int32(s.line), Col: int32(start - s.lineStart), EndLine: int32(s.line),
		EndCol: int32(end - s.lineStart), Level: int16(len(s.parens))})
	return k
}

// emitML emits a token that may span lines (a string): start is on line
// startLine beginning at startLineStart.
func (s *scanner) emitML(k Kind, start, end, startLine, startLineStart int) Kind {
	s.toks = append(s.toks, Token{Kind: k, Start: int32(start), End: int32(end),
		Line: int32(startLine), Col: int32(start - startLineStart), EndLine: int32(s.line),
		EndCol: int32(end - s.lineStart), Level: int16(len(s.parens))})
	return k
}

func (s *scanner) peekc() int {
	if s.pos < len(s.src) {
		return int(s.src[s.pos])
	}
	return -1
}

// newline advances the line bookkeeping past a '\n' at s.pos-1.
func (s *scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

// joinLine is newline for a line read in the middle of a token (a
// backslash continuation or a multi-line string): CPython's tokenizer keeps
// the previous lines in its buffer, which becomes the text of errors on the
// new line. bufStart records, per line, the first line of that buffer.
func (s *scanner) joinLine() {
	for len(s.bufStart) <= s.line {
		s.bufStart = append(s.bufStart, int32(len(s.bufStart)))
	}
	first := s.bufStart[s.line]
	s.newline()
	for len(s.bufStart) <= s.line {
		s.bufStart = append(s.bufStart, int32(len(s.bufStart)))
	}
	s.bufStart[s.line] = first
}

func isIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isIdentChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// next scans one token and appends it.
func (s *scanner) next() Kind {
	for {
		if k, ok := s.scan(); ok {
			return k
		}
	}
}

// scan scans one token; ok is false when it only skipped a blank line or a
// newline inside brackets (the caller loops, so that many blank lines do not
// recurse).
func (s *scanner) scan() (Kind, bool) {
	k := s.scan1()
	return k, k != skipLine
}

// skipLine is scan1's result for "nothing emitted, go on".
const skipLine = numKinds + 1

func (s *scanner) scan1() Kind {
	s.blankline = false
	if s.atbol {
		s.atbol = false
		col, altcol := 0, 0
		for s.pos < len(s.src) {
			c := s.src[s.pos]
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol = (altcol/altTabSize + 1) * altTabSize
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' {
				// A continuation inside the indentation: CPython checks it
				// before the indentation itself.
				if s.pos+1 >= len(s.src) || s.src[s.pos+1] != '\n' {
					s.pos += 2
					if s.pos > len(s.src) {
						s.pos = len(s.src)
					}
					line := s.curLine()
					k := s.errRange(KindSyntaxError, s.line, line, s.pos-s.lineStart-1, -1, true,
						"unexpected character after line continuation character")
					s.err.EndOffset = 0
					return k
				}
				s.pos += 2
				s.joinLine()
				if s.pos >= len(s.src) {
					return s.eofAfterContinuation()
				}
				continue
			} else {
				break
			}
			s.pos++
		}
		c := s.peekc()
		if c == '#' || c == '\n' || c < 0 && col <= s.indstack[len(s.indstack)-1] {
			// At the end of input the dedents come from the EOF path, on the
			// last line with no column, as CPython reports them. Indentation
			// followed by the end of input (eval and single modes add no
			// newline) is an INDENT, as CPython's tokenizer sees it.
			s.blankline = true
		}
		if !s.blankline && len(s.parens) == 0 {
			top := len(s.indstack) - 1
			if col == s.indstack[top] {
				if altcol != s.altstack[top] {
					return s.indentError()
				}
			} else if col > s.indstack[top] {
				if len(s.indstack) >= maxIndent {
					line := s.curLine()
					return s.errRange(KindIndentationError, s.line, line, 0, -1, true, "too many levels of indentation")
				}
				if altcol <= s.altstack[top] {
					return s.indentError()
				}
				s.pendin++
				s.indstack = append(s.indstack, col)
				s.altstack = append(s.altstack, altcol)
			} else {
				for len(s.indstack) > 1 && col < s.indstack[len(s.indstack)-1] {
					s.pendin--
					s.indstack = s.indstack[:len(s.indstack)-1]
					s.altstack = s.altstack[:len(s.altstack)-1]
				}
				top = len(s.indstack) - 1
				if col != s.indstack[top] {
					line := s.curLine()
					// CPython reports the cursor at the end of the line (tok->cur = tok->inp).
					k := s.errRange(KindIndentationError, s.line, line, -1, -1, true,
						"unindent does not match any outer indentation level")
					s.err.Offset = utf8.RuneCount(line) + 1 // the cursor is past the newline
					return k
				}
				if altcol != s.altstack[top] {
					return s.indentError()
				}
			}
		}
	}
	if s.pendin != 0 {
		// INDENT and DEDENT carry the position of the first character of the
		// line (CPython gives them col_offset -1 and reports errors at the
		// tokenizer's cursor, which is there).
		k := INDENT
		if s.pendin < 0 {
			s.pendin++
			k = DEDENT
		} else {
			s.pendin--
		}
		return s.emit(k, s.pos, s.pos)
	}
again:
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
		s.pos++
	}
	start := s.pos
	if s.pos < len(s.src) && s.src[s.pos] == '#' {
		for s.pos < len(s.src) && s.src[s.pos] != '\n' {
			s.pos++
		}
	}
	if s.pos >= len(s.src) {
		if len(s.parens) > 0 {
			s.eofInParen = true
			return s.emit(ERRORTOKEN, s.pos, s.pos)
		}
		// End of input: dedent to column 0, then ENDMARKER.
		// The DEDENTs and ENDMARKER at the end carry no column (-1): CPython
		// reports errors there at its cursor, past the last newline.
		k := ENDMARKER
		if len(s.indstack) > 1 {
			s.indstack = s.indstack[:len(s.indstack)-1]
			s.altstack = s.altstack[:len(s.altstack)-1]
			k = DEDENT
		}
		line := int32(s.line)
		if len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
			line-- // the last newline was consumed
		}
		s.toks = append(s.toks, Token{Kind: k, Start: int32(s.pos), End: int32(s.pos),
			Line: line, Col: -1, EndLine: line, EndCol: -1})
		return k
	}
	c := int(s.src[s.pos])
	s.pos++

	if isIdentStart(c) {
		return s.identOrString(start, c)
	}
	if c == '\n' {
		s.atbol = true
		if s.blankline || len(s.parens) > 0 {
			s.newline()
			return skipLine
		}
		k := s.emit(NEWLINE, start, s.pos-1)
		s.newline()
		return k
	}
	if c == '.' {
		if isDigit(s.peekc()) {
			return s.number(start, '.')
		}
		if s.pos+1 < len(s.src) && s.src[s.pos] == '.' && s.src[s.pos+1] == '.' {
			s.pos += 2
			return s.emit(ELLIPSIS, start, s.pos)
		}
		return s.emit(DOT, start, s.pos)
	}
	if isDigit(c) {
		return s.number(start, c)
	}
	if c == '\'' || c == '"' {
		return s.str(start, c)
	}
	if c == '\\' {
		if s.peekc() != '\n' {
			// CPython: E_LINECONT, reported at the character after the backslash.
			s.pos++
			line := s.curLine()
			k := s.errRange(KindSyntaxError, s.line, line, s.pos-s.lineStart-1, -1, true,
				"unexpected character after line continuation character")
			s.err.EndOffset = 0
			return k
		}
		s.pos++
		s.joinLine()
		if s.pos >= len(s.src) {
			return s.eofAfterContinuation()
		}
		goto again
	}
	// Operators.
	c2 := s.peekc()
	if k := twoChars(c, c2); k != OP {
		s.pos++
		if k3 := threeChars(c, c2, s.peekc()); k3 != OP {
			s.pos++
			k = k3
		}
		return s.emit(k, start, s.pos)
	}
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return s.errAt(s.pos, "too many nested parentheses")
		}
		s.parens = append(s.parens, paren{byte(c), int32(s.line), int32(start - s.lineStart)})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			return s.errAt(s.pos, "unmatched '%c'", c)
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if int(open.line) != s.line {
				return s.errAt(s.pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line)
			}
			return s.errAt(s.pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
	}
	if c < 32 || c == 127 {
		return s.errAt(s.pos, "invalid non-printable character U+%04X", c)
	}
	return s.emit(oneChar(c), start, s.pos)
}

// eofAfterContinuation: the input ends right after a backslash-newline.
func (s *scanner) eofAfterContinuation() Kind {
	if len(s.parens) > 0 {
		s.eofInParen = true // CPython: E_EOF inside brackets, "'(' was never closed"
		return s.emit(ERRORTOKEN, s.pos, s.pos)
	}
	line := lineText(s.src, s.line-1)
	s.line--
	err := s.errRange(KindSyntaxError, s.line, line, -1, -1, true, "unexpected EOF while parsing")
	s.err.Offset = charOffset(line, len(line)+1) - 1
	s.err.AtEOF = true
	return err
}

func (s *scanner) indentError() Kind {
	line := s.curLine()
	err := s.errRange(KindTabError, s.line, line, 0, -1, true, "inconsistent use of tabs and spaces in indentation")
	s.err.EndOffset = 0
	return err
}

func oneChar(c int) Kind {
	switch c {
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '[':
		return LSQB
	case ']':
		return RSQB
	case ':':
		return COLON
	case ',':
		return COMMA
	case ';':
		return SEMI
	case '+':
		return PLUS
	case '-':
		return MINUS
	case '*':
		return STAR
	case '/':
		return SLASH
	case '|':
		return VBAR
	case '&':
		return AMPER
	case '<':
		return LESS
	case '>':
		return GREATER
	case '=':
		return EQUAL
	case '.':
		return DOT
	case '%':
		return PERCENT
	case '{':
		return LBRACE
	case '}':
		return RBRACE
	case '~':
		return TILDE
	case '^':
		return CIRCUMFLEX
	case '@':
		return AT
	case '!':
		return EXCLAMATION
	}
	return OP
}

func twoChars(c1, c2 int) Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '*':
		if c2 == '*' {
			return DOUBLESTAR
		} else if c2 == '=' {
			return STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		if c2 == '=' {
			return MINEQUAL
		} else if c2 == '>' {
			return RARROW
		}
	case '/':
		if c2 == '/' {
			return DOUBLESLASH
		} else if c2 == '=' {
			return SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return LEFTSHIFT
		case '=':
			return LESSEQUAL
		case '>':
			return NOTEQUAL // '<>' (only valid with barry_as_FLUFL; rejected by the parser)
		}
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '>':
		if c2 == '=' {
			return GREATEREQUAL
		} else if c2 == '>' {
			return RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	}
	return OP
}

func threeChars(c1, c2, c3 int) Kind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return ELLIPSIS
		}
		return OP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return DOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFTEQUAL
	}
	return OP
}

// identOrString scans a NAME, or a string with a prefix.
func (s *scanner) identOrString(start, c int) Kind {
	sawB, sawR, sawU, sawF := false, false, false, false
	prefix := func(c int) bool {
		if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
			sawB = true
		} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
			sawU = true
		} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
			sawR = true
		} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
			sawF = true
		} else {
			return false
		}
		return true
	}
	for prefix(c) {
		c = s.peekc()
		if c == '"' || c == '\'' {
			s.pos++
			return s.str(start, c)
		}
		if c < 0 || !isIdentChar(c) {
			break
		}
		s.pos++
	}
	nonASCII := false
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c >= 128 {
			nonASCII = true
		} else if !isIdentChar(int(c)) {
			break
		}
		s.pos++
	}
	if nonASCII {
		if k, ok := s.verifyIdentifier(start); !ok {
			return k
		}
	}
	k := NAME
	if n := s.pos - start; n >= 2 && n <= 8 && !nonASCII {
		if kw, ok := keywords[string(s.src[start:s.pos])]; ok {
			k = kw
		}
	}
	s.emit(k, start, s.pos)
	if nonASCII {
		if norm, changed := nfkcIdent(string(s.src[start:s.pos])); changed {
			s.norms = append(s.norms, norm)
			s.toks[len(s.toks)-1].Norm = int32(len(s.norms))
		}
	}
	return k
}

// verifyIdentifier checks a NAME containing non-ASCII characters, reporting
// CPython's "invalid character" errors.
func (s *scanner) verifyIdentifier(start int) (Kind, bool) {
	b := s.src[start:s.pos]
	first := true
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			s.pos = start + i + 1
			return s.errAt(s.pos, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i), false
		}
		ok := false
		if first {
			ok = isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		if !ok {
			s.pos = start + i + n
			if !unicode.IsPrint(r) {
				return s.errAt(s.pos, "invalid non-printable character U+%04X", r), false
			}
			return s.errAt(s.pos, "invalid character '%c' (U+%04X)", r, r), false
		}
		first = false
		i += n
	}
	return 0, true
}

// nfkcIdent is the NFKC form of an identifier (PEP 3131), character by
// character (see nfkc.go).
func nfkcIdent(s string) (string, bool) {
	changed := false
	var b []byte
	for i, r := range s {
		if n, ok := nfkcRune(r); ok {
			if !changed {
				b = append(b, s[:i]...)
				changed = true
			}
			b = append(b, n...)
		} else if changed {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s, false
	}
	return string(b), true
}

func isXIDStart(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isXIDContinue(r rune) bool {
	if r < 128 {
		return isIdentChar(int(r))
	}
	return isXIDStart(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// number scans a numeric literal whose first character c is at start
// (c is '.' for a literal like .5). It follows tok_get's number rules,
// including verify_end_of_number.
func (s *scanner) number(start, c int) Kind {
	if c == '.' {
		return s.fraction(start)
	}
	if c == '0' {
		c = s.peekc()
		if c == 'x' || c == 'X' {
			s.pos++
			return s.radix(start, isXDigit, "hexadecimal", 0)
		}
		if c == 'o' || c == 'O' {
			s.pos++
			return s.radix(start, func(c int) bool { return c >= '0' && c <= '7' }, "octal", '8')
		}
		if c == 'b' || c == 'B' {
			s.pos++
			return s.radix(start, func(c int) bool { return c == '0' || c == '1' }, "binary", '2')
		}
		nonzero := false
		for {
			c = s.peekc()
			if c == '0' {
				s.pos++
				continue
			}
			if c == '_' {
				s.pos++
				if !isDigit(s.peekc()) {
					return s.errAt(s.pos, "invalid decimal literal")
				}
				continue
			}
			break
		}
		zerosEnd := s.pos
		if isDigit(c) {
			nonzero = true
			if k, ok := s.decimalTail(); !ok {
				return k
			}
		}
		c = s.peekc()
		if c == '.' {
			s.pos++
			return s.fraction(start)
		}
		if c == 'e' || c == 'E' {
			return s.exponent(start)
		}
		if c == 'j' || c == 'J' {
			s.pos++
			return s.imaginary(start)
		}
		if nonzero {
			line := s.curLine()
			return s.errRange(KindSyntaxError, s.line, line, start-s.lineStart, zerosEnd-s.lineStart, false,
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		if k, ok := s.verifyEnd("decimal"); !ok {
			return k
		}
		return s.emit(NUMBER, start, s.pos)
	}
	// Decimal.
	if k, ok := s.decimalTail(); !ok {
		return k
	}
	c = s.peekc()
	if c == '.' {
		s.pos++
		return s.fraction(start)
	}
	if c == 'e' || c == 'E' {
		return s.exponent(start)
	}
	if c == 'j' || c == 'J' {
		s.pos++
		return s.imaginary(start)
	}
	if k, ok := s.verifyEnd("decimal"); !ok {
		return k
	}
	return s.emit(NUMBER, start, s.pos)
}

// decimalTail consumes digits with single underscores between them.
func (s *scanner) decimalTail() (Kind, bool) {
	for {
		for isDigit(s.peekc()) {
			s.pos++
		}
		if s.peekc() != '_' {
			return 0, true
		}
		s.pos++
		if !isDigit(s.peekc()) {
			return s.errAt(s.pos, "invalid decimal literal"), false
		}
	}
}

// fraction continues after the '.' of a float.
func (s *scanner) fraction(start int) Kind {
	if isDigit(s.peekc()) {
		if k, ok := s.decimalTail(); !ok {
			return k
		}
	}
	c := s.peekc()
	if c == 'e' || c == 'E' {
		return s.exponent(start)
	}
	if c == 'j' || c == 'J' {
		s.pos++
		return s.imaginary(start)
	}
	if k, ok := s.verifyEnd("decimal"); !ok {
		return k
	}
	return s.emit(NUMBER, start, s.pos)
}

// exponent is at the 'e' of a float.
func (s *scanner) exponent(start int) Kind {
	epos := s.pos
	s.pos++ // the e
	c := s.peekc()
	if c == '+' || c == '-' {
		s.pos++
		if !isDigit(s.peekc()) {
			return s.errAt(s.pos, "invalid decimal literal")
		}
	} else if !isDigit(c) {
		// "1else": the e starts the next token.
		s.pos = epos
		if k, ok := s.verifyEnd("decimal"); !ok {
			return k
		}
		return s.emit(NUMBER, start, s.pos)
	}
	if k, ok := s.decimalTail(); !ok {
		return k
	}
	c = s.peekc()
	if c == 'j' || c == 'J' {
		s.pos++
		return s.imaginary(start)
	}
	if k, ok := s.verifyEnd("decimal"); !ok {
		return k
	}
	return s.emit(NUMBER, start, s.pos)
}

func (s *scanner) imaginary(start int) Kind {
	if k, ok := s.verifyEnd("imaginary"); !ok {
		return k
	}
	return s.emit(NUMBER, start, s.pos)
}

// radix scans the digits of a 0x/0o/0b literal (the prefix is consumed).
func (s *scanner) radix(start int, ok func(int) bool, kind string, badDigit int) Kind {
	for {
		c := s.peekc()
		if c == '_' {
			s.pos++
			c = s.peekc()
		}
		if !ok(c) {
			if badDigit != 0 && isDigit(c) {
				s.pos++
				return s.errAt(s.pos, "invalid digit '%c' in %s literal", c, kind)
			}
			return s.errAt(s.pos, "invalid %s literal", kind)
		}
		for ok(s.peekc()) {
			s.pos++
		}
		if s.peekc() != '_' {
			break
		}
	}
	if badDigit != 0 && isDigit(s.peekc()) {
		s.pos++
		return s.errAt(s.pos, "invalid digit '%c' in %s literal", s.src[s.pos-1], kind)
	}
	if k, ok := s.verifyEnd(kind); !ok {
		return k
	}
	return s.emit(NUMBER, start, s.pos)
}

// verifyEnd is CPython's verify_end_of_number: a number may be directly
// followed by one of the keywords and, else, for, if, in, is, not, or (a
// deprecation warning in CPython), but not by another identifier character.
func (s *scanner) verifyEnd(kind string) (Kind, bool) {
	c := s.peekc()
	rest := s.src[s.pos:]
	// CPython's lookahead(): the keyword must end there (not for if/in/is,
	// which it checks by their second letter only).
	has := func(w string) bool {
		return len(rest) >= len(w) && string(rest[:len(w)]) == w &&
			(len(rest) == len(w) || !isIdentChar(int(rest[len(w)])))
	}
	switch c {
	case 'a':
		if has("and") {
			return 0, true
		}
	case 'e':
		if has("else") {
			return 0, true
		}
	case 'f':
		if has("for") {
			return 0, true
		}
	case 'i':
		if len(rest) >= 2 && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's') {
			return 0, true
		}
	case 'o':
		if has("or") {
			return 0, true
		}
	case 'n':
		if has("not") {
			return 0, true
		}
	}
	if c >= 0 && isIdentChar(c) {
		return s.errAt(s.pos, "invalid %s literal", kind), false
	}
	return 0, true
}

// str scans a string literal; start is the offset of its prefix (or quote),
// the opening quote q has been consumed.
func (s *scanner) str(start, q int) Kind {
	startLine, startLineStart := s.line, s.lineStart
	quoteSize := 1
	if s.peekc() == q {
		if s.pos+1 < len(s.src) && int(s.src[s.pos+1]) == q {
			quoteSize = 3
			s.pos += 2
		} else {
			s.pos++ // empty string
			return s.emit(STRING, start, s.pos)
		}
	}
	endQuote := 0
	for endQuote != quoteSize {
		if s.pos >= len(s.src) || quoteSize == 1 && s.src[s.pos] == '\n' {
			detected := s.line
			if s.pos >= len(s.src) && s.src[len(s.src)-1] == '\n' {
				detected = s.line - 1 // the last newline was consumed
			}
			s.line, s.lineStart = startLine, startLineStart
			s.pos = start + 1
			// The cursor is at the character after the literal's first
			// character (its prefix letter or quote).
			what := "string literal"
			if quoteSize == 3 {
				what = "triple-quoted string literal"
			}
			// CPython points at the start of the literal: tok->cur = tok->start + 1.
			k := s.errAt(s.pos, "unterminated %s (detected at line %d)", what, detected)
			s.err.AtEOF = quoteSize == 3
			return k
		}
		c := int(s.src[s.pos])
		s.pos++
		if c == '\n' {
			s.joinLine()
		}
		if c == q {
			endQuote++
		} else {
			endQuote = 0
			if c == '\\' && s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.joinLine()
				} else {
					s.pos++
				}
			}
		}
	}
	return s.emitML(STRING, start, s.pos, startLine, startLineStart)
}
