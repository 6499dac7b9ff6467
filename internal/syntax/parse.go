// The parser: entry points, token access, errors. See doc.go for the overview.

package syntax

import (
	"fmt"
	"unicode/utf8"
)

// maxStack is CPython 3.11's MAXSTACK: the parser's limit on nested rule
// invocations. Past it CPython raises MemoryError; we return a *SyntaxError
// of KindTooDeep.
const maxStack = 6000

// Parse parses a whole file (CPython's "exec" mode, ast.parse's default).
// On error it returns a *SyntaxError.
//
// src is the content of a file: a PEP 263 coding cookie is honoured (see
// encoding.go). To parse text that is already decoded (CPython's compile()
// of a str, which ignores cookies), use ParseString.
func Parse(filename string, src []byte) (mod *Module, err error) {
	dec, derr := decodeSource(src, filename)
	if derr != nil {
		return nil, derr
	}
	return ParseString(filename, string(dec))
}

// ParseString parses decoded source text (a coding cookie is ignored).
func ParseString(filename string, src string) (mod *Module, err error) {
	p := newParser(filename, normalize([]byte(src)))
	defer p.recover(&err)
	mod = p.file()
	return mod, nil
}

// ParseSingle parses one interactive statement (CPython's "single" mode, as
// compile(src, name, "single") reads it). The text gets no newline added, as in
// CPython, and input with no statement at all is a syntax error.
func ParseSingle(filename string, src string) (mod *Module, err error) {
	if mod, err = ParseString(filename, src); err != nil {
		return mod, err
	}
	if len(mod.Body) > 0 {
		// One statement line only: a simple statement line followed by more
		// is CPython's bad_single_statement error, at the first NEWLINE; a
		// compound statement followed by more is the generic error.
		p := newParser(filename, normalize([]byte(src)))
		defer p.recover(&err)
		compound := false
		switch p.peek() {
		case kwDef, AT, kwClass, kwIf, kwWith, kwFor, kwTry, kwWhile:
			compound = true
		}
		p.statement(nil)
		if !p.at(ENDMARKER) {
			if compound {
				p.fill = p.p + 1
				p.fail()
			}
			nl := p.prev()
			line := p.lineOf(nl.Line)
			off := charOffset(line, int(nl.Col))
			return nil, &SyntaxError{Msg: "multiple statements found while compiling a single statement",
				Filename: filename, Lineno: int(nl.Line), Offset: off, EndLineno: int(nl.Line),
				EndOffset: off, Text: string(line) + "\n"}
		}
		return mod, nil
	}
	// No statement: CPython's tokenizer meets the end of the raw text.
	p := newParser(filename, normalizeMode([]byte(src), false))
	defer p.recover(&err)
	p.file()
	p.fail()
	return nil, nil
}

// ParseExpr parses a single expression (CPython's "eval" mode).
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	p := newParser(filename, normalizeMode(src, false))
	defer p.recover(&err)
	e = p.evalInput()
	return e, nil
}

type parser struct {
	src      []byte
	filename string
	sc       *scanner
	toks     []Token
	p        int  // index of the current token
	fill     int  // 1 + the index of the furthest token looked at (CPython's p->fill in its first pass)
	maxFill  int  // the same, counting lookahead done to emulate CPython's second pass
	final    bool // the error must not be replaced by a tokenizer error (unexpected indent)
	depth    int  // nested rule invocations, as CPython counts them (see maxStack)

	// f-string sub-parsers: the prefix for error messages and the offsets
	// that CPython adds to the positions of tokens on the first line.
	fstring     bool
	startLine   int32 // added to every token line (CPython's starting_lineno)
	startCol    int32 // added to columns of tokens on the first line
	parent      *parser
	noGenexpArg bool // the next callArgs is a class's bases: no bare generator expression

	// Emulation of CPython's second pass (see doc.go, Errors). peg makes
	// operator sequences stop before an operand that fails to parse, as PEG
	// alternatives backtrack to the longest prefix that parses; noInvalid
	// makes specific errors soft, as in CPython's *_without_invalid rules.
	peg       bool
	noInvalid bool
	specDepth int         // nesting of speculative parses (see emulate)
	failMemo  map[int]int // starTargets failures: position and mode → furthest token
}

func newParser(filename string, src []byte) *parser {
	for i, c := range src {
		if c == 0 {
			// CPython's compile() raises ValueError("source code string cannot
			// contain null bytes") before parsing.
			line := 1
			for _, d := range src[:i] {
				if d == '\n' {
					line++
				}
			}
			p := &parser{src: src, filename: filename}
			p.sc = &scanner{src: src, filename: filename}
			_ = line
			p.sc.err = &SyntaxError{Msg: "source code string cannot contain null bytes", Filename: filename}
			p.toks = []Token{{Kind: ERRORTOKEN}}
			return p
		}
	}
	sc := tokenize(src, filename)
	return &parser{src: src, filename: filename, sc: sc, toks: sc.toks}
}

// recover turns a bail-out panic into the returned error, applying CPython's
// priority rules between tokenizer and parser errors.
func (p *parser) recover(errp *error) {
	r := recover()
	if r == nil {
		if p.sc.err != nil {
			*errp = p.sc.err
		}
		return
	}
	b, ok := r.(syntaxBail)
	if !ok {
		panic(r)
	}
	err := p.finalError(b.err)
	if t := &p.toks[p.lastFilled()]; t.Col < 0 && err != p.sc.err {
		err.AtEOF = true // the parser ran into the end of the input
	}
	*errp = err
}

// finalError decides which error CPython would report once the parser has
// failed with err: a tokenizer error anywhere in the input wins (CPython
// tokenizes the rest of the file to look for one), and so does an unclosed
// bracket on a line before the one where the parser stopped.
func (p *parser) finalError(err *SyntaxError) *SyntaxError {
	if err.Kind == KindTooDeep || p.final {
		return err
	}
	reached := p.maxFill >= len(p.toks) // the parser looked at the tokenizer's stopping point
	if p.sc.err != nil && (p.sc.errRaised || reached) {
		return p.sc.err
	}
	if p.sc.eofInParen && len(p.sc.parens) > 0 {
		// _PyPegen_tokenize_full_source_to_check_for_errors: an unclosed
		// bracket on a line before the last token fetched wins.
		open := p.sc.parens[len(p.sc.parens)-1]
		last := &p.toks[p.maxFill-1]
		if reached || last.Line > open.line {
			return p.unclosedError()
		}
	}
	return err
}

// eofText is errorText for an error found at the end of the input.
func (p *parser) eofText(n int32) string {
	text := string(lineText(p.src, int(n)))
	if int(n) < bytesCount(p.src, '\n') {
		return text
	}
	return text + "\n"
}

func bytesCount(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// errorText is CPython's SyntaxError.text for a parser error on line n:
// the line with its newline if it is the tokenizer's current line (the line
// of the furthest token), else without.
func (p *parser) errorText(n int32) string {
	text := string(p.lineOf(n))
	if i := p.maxFill - 1; i >= 0 && i < len(p.toks) && n < p.toks[i].EndLine {
		return text
	}
	// The tokenizer's buffer: from the first line joined to this one.
	rel := int(n - p.startLine)
	if p.sc != nil && rel < len(p.sc.bufStart) && int(p.sc.bufStart[rel]) < rel {
		var b []byte
		for l := int(p.sc.bufStart[rel]); l <= rel; l++ {
			b = append(b, lineText(p.src, l)...)
			b = append(b, '\n')
		}
		return string(b)
	}
	return text + "\n"
}

func (p *parser) unclosedError() *SyntaxError {
	open := p.sc.parens[len(p.sc.parens)-1]
	line := lineText(p.src, int(open.line))
	return &SyntaxError{Msg: fmt.Sprintf("'%c' was never closed", open.ch), Filename: p.filename,
		Lineno: int(open.line), Offset: charOffset(line, int(open.col)), EndLineno: int(open.line),
		EndOffset: 0, Text: p.eofText(open.line), AtEOF: true}
}

func (p *parser) lastFilled() int {
	i := p.fill - 1
	if i < 0 {
		i = 0
	}
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	return i
}

// ---- token access ----

// peek returns the kind of the current token.
func (p *parser) peek() Kind {
	if p.p >= p.fill {
		p.fill = p.p + 1
		if p.fill > p.maxFill {
			p.maxFill = p.fill
		}
	}
	return p.toks[p.p].Kind
}

// peekN returns the kind of the token n places ahead (0 is the current one).
func (p *parser) peekN(n int) Kind {
	i := p.p + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i >= p.fill {
		p.fill = i + 1
		if p.fill > p.maxFill {
			p.maxFill = p.fill
		}
	}
	return p.toks[i].Kind
}

func (p *parser) tok() *Token {
	p.peek()
	return &p.toks[p.p]
}

// next consumes the current token.
func (p *parser) next() *Token {
	p.peek()
	t := &p.toks[p.p]
	if p.p < len(p.toks)-1 {
		p.p++
	}
	return t
}

func (p *parser) at(k Kind) bool { return p.peek() == k }

func (p *parser) accept(k Kind) bool {
	if p.peek() == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k Kind) *Token {
	if p.peek() != k {
		p.fail()
	}
	return p.next()
}

// expectForced is CPython's &&'x': a missing token is reported as
// "expected 'x'" at the token found instead.
func (p *parser) expectForced(k Kind) *Token {
	if p.peek() != k {
		t := p.tok()
		if t.Kind == ERRORTOKEN || t.Kind == INDENT || t.Kind == DEDENT {
			p.fail()
		}
		p.errorAt(t, t, "expected '%s'", k)
	}
	return p.next()
}

func (p *parser) prev() *Token { return &p.toks[p.p-1] }

// text returns the source text of a token.
func (p *parser) text(t *Token) string {
	if t.Norm != 0 {
		return p.sc.norms[t.Norm-1]
	}
	return string(p.src[t.Start:t.End])
}

// ---- positions ----

func (p *parser) tokPos(t *Token) Pos {
	return Pos{t.Line, t.Col, t.EndLine, t.EndCol}
}

// from returns the range from the start of token t to the end of the last
// consumed token.
func (p *parser) from(t *Token) Pos {
	e := p.prev()
	return Pos{t.Line, t.Col, e.EndLine, e.EndCol}
}

// maxSpecDepth bounds the nesting of speculative parses. CPython memoizes
// its rules, so its second pass stays linear; without memoization nested
// speculation would be exponential on nested failing input. Past the bound
// the speculation is skipped (the error is then the generic one).
const maxSpecDepth = 4

// emulate runs f as a speculative parse (see maxSpecDepth), reporting
// whether it parsed.
func (p *parser) emulate(f func()) bool {
	if p.specDepth >= maxSpecDepth {
		return false
	}
	p.specDepth++
	ok := p.try(f)
	p.specDepth--
	return ok
}

// pegTry runs f in PEG mode: on a soft failure the position goes back to
// save and ok is false.
func (p *parser) pegTry(save int, f func() Expr) (e Expr, ok bool) {
	depth := p.depth
	if p.try(func() { e = f() }) {
		return e, true
	}
	p.p, p.depth = save, depth
	return nil, false
}

// speculate runs f as CPython's second pass would, in PEG mode, with
// invalid rules as given, and restores the position and the first-pass
// furthest token afterwards (maxFill keeps what was looked at). It reports
// whether f parsed.
func (p *parser) speculate(noInvalid bool, f func()) bool {
	ok, _ := p.speculateFill(noInvalid, f)
	return ok
}

// speculateFill is speculate, also returning 1 + the index of the furthest
// token looked at during f (nested speculation included).
func (p *parser) speculateFill(noInvalid bool, f func()) (bool, int) {
	save, fill, depth, maxFill := p.p, p.fill, p.depth, p.maxFill
	peg, ni := p.peg, p.noInvalid
	p.peg, p.noInvalid = true, noInvalid
	p.maxFill = p.fill
	ok := p.emulate(f)
	furthest := p.maxFill
	if furthest < maxFill {
		p.maxFill = maxFill
	}
	p.peg, p.noInvalid = peg, ni
	p.p, p.fill, p.depth = save, fill, depth
	return ok, furthest
}

// ---- depth ----

// enter accounts for n nested CPython rule invocations.
func (p *parser) enter(n int) {
	p.depth += n
	if p.depth > maxStack {
		t := p.tok()
		panic(syntaxBail{err: &SyntaxError{Kind: KindTooDeep, Filename: p.filename,
			Lineno: int(t.Line), Offset: int(t.Col) + 1, EndLineno: int(t.EndLine), EndOffset: int(t.EndCol) + 1}})
	}
}

func (p *parser) leave(n int) { p.depth -= n }

// nested parses f as n CPython rule levels deeper (calibration of the depth
// count for sub-parses that CPython reaches through helper rules).
func (p *parser) nested(n int, f func() Expr) Expr {
	p.enter(n)
	e := f()
	p.leave(n)
	return e
}

// ---- errors ----

// lineOf returns the text of source line n of this parser's input.
func (p *parser) lineOf(n int32) []byte {
	return lineText(p.src, int(n-p.startLine))
}

// fail reports CPython's generic error at the furthest token looked at.
func (p *parser) fail() {
	t := &p.toks[p.lastFilled()]
	switch t.Kind {
	case ERRORTOKEN:
		if p.sc.eofInParen {
			panic(syntaxBail{err: p.unclosedError(), soft: true})
		}
		if p.sc.err != nil {
			panic(syntaxBail{err: p.sc.err, soft: true})
		}
	case INDENT, DEDENT:
		p.final = true // _PyPegen_set_syntax_error returns before checking the rest
		msg := "unexpected indent"
		if t.Kind == DEDENT {
			msg = "unexpected unindent"
		}
		panic(syntaxBail{err: &SyntaxError{Kind: KindIndentationError, Msg: msg, Filename: p.filename,
			Lineno: int(t.Line), Offset: p.cursorOffset(t), EndLineno: int(t.Line),
			EndOffset: -1, Text: p.tokLineText(t.Line)}, soft: true})
	}
	if t.Col < 0 {
		// CPython's ENDMARKER has col_offset -1: offset 0, end offset 0.
		err := &SyntaxError{Msg: "invalid syntax", Filename: p.filename,
			Lineno: int(t.Line), Offset: 0, EndLineno: int(t.Line), EndOffset: 0, Text: p.tokLineText(t.Line)}
		if len(p.src) == 0 && !p.fstring {
			// Empty input (eval('') and compile('', ..., 'single')): CPython's
			// tokenizer has read no line, so the error is on line 0 with no text.
			err.Lineno, err.EndLineno, err.Text = 0, 0, ""
		}
		panic(syntaxBail{err: err, soft: true})
	}
	defer func() {
		r := recover()
		if b, ok := r.(syntaxBail); ok {
			b.soft = true
			panic(b)
		}
		panic(r)
	}()
	p.errorAt(t, t, "invalid syntax")
}

// tokLineText is the text of line n as the tokenizer read it: with its
// newline, unless it is the last line of a text that does not end with one
// (eval and single modes add no newline).
func (p *parser) tokLineText(n int32) string {
	line := string(p.lineOf(n))
	if !p.fstring && len(p.src) > 0 && p.src[len(p.src)-1] != '\n' && int(n-p.startLine) > bytesCount(p.src, '\n') {
		return line
	}
	return line + "\n"
}

// cursorOffset is the error offset CPython reports for a token without a
// column (INDENT, DEDENT, ENDMARKER, ERRORTOKEN): the tokenizer's cursor,
// which for ENDMARKER is past the last line's newline.
func (p *parser) cursorOffset(t *Token) int {
	line := p.lineOf(t.Line)
	if t.Col < 0 {
		return utf8.RuneCount(line) + 1
	}
	return charOffset(line, int(t.Col)) - 1
}

// errorAt raises msg over the range from the start of token a to the end of
// token b (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func (p *parser) errorAt(a, b *Token, format string, args ...interface{}) {
	p.raise(KindSyntaxError, a.Line, a.Col, b.EndLine, b.EndCol, fmt.Sprintf(format, args...))
}

// errorNode raises msg over the range of node n (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
func (p *parser) errorNode(n Node, format string, args ...interface{}) {
	s := n.Position()
	p.raise(KindSyntaxError, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset, fmt.Sprintf(format, args...))
}

// errorNodes raises msg over the range from the start of a to the end of b.
func (p *parser) errorNodes(a, b Node, format string, args ...interface{}) {
	s, e := a.Position(), b.Position()
	p.raise(KindSyntaxError, s.Lineno, s.ColOffset, e.EndLineno, e.EndColOffset, fmt.Sprintf(format, args...))
}

// errorLast raises msg at the furthest token looked at (CPython's
// RAISE_SYNTAX_ERROR without a location).
func (p *parser) errorLast(kind ErrorKind, format string, args ...interface{}) {
	t := &p.toks[p.lastFilled()]
	if t.Kind == INDENT || t.Kind == DEDENT || t.Kind == ERRORTOKEN || t.Kind == ENDMARKER {
		// CPython's col_offset -1 case: the tokenizer cursor.
		p.raiseRaw(kind, int(t.Line), p.cursorOffset(t), int(t.Line), -1, fmt.Sprintf(format, args...))
	}
	p.raise(kind, t.Line, t.Col, t.EndLine, t.EndCol, fmt.Sprintf(format, args...))
}

// raise builds the error from 0-based byte columns.
func (p *parser) raise(kind ErrorKind, line, col, endLine, endCol int32, msg string) {
	if p.noInvalid {
		panic(syntaxBail{err: &SyntaxError{Msg: msg}, soft: true})
	}
	if p.fstring {
		// CPython's f-string sub-parser reports columns within the text
		// "(expression)" and prefixes the message.
		msg = "f-string: " + msg
		col -= p.startCol
		if endCol >= 0 {
			endCol -= p.startCol
		}
	}
	text := p.lineOf(line)
	off := charOffset(text, int(col))
	end := -1
	if endCol >= 0 {
		end = charOffset(p.lineOf(endLine), int(endCol))
		if endLine != line {
			// CPython converts the end column using the start line's text,
			// clamped to its length.
			if int(endCol) >= len(text) {
				end = utf8.RuneCount(text) + 1
			} else {
				end = charOffset(text, int(endCol))
			}
		}
	}
	p.raiseRaw(kind, int(line), off, int(endLine), end, msg)
}

func (p *parser) raiseRaw(kind ErrorKind, line, off, endLine, end int, msg string) {
	panic(syntaxBail{err: &SyntaxError{Kind: kind, Msg: msg, Filename: p.filename, Lineno: line,
		Offset: off, EndLineno: endLine, EndOffset: end, Text: p.errorText(int32(line))}})
}
