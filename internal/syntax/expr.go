// Expression parsing. See doc.go for the overview; rule names follow
// CPython 3.11's Grammar/python.gram.

package syntax

import "strings"

// startsExpr reports whether the current token can begin an expression
// (used where CPython's grammar has an optional trailing comma).
func (p *parser) startsExpr() bool {
	switch p.peek() {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, kwNot, kwLambda,
		kwAwait, STAR, ELLIPSIS, kwNone, kwTrue, kwFalse:
		return true
	}
	return false
}

// star_expressions: star_expression (',' star_expression)* [',']
func (p *parser) starExpressions() Expr {
	p.enter(1)
	t0 := p.tok()
	e := p.starExpression()
	if p.at(COMMA) {
		elts := []Expr{e}
		for p.accept(COMMA) {
			if !p.startsExpr() {
				break
			}
			elts = append(elts, p.starExpression())
		}
		e = &Tuple{Pos: p.from(t0), Elts: elts, Ctx: Load}
	}
	p.leave(1)
	return e
}

// star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if p.at(STAR) {
		t := p.next()
		p.enter(1)
		v := p.bitwiseOr()
		p.leave(1)
		return &Starred{Pos: p.from(t), Value: v, Ctx: Load}
	}
	return p.expression()
}

// star_named_expressions: ','.star_named_expression+ [','], ending before
// the closing bracket close.
func (p *parser) starNamedExpressions(close Kind) []Expr {
	var elts []Expr
	for !p.at(close) {
		elts = append(elts, p.starNamedExpression())
		if !p.accept(COMMA) {
			break
		}
	}
	return elts
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	if p.at(STAR) {
		t := p.next()
		p.enter(1)
		v := p.bitwiseOr()
		p.leave(1)
		return &Starred{Pos: p.from(t), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// named_expression: NAME ':=' expression | expression !':='
func (p *parser) namedExpression() Expr {
	if p.at(NAME) && p.peekN(1) == COLONEQUAL {
		t := p.next()
		p.next()
		p.enter(1)
		v := p.expression()
		p.leave(1)
		return &NamedExpr{Pos: p.from(t), Target: &Name{Pos: p.tokPos(t), Id: p.text(t), Ctx: Store}, Value: v}
	}
	e := p.expression()
	if p.at(COLONEQUAL) {
		p.namedExprError(e)
	}
	if p.at(EQUAL) {
		p.assignInNamedExprError(e)
	}
	return e
}

// assignInNamedExprError: invalid_named_expression's second and third
// alternatives, for `if x = 1:`, `[x, y=1]` and the like: a=NAME '='
// bitwise_or !('='|':=') and
// !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=').
// Without a match the caller's generic error stands.
func (p *parser) assignInNamedExprError(a Expr) {
	start := p.firstTok(a)
	paren := p.isParenthesized(a)
	_, isName := a.(*Name)
	isName = isName && !paren
	excluded := false
	switch start.Kind {
	case kwTrue, kwFalse, kwNone:
		excluded = true
	}
	if !paren {
		switch a.(type) {
		case *List, *Tuple, *GeneratorExp:
			excluded = start.Kind == LSQB || start.Kind == LPAR
		}
	}
	if !isName && (excluded || !paren && !isBitwiseOrLevel(a)) {
		return
	}
	save, fill, depth := p.p, p.fill, p.depth
	var b Expr
	ok := p.try(func() {
		p.next()
		b = p.bitwiseOr()
	})
	fires := ok && !p.at(EQUAL) && !p.at(COLONEQUAL)
	p.p, p.fill, p.depth = save, fill, depth
	if fires {
		if isName {
			p.errorNodes(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.errorNode(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
	}
}

// isParenthesized reports whether e is directly enclosed in parentheses.
func (p *parser) isParenthesized(e Expr) bool {
	i := p.indexOf(p.firstTok(e))
	if i == 0 || p.toks[i-1].Kind != LPAR {
		return false
	}
	end := e.Position()
	for j := i; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.Line > end.EndLineno || t.Line == end.EndLineno && t.Col >= end.EndColOffset {
			return t.Kind == RPAR
		}
	}
	return false
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) expression() Expr {
	if p.at(kwLambda) {
		return p.lambdef()
	}
	p.enter(1)
	t0 := p.tok()
	e := p.disjunction()
	if p.at(kwIf) {
		save := p.p
		p.next()
		var test Expr
		if p.peg {
			var ok bool
			if test, ok = p.pegTry(save, p.disjunction); !ok {
				p.leave(1)
				return e
			}
		} else if !p.noInvalid {
			// invalid_expression: disjunction 'if' disjunction !('else'|':'),
			// where the second disjunction is the longest prefix that parses.
			t1 := p.p
			if !p.try(func() { test = p.disjunction() }) {
				var b Expr
				end := 0
				if p.speculate(false, func() {
					p.p = t1
					b = p.disjunction()
					end = p.p
				}) && p.toks[end].Kind != kwElse && p.toks[end].Kind != COLON {
					p.errorNodes(e, b, "expected 'else' after 'if' expression")
				}
				p.fail()
			}
		} else {
			test = p.disjunction()
		}
		if !p.at(kwElse) {
			if !p.at(COLON) && !p.noInvalid {
				p.errorNodes(e, test, "expected 'else' after 'if' expression")
			}
			if p.peg {
				p.p = save
				p.leave(1)
				return e
			}
			p.fail()
		}
		p.next()
		var orelse Expr
		if p.peg {
			var ok bool
			if orelse, ok = p.pegTry(save, p.expression); !ok {
				p.leave(1)
				return e
			}
		} else {
			orelse = p.expression()
		}
		e = &IfExp{Pos: p.from(t0), Test: test, Body: e, Orelse: orelse}
	}
	p.leave(1)
	return e
}

func (p *parser) disjunction() Expr {
	p.enter(1)
	t0 := p.tok()
	e := p.conjunction()
	if p.at(kwOr) {
		vals := []Expr{e}
		for p.at(kwOr) {
			save := p.p
			p.next()
			v, ok := p.operand(save, 2, p.conjunction)
			if !ok {
				break
			}
			vals = append(vals, v)
		}
		if len(vals) > 1 {
			e = &BoolOp{Pos: p.from(t0), Op: Or, Values: vals}
		}
	}
	p.leave(1)
	return e
}

func (p *parser) conjunction() Expr {
	p.enter(1)
	t0 := p.tok()
	e := p.inversion()
	if p.at(kwAnd) {
		vals := []Expr{e}
		for p.at(kwAnd) {
			save := p.p
			p.next()
			v, ok := p.operand(save, 2, p.inversion)
			if !ok {
				break
			}
			vals = append(vals, v)
		}
		if len(vals) > 1 {
			e = &BoolOp{Pos: p.from(t0), Op: And, Values: vals}
		}
	}
	p.leave(1)
	return e
}

// operand parses the right operand of an operator (at save) n rule levels
// deeper; in PEG mode a failing operand ends the sequence before the
// operator instead of failing.
func (p *parser) operand(save, n int, f func() Expr) (Expr, bool) {
	if p.peg {
		return p.pegTry(save, func() Expr { return p.nested(n, f) })
	}
	return p.nested(n, f), true
}

func (p *parser) inversion() Expr {
	if p.at(kwNot) {
		t := p.next()
		p.enter(1)
		v := p.inversion()
		p.leave(1)
		return &UnaryOp{Pos: p.from(t), Op: Not, Operand: v}
	}
	p.enter(1)
	e := p.comparison()
	p.leave(1)
	return e
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	t0 := p.tok()
	e := p.bitwiseOr()
	var ops []CmpOperator
	var cmps []Expr
	for {
		var op CmpOperator
		save := p.p
		switch p.peek() {
		case EQEQUAL:
			op = Eq
		case NOTEQUAL:
			if p.text(p.tok()) == "<>" {
				// Only valid under "from __future__ import barry_as_FLUFL".
				return p.finishCompare(t0, e, ops, cmps)
			}
			op = NotEq
		case LESS:
			op = Lt
		case LESSEQUAL:
			op = LtE
		case GREATER:
			op = Gt
		case GREATEREQUAL:
			op = GtE
		case kwIn:
			op = In
		case kwIs:
			op = Is
			if p.peekN(1) == kwNot {
				p.next()
				op = IsNot
			}
		case kwNot:
			if p.peekN(1) != kwIn {
				return p.finishCompare(t0, e, ops, cmps)
			}
			p.next()
			op = NotIn
		default:
			return p.finishCompare(t0, e, ops, cmps)
		}
		p.next()
		v, ok := p.operand(save, 3, p.bitwiseOr)
		if !ok {
			return p.finishCompare(t0, e, ops, cmps)
		}
		ops = append(ops, op)
		cmps = append(cmps, v)
	}
}

func (p *parser) finishCompare(t0 *Token, e Expr, ops []CmpOperator, cmps []Expr) Expr {
	if len(ops) == 0 {
		return e
	}
	return &Compare{Pos: p.from(t0), Left: e, Ops: ops, Comparators: cmps}
}

// Binary operator precedence levels, from bitwise_or (lowest) to term.
const (
	precOr = iota + 1
	precXor
	precAnd
	precShift
	precSum
	precTerm
)

func binop(k Kind) (Operator, int) {
	switch k {
	case VBAR:
		return BitOr, precOr
	case CIRCUMFLEX:
		return BitXor, precXor
	case AMPER:
		return BitAnd, precAnd
	case LEFTSHIFT:
		return LShift, precShift
	case RIGHTSHIFT:
		return RShift, precShift
	case PLUS:
		return Add, precSum
	case MINUS:
		return Sub, precSum
	case STAR:
		return Mult, precTerm
	case SLASH:
		return Div, precTerm
	case DOUBLESLASH:
		return FloorDiv, precTerm
	case PERCENT:
		return Mod, precTerm
	case AT:
		return MatMult, precTerm
	}
	return 0, 0
}

// bitwiseOr parses bitwise_or and the rules below it down to term
// (bitwise_xor, bitwise_and, shift_expr, sum, term) by precedence climbing.
// CPython's rules are left-recursive, each costing two levels (the rule and
// its _raw helper), which enter accounts for.
func (p *parser) bitwiseOr() Expr {
	p.enter(12)
	e := p.binary(precOr)
	p.leave(12)
	return e
}

func (p *parser) binary(minPrec int) Expr {
	t0 := p.tok()
	left := p.factor()
	for {
		op, prec := binop(p.peek())
		if prec < minPrec || prec == 0 {
			return left
		}
		save := p.p
		p.next()
		right, ok := p.operand(save, 0, func() Expr { return p.binary(prec + 1) })
		if !ok {
			return left
		}
		left = &BinOp{Pos: p.from(t0), Left: left, Op: op, Right: right}
	}
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.peek() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		p.enter(1)
		e := p.power()
		p.leave(1)
		return e
	}
	t := p.next()
	p.enter(1)
	v := p.factor()
	p.leave(1)
	return &UnaryOp{Pos: p.from(t), Op: op, Operand: v}
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	p.enter(1)
	t0 := p.tok()
	e := p.awaitPrimary()
	if p.at(DOUBLESTAR) {
		save := p.p
		p.next()
		r, ok := p.operand(save, 0, p.factor)
		if !ok {
			p.leave(1)
			return e
		}
		e = &BinOp{Pos: p.from(t0), Left: e, Op: Pow, Right: r}
	}
	p.leave(1)
	return e
}

// await_primary: AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if p.at(kwAwait) {
		t := p.next()
		p.enter(1)
		v := p.primary()
		p.leave(1)
		return &Await{Pos: p.from(t), Value: v}
	}
	return p.primary()
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
// primary '[' slices ']' | atom
func (p *parser) primary() Expr {
	p.enter(3)
	t0 := p.tok()
	e := p.atom()
	for {
		if p.peg {
			// PEG: a trailer that fails leaves the shorter primary.
			save := p.p
			switch p.peek() {
			case DOT, LPAR, LSQB:
				var ok bool
				if _, ok = p.pegTry(save, func() Expr { p.trailerProbe(); return nil }); !ok {
					p.leave(3)
					return e
				}
				p.p = save
			}
		}
		switch p.peek() {
		case DOT:
			p.next()
			name := p.expect(NAME)
			e = &Attribute{Pos: p.from(t0), Value: e, Attr: p.text(name), Ctx: Load}
			continue
		case LPAR:
			open := p.next()
			args, kws := p.callArgs(open)
			e = &Call{Pos: p.from(t0), Func: e, Args: args, Keywords: kws}
			continue
		case LSQB:
			p.next()
			s := p.slices()
			p.expect(RSQB)
			e = &Subscript{Pos: p.from(t0), Value: e, Slice: s, Ctx: Load}
			continue
		}
		break
	}
	p.leave(3)
	return e
}

// trailerProbe parses one trailer of a primary and discards it.
func (p *parser) trailerProbe() {
	switch p.peek() {
	case DOT:
		p.next()
		p.expect(NAME)
	case LPAR:
		open := p.next()
		p.callArgs(open)
	case LSQB:
		p.next()
		p.slices()
		p.expect(RSQB)
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	p.enter(3)
	defer p.leave(3)
	t0 := p.tok()
	first := p.sliceItem()
	if p.startsExpr() {
		if s, ok := first.(*Starred); ok {
			p.forgotComma(s.Value) // starred_expression: '*' expression
		}
		p.forgotComma(first)
	}
	if !p.at(COMMA) {
		if _, ok := first.(*Starred); !ok {
			return first
		}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.at(RSQB) {
			break
		}
		elts = append(elts, p.sliceItem())
		if p.startsExpr() {
			p.forgotComma(elts[len(elts)-1])
		}
	}
	return &Tuple{Pos: p.from(t0), Elts: elts, Ctx: Load}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (or, in a tuple of slices, starred_expression).
func (p *parser) sliceItem() Expr {
	t := p.tok()
	if t.Kind == STAR {
		p.next()
		v := p.expression()
		return &Starred{Pos: p.from(t), Value: v, Ctx: Load}
	}
	var lower, upper, step Expr
	if t.Kind != COLON {
		walrus := p.at(NAME) && p.peekN(1) == COLONEQUAL
		lower = p.namedExpression()
		if !p.at(COLON) {
			return lower
		}
		if walrus {
			p.fail()
		}
	}
	p.expect(COLON)
	if p.startsSliceExpr() {
		upper = p.expression()
	}
	if p.accept(COLON) {
		if p.startsSliceExpr() {
			step = p.expression()
		}
	}
	return &Slice{Pos: p.from(t), Lower: lower, Upper: upper, Step: step}
}

func (p *parser) startsSliceExpr() bool {
	return p.startsExpr() && !p.at(STAR)
}

// atom
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		p.next()
		return &Name{Pos: p.tokPos(t), Id: p.text(t), Ctx: Load}
	case kwTrue:
		p.next()
		return &Constant{Pos: p.tokPos(t), Value: true}
	case kwFalse:
		p.next()
		return &Constant{Pos: p.tokPos(t), Value: false}
	case kwNone:
		p.next()
		return &Constant{Pos: p.tokPos(t), Value: nil}
	case ELLIPSIS:
		p.next()
		return &Constant{Pos: p.tokPos(t), Value: Ellipsis}
	case NUMBER:
		p.next()
		return &Constant{Pos: p.tokPos(t), Value: p.number(t)}
	case STRING:
		return p.strings()
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.fail()
	return nil
}

// parenAtom: tuple | group | genexp
func (p *parser) parenAtom() Expr {
	open := p.next()
	p.enter(7)
	defer p.leave(7)
	switch p.peek() {
	case RPAR:
		p.next()
		return &Tuple{Pos: p.from(open), Ctx: Load}
	case kwYield:
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	case DOUBLESTAR:
		// invalid_group: '(' '**' expression ')'
		t := p.tok()
		fill := p.fill
		closed := false
		p.speculate(false, func() { p.next(); p.expression(); closed = p.at(RPAR) })
		if closed {
			p.errorAt(t, t, "cannot use double starred expression here")
		}
		p.fill = fill
		p.fail()
	}
	first := p.starNamedExpression()
	switch p.peek() {
	case RPAR:
		p.next()
		if s, ok := first.(*Starred); ok {
			p.errorNode(s, "cannot use starred expression here")
		}
		return first
	case kwFor, kwAsync:
		p.starredComprehension(first)
		gens := p.forIfClauses()
		p.expect(RPAR)
		return &GeneratorExp{Pos: p.from(open), Elt: first, Generators: gens}
	case COMMA:
		elts := []Expr{first}
		for p.accept(COMMA) {
			if p.at(RPAR) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.closeBracket(RPAR, elts)
		return &Tuple{Pos: p.from(open), Elts: elts, Ctx: Load}
	}
	p.closeBracket(RPAR, []Expr{first})
	return nil
}

// closeBracket expects the closing bracket of a display, reporting "Perhaps
// you forgot a comma?" as CPython's invalid_expression does when two
// expressions follow each other inside brackets.
func (p *parser) closeBracket(k Kind, elts []Expr) {
	if p.at(k) {
		p.next()
		return
	}
	last := elts[len(elts)-1]
	if s, ok := last.(*Starred); ok && len(elts) == 1 {
		// invalid_comprehension's starred_expression ('*' expression) for
		// the first item of a display.
		last = s.Value
	}
	p.forgotComma(last)
	p.fail()
}

// forgotComma implements the first alternative of invalid_expression:
// !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
// inside brackets, "Perhaps you forgot a comma?", where a is the expression
// just parsed and the current token starts another one. Lookahead done
// here is undone: a generic error is reported where the first pass stopped.
func (p *parser) forgotComma(a Expr) {
	if p.noInvalid {
		return // inside a *_without_invalid rule: no invalid_expression
	}
	for {
		switch x := a.(type) {
		case *Lambda:
			a = x.Body
			continue
		case *NamedExpr:
			a = x.Value
			continue
		case *Slice:
			switch {
			case x.Step != nil:
				a = x.Step
			case x.Upper != nil:
				a = x.Upper
			default:
				return
			}
			continue
		case *IfExp, *Starred, *Yield, *YieldFrom:
			return
		}
		break
	}
	if !p.startsExpr() || p.at(STAR) {
		return
	}
	if n, ok := a.(*Name); ok && (n.Id == "print" || n.Id == "exec") {
		p.legacyStmtError(n)
		return
	}
	ft := p.firstTok(a)
	if n, ok := a.(*Name); ok && ft.Kind == NAME && n.Id != "print" && n.Id != "exec" {
		// invalid_legacy_expression: NAME !'(' star_expressions, parsed
		// (to no effect unless the name is print or exec) after the rest.
		defer p.speculate(true, func() { p.starExpressions() })
	}
	if ft.Kind == NAME {
		// SOFT_KEYWORD: CPython compares only the token's length of each soft
		// keyword (strncmp), so any prefix of "match" or "case" counts.
		name := p.text(ft)
		if strings.HasPrefix("match", name) || strings.HasPrefix("case", name) || name == "_" {
			return
		}
		if p.toks[p.indexOf(ft)+1].Kind == STRING {
			return
		}
	}
	var b Expr
	var level int16
	ok := p.speculate(true, func() {
		b = p.expression() // expression_without_invalid
		level = p.toks[p.p-1].Level
	})
	if ok && level > 0 {
		p.errorNodes(a, b, "invalid syntax. Perhaps you forgot a comma?")
	}
}

// indexOf returns the index of token t in p.toks.
func (p *parser) indexOf(t *Token) int {
	for i := p.p; i >= 0; i-- {
		if &p.toks[i] == t {
			return i
		}
	}
	return p.p
}

// try runs f, reporting whether it completed without a syntax error. A
// too-deep error is not caught.
func (p *parser) try(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			b, isBail := r.(syntaxBail)
			if !isBail || !b.soft {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// listAtom: list | listcomp
func (p *parser) listAtom() Expr {
	open := p.next()
	p.enter(8)
	defer p.leave(8)
	if p.accept(RSQB) {
		return &List{Pos: p.from(open), Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.at(kwFor) || p.at(kwAsync) {
		p.starredComprehension(first)
		gens := p.forIfClauses()
		p.expect(RSQB)
		return &ListComp{Pos: p.from(open), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.at(RSQB) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.unparenthesizedTarget(elts)
	p.closeBracket(RSQB, elts)
	return &List{Pos: p.from(open), Elts: elts, Ctx: Load}
}

// braceAtom: dict | set | dictcomp | setcomp
func (p *parser) braceAtom() Expr {
	open := p.next()
	p.enter(8)
	defer p.leave(8)
	if p.accept(RBRACE) {
		return &Dict{Pos: p.from(open)}
	}
	if p.at(DOUBLESTAR) {
		st := p.next()
		v := p.bitwiseOr()
		if p.at(kwFor) || p.at(kwAsync) {
			// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
			save, fill, depth := p.p, p.fill, p.depth
			if p.try(func() { p.forIfClauses() }) && p.at(RBRACE) {
				p.errorAt(st, st, "dict unpacking cannot be used in dict comprehension")
			}
			p.p, p.fill, p.depth = save, fill, depth
			p.fail()
		}
		return p.dictRest(open, nil, v)
	}
	walrus := p.at(NAME) && p.peekN(1) == COLONEQUAL // an unparenthesized named expression
	first := p.starNamedExpression()
	if p.at(COLON) {
		if _, ok := first.(*Starred); ok || walrus {
			p.fail()
		}
		p.next()
		v := p.dictValue()
		if p.at(kwFor) || p.at(kwAsync) {
			gens := p.forIfClauses()
			p.expect(RBRACE)
			return &DictComp{Pos: p.from(open), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(open, first, v)
	}
	if p.at(kwFor) || p.at(kwAsync) {
		p.starredComprehension(first)
		gens := p.forIfClauses()
		p.expect(RBRACE)
		return &SetComp{Pos: p.from(open), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.at(RBRACE) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.unparenthesizedTarget(elts)
	p.closeBracket(RBRACE, elts)
	return &Set{Pos: p.from(open), Elts: elts}
}

// dictRest parses the rest of a dict display after an optional first
// key/value pair.
func (p *parser) dictRest(open *Token, k, v Expr) Expr {
	var keys, vals []Expr
	if v != nil {
		keys, vals = append(keys, k), append(vals, v)
		if !p.accept(COMMA) {
			p.closeDict(keys, vals)
			return &Dict{Pos: p.from(open), Keys: keys, Values: vals}
		}
	}
	for !p.at(RBRACE) {
		if p.accept(DOUBLESTAR) {
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
		} else {
			k := p.expression()
			if !p.at(COLON) {
				if len(vals) > 0 {
					// invalid_kvpair: a=expression !(':')
					ke := k.Position()
					line := p.lineOf(ke.EndLineno)
					p.raiseRaw(KindSyntaxError, int(ke.Lineno), charOffset(line, int(ke.EndColOffset)-1),
						int(ke.EndLineno), 0, "':' expected after dictionary key")
				}
				p.fail()
			}
			p.next()
			keys = append(keys, k)
			vals = append(vals, p.dictValue())
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.closeDict(keys, vals)
	return &Dict{Pos: p.from(open), Keys: keys, Values: vals}
}

// dictValue parses the value of a key/value pair after the ':', with
// invalid_kvpair's errors.
func (p *parser) dictValue() Expr {
	colon := p.prev()
	switch p.peek() {
	case STAR:
		st := p.next()
		p.bitwiseOr()
		last := &p.toks[p.lastFilled()]
		p.raise(KindSyntaxError, st.Line, st.Col, last.EndLine, last.EndCol-1, "cannot use a starred expression in a dictionary value")
	case RBRACE, COMMA:
		p.errorAt(colon, colon, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// starredComprehension: invalid_comprehension's '*x for ...'.
func (p *parser) starredComprehension(first Expr) {
	if s, ok := first.(*Starred); ok {
		if p.speculate(false, func() { p.forIfClauses() }) {
			p.errorNode(s, "iterable unpacking cannot be used in comprehension")
		}
		p.fail()
	}
}

// unparenthesizedTarget: invalid_comprehension's '[a, b for ...]'.
func (p *parser) unparenthesizedTarget(elts []Expr) {
	if len(elts) < 2 || !(p.at(kwFor) || p.at(kwAsync)) {
		return
	}
	save, fill, depth := p.p, p.fill, p.depth
	if p.try(func() { p.forIfClauses() }) {
		p.errorNodes(elts[0], elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
	}
	p.p, p.fill, p.depth = save, fill, depth
}

func (p *parser) closeDict(keys, vals []Expr) {
	if p.at(RBRACE) {
		p.next()
		return
	}
	// A '**' item is a bitwise_or: no invalid_expression after it.
	if len(vals) > 0 && keys[len(keys)-1] != nil {
		p.forgotComma(vals[len(vals)-1])
	}
	p.fail()
}

// for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	p.enter(1)
	for p.at(kwFor) || p.at(kwAsync) {
		isAsync := p.accept(kwAsync)
		p.expect(kwFor)
		target := p.starTargets(true)
		if !p.at(kwIn) {
			p.fail()
		}
		p.next()
		iter := p.disjunction()
		var ifs []Expr
		for p.accept(kwIf) {
			ifs = append(ifs, p.disjunction())
		}
		gens = append(gens, &Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: isAsync})
	}
	p.leave(1)
	return gens
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	t := p.next()
	if p.accept(kwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.from(t), Value: v}
	}
	var v Expr
	if p.startsExpr() {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.from(t), Value: v}
}

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() Expr {
	t := p.next()
	p.enter(2)
	args := p.params(COLON, false)
	p.expect(COLON)
	body := p.expression()
	p.leave(2)
	return &Lambda{Pos: p.from(t), Args: args, Body: body}
}

// callArgs parses arguments after '(' up to and including ')'.
func (p *parser) callArgs(open *Token) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	p.enter(3)
	defer p.leave(3)
	noGenexp := p.noGenexpArg
	p.noGenexpArg = false
	sawKeyword, sawDoubleStar := false, false
	for !p.at(RPAR) {
		t := p.tok()
		switch {
		case t.Kind == STAR:
			if sawDoubleStar {
				p.errorAt(t, t, "iterable argument unpacking follows keyword argument unpacking")
			}
			if len(args)+len(kws) > 0 && !plainPositional(args) && !p.speculate(false, func() { p.next(); p.expression() }) {
				// A '*' that starts no starred expression after keyword
				// arguments or starred ones only (found by comparing with
				// CPython: its invalid_arguments reports it so).
				p.errorAt(t, t, "iterable argument unpacking follows keyword argument unpacking")
			}
			p.next()
			v := p.expression()
			s := &Starred{Pos: p.from(t), Value: v, Ctx: Load}
			if p.at(kwFor) || p.at(kwAsync) {
				if len(args) == 0 && len(kws) == 0 && p.speculate(false, func() { p.forIfClauses() }) {
					p.errorNode(s, "iterable unpacking cannot be used in comprehension")
				}
				p.unparenthesizedGenexp(t)
			}
			if p.startsExpr() {
				p.forgotComma(v)
			}
			args = append(args, s)
		case t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.from(t), Value: v})
			sawDoubleStar = true
		case t.Kind == NAME && p.peekN(1) == EQUAL:
			p.next()
			eq := p.next()
			v := p.expression()
			if (p.at(kwFor) || p.at(kwAsync)) && p.speculate(false, func() { p.forIfClauses() }) {
				// invalid_kwarg: NAME '=' expression for_if_clauses
				p.errorAt(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{Pos: p.from(t), Arg: p.text(t), Value: v})
			sawKeyword = true
		default:
			if (t.Kind == kwTrue || t.Kind == kwFalse || t.Kind == kwNone) && p.peekN(1) == EQUAL {
				p.errorAt(t, &p.toks[p.p+1], "cannot assign to %s", p.text(t))
			}
			if sawKeyword || sawDoubleStar {
				// CPython's first pass stops here; its second pass parses the
				// argument (invalid_arguments: args ',' args) and reports it.
				if ok, lastFill := p.speculateFill(false, func() {
					// The whole of the second args is parsed.
					for {
						if p.at(NAME) && p.peekN(1) == EQUAL || p.at(STAR) || p.at(DOUBLESTAR) {
							p.next()
							if p.at(EQUAL) {
								p.next()
							}
						}
						if e := p.expression(); p.startsExpr() {
							p.forgotComma(e)
						}
						if !p.accept(COMMA) || p.at(RPAR) {
							break
						}
					}
					p.peek()
				}); ok {
					p.fill = lastFill
					if sawDoubleStar {
						p.errorLast(KindSyntaxError, "positional argument follows keyword argument unpacking")
					}
					p.errorLast(KindSyntaxError, "positional argument follows keyword argument")
				}
				p.fail()
			}
			// (assignment_expression | expression !':='): no
			// invalid_named_expression in arguments.
			var e Expr
			if t.Kind == NAME && p.peekN(1) == COLONEQUAL {
				e = p.namedExpression()
			} else {
				e = p.expression()
				if p.at(COLONEQUAL) {
					p.fail()
				}
			}
			if (p.at(kwFor) || p.at(kwAsync)) && noGenexp && len(args) == 0 && len(kws) == 0 {
				// No bare generator expression in a class's bases; followed by
				// ',' it is invalid_arguments' "must be parenthesized".
				end := 0
				if p.speculate(false, func() { p.forIfClauses(); end = p.p }) && p.toks[end].Kind == COMMA {
					p.errorAt(t, &p.toks[end-1], "Generator expression must be parenthesized")
				}
				p.fail()
			}
			if p.at(kwFor) || p.at(kwAsync) {
				if len(args) > 0 || len(kws) > 0 {
					p.unparenthesizedGenexp(t)
				}
				gens := p.forIfClauses()
				g := &GeneratorExp{Pos: p.from(t), Elt: e, Generators: gens}
				if p.at(RPAR) {
					g.Pos = Pos{open.Line, open.Col, p.tok().EndLine, p.tok().EndCol}
					args = append(args, g)
					continue
				}
				if !p.at(COMMA) {
					p.fail()
				}
				// invalid_arguments: expression for_if_clauses ',' [args | ...]:
				// the arguments after the comma are parsed (and may raise) first.
				p.speculate(false, func() {
					for p.accept(COMMA) && !p.at(RPAR) {
						if p.at(NAME) && p.peekN(1) == EQUAL || p.at(STAR) || p.at(DOUBLESTAR) {
							p.next()
							if p.at(EQUAL) {
								p.next()
							}
						}
						if e := p.expression(); p.startsExpr() {
							p.forgotComma(e)
						}
					}
				})
				p.errorNode(g, "Generator expression must be parenthesized")
			}
			if p.at(EQUAL) {
				eq := p.tok()
				p.errorAt(p.firstTok(e), eq, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			args = append(args, e)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	if !p.at(RPAR) {
		if p.at(kwFor) || p.at(kwAsync) {
			// invalid_arguments: args for_if_clauses (parsed, then nothing)
			p.speculate(false, func() { p.forIfClauses() })
		}
		if len(args)+len(kws) > 0 {
			var last Expr
			if len(kws) > 0 && (len(args) == 0 || kwAfter(kws[len(kws)-1], args[len(args)-1])) {
				last = kws[len(kws)-1].Value
			} else {
				last = args[len(args)-1]
			}
			p.forgotComma(last)
		}
		p.fail()
	}
	p.next()
	return args, kws
}

// unparenthesizedGenexp: invalid_arguments' "args ',' expression
// for_if_clauses": if the comprehension clauses parse, a generator
// expression that is not the sole argument; else the generic error at the
// 'for', where CPython's first pass stopped.
func (p *parser) unparenthesizedGenexp(start *Token) {
	var end int
	if p.speculate(false, func() { p.forIfClauses(); end = p.p - 1 }) {
		p.errorAt(start, &p.toks[end], "Generator expression must be parenthesized")
	}
	p.fail()
}

// plainPositional reports whether args has an argument that is not *x.
func plainPositional(args []Expr) bool {
	for _, a := range args {
		if _, ok := a.(*Starred); !ok {
			return true
		}
	}
	return false
}

func kwAfter(k *Keyword, e Expr) bool {
	a, b := k.Position(), e.Position()
	return a.Lineno > b.Lineno || a.Lineno == b.Lineno && a.ColOffset > b.ColOffset
}

// firstTok returns the token where expression e starts.
func (p *parser) firstTok(e Expr) *Token {
	s := e.Position()
	for i := p.p; i >= 0; i-- {
		t := &p.toks[i]
		if t.Line == s.Lineno && t.Col == s.ColOffset {
			return t
		}
	}
	return p.tok()
}

// namedExprError: invalid_named_expression's `a=expression ':=' expression`.
func (p *parser) namedExprError(a Expr) {
	if p.speculate(false, func() { p.next(); p.expression() }) {
		p.errorNode(a, "cannot use assignment expressions with %s", exprName(a))
	}
	p.fail()
}
