// Statement parsing. See doc.go for the overview; rule names follow
// CPython 3.11's Grammar/python.gram.

package syntax

// file: [statements] ENDMARKER
func (p *parser) file() *Module {
	p.enter(2)
	var body []Stmt
	for !p.at(ENDMARKER) {
		body = p.statement(body)
	}
	p.leave(2)
	return &Module{Body: body}
}

// evalInput: expressions NEWLINE* ENDMARKER
func (p *parser) evalInput() Expr {
	e := p.starExpressionsNoStar()
	for p.accept(NEWLINE) {
	}
	p.expect(ENDMARKER)
	return e
}

// starExpressionsNoStar is CPython's expressions rule.
func (p *parser) starExpressionsNoStar() Expr {
	t0 := p.tok()
	e := p.expression()
	if p.at(COMMA) {
		elts := []Expr{e}
		for p.accept(COMMA) {
			if !p.startsExpr() {
				break
			}
			elts = append(elts, p.expression())
		}
		e = &Tuple{Pos: p.from(t0), Elts: elts, Ctx: Load}
	}
	return e
}

// statement: compound_stmt | simple_stmts; the statements are appended to body.
func (p *parser) statement(body []Stmt) []Stmt {
	p.enter(2)
	defer p.leave(2)
	switch p.peek() {
	case kwDef, AT, kwClass, kwIf, kwWith, kwFor, kwTry, kwWhile:
		return append(body, p.compoundStmt())
	case kwAsync:
		switch p.peekN(1) {
		case kwDef, kwWith, kwFor:
			return append(body, p.compoundStmt())
		}
	}
	return p.simpleStmts(body)
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(body []Stmt) []Stmt {
	p.enter(1)
	defer p.leave(1)
	for {
		body = append(body, p.simpleStmt())
		if !p.accept(SEMI) {
			break
		}
		if p.at(NEWLINE) {
			break
		}
	}
	if !p.at(NEWLINE) {
		if p.startsExpr() && endsWithExpr(body[len(body)-1]) {
			// CPython's second pass tries invalid_expression here, parsing the
			// expression that follows (which can reach a tokenizer error, or
			// raise an f-string error) before the generic error.
			p.speculate(true, func() { p.expression() })
		}
		p.fail()
	}
	p.next()
	return body
}

// endsWithExpr reports whether a simple statement ends with an expression
// (after which CPython's invalid_expression looks for another one).
func endsWithExpr(s Stmt) bool {
	switch s := s.(type) {
	case *ExprStmt, *Assign, *AugAssign, *AnnAssign, *Assert:
		return true
	case *Return:
		return s.Value != nil
	case *Raise:
		return s.Exc != nil
	}
	return false
}

func (p *parser) simpleStmt() Stmt {
	p.enter(4)
	defer p.leave(4)
	t := p.tok()
	switch t.Kind {
	case kwPass:
		p.next()
		return &Pass{p.tokPos(t)}
	case kwBreak:
		p.next()
		return &Break{p.tokPos(t)}
	case kwContinue:
		p.next()
		return &Continue{p.tokPos(t)}
	case kwReturn:
		p.next()
		var v Expr
		if p.startsExpr() {
			v = p.starExpressions()
		}
		return &Return{Pos: p.from(t), Value: v}
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	case kwRaise:
		p.next()
		r := &Raise{}
		if p.startsExpr() {
			r.Exc = p.nested(3, p.expression)
			if p.accept(kwFrom) {
				r.Cause = p.expression()
			}
		}
		r.Pos = p.from(t)
		return r
	case kwDel:
		return p.delStmt()
	case kwAssert:
		p.next()
		a := &Assert{Test: p.nested(3, p.expression)}
		if p.accept(COMMA) {
			a.Msg = p.expression()
		}
		a.Pos = p.from(t)
		return a
	case kwGlobal, kwNonlocal:
		p.next()
		var names []string
		for {
			names = append(names, p.text(p.expect(NAME)))
			if !p.accept(COMMA) {
				break
			}
		}
		if t.Kind == kwGlobal {
			return &Global{Pos: p.from(t), Names: names}
		}
		return &Nonlocal{Pos: p.from(t), Names: names}
	}
	return p.exprStmt()
}

// assignment, star_expressions and yield_stmt.
func (p *parser) exprStmt() Stmt {
	first := p.tok()
	if first.Kind == NAME && p.peekN(1) == COLON {
		// NAME ':' expression ['=' annotated_rhs]
		p.next()
		p.next()
		ann := p.expression()
		target := &Name{Pos: p.tokPos(first), Id: p.text(first), Ctx: Store}
		s := &AnnAssign{Target: target, Annotation: ann, Simple: true}
		if p.accept(EQUAL) {
			s.Value = p.nested(3, p.annotatedRHS)
		}
		s.Pos = p.from(first)
		return s
	}
	var e Expr
	if first.Kind == kwYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.peek(); k {
	case COLON:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.annotationError(e)
		}
		p.next()
		ann := p.expression()
		setContext(e, Store)
		s := &AnnAssign{Target: e, Annotation: ann, Simple: false}
		if p.accept(EQUAL) {
			s.Value = p.nested(3, p.annotatedRHS)
		}
		s.Pos = p.from(first)
		return s
	case EQUAL:
		targets := []Expr{e}
		firstEq := p.p
		var value Expr
		for p.at(EQUAL) {
			if t := targets[len(targets)-1]; invalidTarget(t, starTargetsKind) != nil || isYield(t) {
				p.assignError(first, targets, firstEq)
			}
			p.next()
			value = p.nested(2, p.annotatedRHS)
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for _, t := range targets {
			setContext(t, Store)
		}
		return &Assign{Pos: p.from(first), Targets: targets, Value: value}
	case PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL,
		CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASHEQUAL, ATEQUAL:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			// invalid_assignment: star_expressions augassign (yield_expr | star_expressions)
			save, fill, depth := p.p, p.fill, p.depth
			if p.try(func() { p.next(); p.annotatedRHS() }) {
				p.errorNode(e, "'%s' is an illegal expression for augmented assignment", exprName(e))
			}
			p.p, p.fill, p.depth = save, fill, depth
			p.fail()
		}
		p.next()
		setContext(e, Store)
		v := p.nested(2, p.annotatedRHS)
		return &AugAssign{Pos: p.from(first), Target: e, Op: augOp(k), Value: v}
	}
	if p.at(COLONEQUAL) {
		// invalid_named_expression on the last item of the first sequence.
		last := e
		if tup, ok := e.(*Tuple); ok && !p.parenthesized(tup) {
			last = tup.Elts[len(tup.Elts)-1]
		}
		if _, ok := last.(*Name); !ok || first.Kind == LPAR {
			p.namedExprError(last)
		}
		// NAME ':=' at statement level: CPython's second pass still parses
		// what follows (which may reach a tokenizer error).
		p.speculate(false, func() { p.next(); p.expression() })
		p.fail()
	}
	if n, ok := e.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() {
		p.legacyStmtError(n)
	}
	return &ExprStmt{Pos: p.from(first), Value: e}
}

// annotationError: invalid_assignment's annotation alternatives, which need
// the annotation to parse; otherwise the generic error at the ':'.
func (p *parser) annotationError(e Expr) {
	save, fill, depth := p.p, p.fill, p.depth
	if p.try(func() { p.next(); p.expression() }) {
		switch t := e.(type) {
		case *Tuple:
			if !p.parenthesized(t) {
				if _, ok := t.Elts[0].(*Starred); !ok {
					p.errorNode(t.Elts[0], "only single target (not tuple) can be annotated")
				}
				break
			}
			p.errorNode(e, "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(e, "only single target (not list) can be annotated")
		case *Starred, *Yield, *YieldFrom:
		default:
			p.errorNode(e, "illegal target for annotation")
		}
	}
	p.p, p.fill, p.depth = save, fill, depth
	p.fail()
}

func augOp(k Kind) Operator {
	switch k {
	case PLUSEQUAL:
		return Add
	case MINEQUAL:
		return Sub
	case STAREQUAL:
		return Mult
	case SLASHEQUAL:
		return Div
	case PERCENTEQUAL:
		return Mod
	case AMPEREQUAL:
		return BitAnd
	case VBAREQUAL:
		return BitOr
	case CIRCUMFLEXEQUAL:
		return BitXor
	case LEFTSHIFTEQUAL:
		return LShift
	case RIGHTSHIFTEQUAL:
		return RShift
	case DOUBLESTAREQUAL:
		return Pow
	case DOUBLESLASHEQUAL:
		return FloorDiv
	}
	return MatMult
}

// annotated_rhs: yield_expr | star_expressions
func (p *parser) annotatedRHS() Expr {
	if p.at(kwYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func isYield(e Expr) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return false
}

// assignError reports the invalid last target of targets, which is
// followed by '=', the way CPython's second pass does. For the first target,
// invalid_named_expression is tried first on its last item (the one directly
// before the '='), if a bitwise_or follows the '=' and is not itself followed
// by '=' or ':=': a NAME gives "Maybe you meant '==' or ':='", another
// bitwise_or expression "cannot assign to X here. Maybe you meant '=='".
// Otherwise invalid_assignment reports the target: "cannot assign to X", or
// for an unparenthesized yield "assignment to yield expression not possible".
func (p *parser) assignError(first *Token, targets []Expr, firstEq int) {
	t := targets[len(targets)-1]
	{
		last := targets[0]
		lastStart := first
		if tup, ok := last.(*Tuple); ok && !p.parenthesized(tup) {
			last = tup.Elts[len(tup.Elts)-1]
			lastStart = p.firstTok(last)
		}
		// The lookahead !(list|tuple|genexp|'True'|'None'|'False'), and
		// the item must be directly followed by the '='.
		excluded := false
		starts := last.Position().ColOffset == lastStart.Col && last.Position().Lineno == lastStart.Line
		switch last.(type) {
		case *List, *Tuple, *GeneratorExp:
			excluded = starts && (lastStart.Kind == LSQB || lastStart.Kind == LPAR)
		}
		switch lastStart.Kind {
		case kwTrue, kwFalse, kwNone:
			excluded = true
		}
		le := last.Position()
		if eq := &p.toks[firstEq]; eq.Line != le.EndLineno || eq.Col < le.EndColOffset || p.toks[firstEq-1].Kind == COMMA {
			excluded = true
		}
		paren := lastStart.Kind == LPAR
		_, isName := last.(*Name)
		isName = isName && !paren
		if isName || !excluded && (paren || isBitwiseOrLevel(last)) {
			save, fill, depth := p.p, p.fill, p.depth
			p.p = firstEq
			var v Expr
			ok := p.try(func() {
				p.next() // '='
				v = p.bitwiseOr()
			})
			fires := ok && !p.at(EQUAL) && !p.at(COLONEQUAL)
			p.p, p.fill, p.depth = save, fill, depth
			if fires {
				if isName {
					p.errorNodes(last, v, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				}
				p.errorNode(last, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(last))
			}
		}
	}
	if isYield(t) {
		// An unparenthesized yield is not an expression: invalid_assignment's
		// yield_expr alternative. A parenthesized one is an invalid target.
		yt := p.indexOf(p.firstTok(t))
		if &p.toks[yt] == first || yt > 0 && p.toks[yt-1].Kind == EQUAL {
			p.errorNode(t, "assignment to yield expression not possible")
		}
	}
	if bad := invalidTarget(t, starTargetsKind); bad != nil {
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
}

// isBitwiseOrLevel reports whether e could have been parsed by bitwise_or
// (no comparison, not, and/or, conditional, lambda, starred or tuple).
func isBitwiseOrLevel(e Expr) bool {
	switch e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.(*UnaryOp).Op != Not
	case *Tuple:
		return false
	}
	return true
}

// parenthesized reports whether a tuple was written with parentheses.
func (p *parser) parenthesized(t *Tuple) bool {
	if len(t.Elts) == 0 {
		return true
	}
	s := t.Elts[0].Position()
	return s.Lineno != t.Lineno || s.ColOffset != t.ColOffset
}

// legacyStmtError: invalid_legacy_expression, "print x".
func (p *parser) legacyStmtError(n *Name) {
	if p.noInvalid {
		return
	}
	save, fill := p.p, p.fill
	var b Expr
	if p.try(func() { b = p.starExpressionsNoStar() }) {
		p.errorNodes(n, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
	p.p, p.fill = save, fill
}

// del_stmt: 'del' del_targets &(';' | NEWLINE). Targets are primaries
// (del_target); on failure invalid_del_stmt parses star_expressions and
// reports an invalid target ("cannot delete function call").
func (p *parser) delStmt() Stmt {
	t := p.next()
	start, depth := p.p, p.depth
	var targets []Expr
	ok := p.try(func() {
		for {
			targets = append(targets, p.primary())
			if !p.accept(COMMA) || !p.startsExpr() {
				break
			}
		}
		if !p.at(SEMI) && !p.at(NEWLINE) {
			p.fail()
		}
	})
	if ok {
		for _, e := range targets {
			p.checkTarget(e, delTargetsKind)
		}
		return &Delete{Pos: p.from(t), Targets: targets}
	}
	fill := p.fill
	p.p, p.depth = start, depth
	var e Expr
	peg := p.peg
	p.peg = true
	ok = p.emulate(func() { e = p.starExpressions() })
	p.peg = peg
	if ok {
		if bad := invalidTarget(e, delTargetsKind); bad != nil {
			p.errorNode(bad, "cannot delete %s", exprName(bad))
		}
	}
	p.p, p.fill, p.depth = start, fill, depth
	p.fail()
	return nil
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	t := p.next()
	var names []*Alias
	for {
		a := p.dottedAsName()
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Import{Pos: p.from(t), Names: names}
}

func (p *parser) dottedAsName() *Alias {
	t := p.tok()
	name := p.dottedName()
	a := &Alias{Name: name}
	if p.accept(kwAs) {
		a.Asname = p.text(p.expect(NAME))
	}
	a.Pos = p.from(t)
	return a
}

func (p *parser) dottedName() string {
	name := p.text(p.expect(NAME))
	for p.at(DOT) {
		p.next()
		name += "." + p.text(p.expect(NAME))
	}
	return name
}

// import_from
func (p *parser) importFrom() Stmt {
	t := p.next()
	level := 0
	for {
		if p.accept(DOT) {
			level++
		} else if p.accept(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if level == 0 || !p.at(kwImport) {
		module = p.dottedName()
	}
	p.expect(kwImport)
	var names []*Alias
	if st := p.tok(); st.Kind == STAR {
		p.next()
		names = []*Alias{{Pos: p.tokPos(st), Name: "*"}}
	} else if p.accept(LPAR) {
		for {
			names = append(names, p.importAsName())
			if !p.accept(COMMA) || p.at(RPAR) {
				break
			}
		}
		p.expect(RPAR)
	} else {
		for {
			names = append(names, p.importAsName())
			if !p.accept(COMMA) {
				break
			}
			if p.at(NEWLINE) {
				p.errorLast(KindSyntaxError, "trailing comma not allowed without surrounding parentheses")
			}
		}
	}
	return &ImportFrom{Pos: p.from(t), Module: module, Names: names, Level: level}
}

func (p *parser) importAsName() *Alias {
	t := p.expect(NAME)
	a := &Alias{Name: p.text(t)}
	if p.accept(kwAs) {
		a.Asname = p.text(p.expect(NAME))
	}
	a.Pos = p.from(t)
	return a
}

// ---- compound statements ----

func (p *parser) compoundStmt() Stmt {
	p.enter(5)
	defer p.leave(5)
	switch p.peek() {
	case kwDef:
		return p.funcDef(nil, nil)
	case AT:
		return p.decorated()
	case kwClass:
		return p.classDef(nil)
	case kwIf:
		return p.ifStmt()
	case kwWith:
		return p.withStmt(nil)
	case kwFor:
		return p.forStmt(nil)
	case kwTry:
		return p.tryStmt()
	case kwWhile:
		return p.whileStmt()
	case kwAsync:
		t := p.next()
		switch p.peek() {
		case kwDef:
			return p.funcDef(nil, t)
		case kwWith:
			return p.withStmt(t)
		case kwFor:
			return p.forStmt(t)
		}
	}
	p.fail()
	return nil
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts, with CPython's
// "expected an indented block after ..." error (what names the statement).
func (p *parser) block(what string, line int32) []Stmt {
	if !p.at(NEWLINE) {
		return p.simpleStmts(nil)
	}
	p.next()
	if !p.at(INDENT) {
		if p.at(ERRORTOKEN) {
			p.fail()
		}
		p.errorLast(KindIndentationError, "expected an indented block after %s on line %d", what, line)
	}
	p.next()
	var body []Stmt
	for !p.at(DEDENT) {
		body = p.statement(body)
	}
	p.next()
	return body
}

// colon expects the ':' of a compound statement header: a NEWLINE instead
// gives "expected ':'", anything else "invalid syntax".
// last is the header's last expression, if any: when another expression
// follows it, CPython's second pass tries invalid_expression there.
func (p *parser) colon(last Expr) {
	if p.at(COLON) {
		p.next()
		return
	}
	if p.at(NEWLINE) {
		p.errorLast(KindSyntaxError, "expected ':'")
	}
	if last != nil && p.startsExpr() {
		p.forgotComma(last)
	}
	p.fail()
}

// posTo returns the range of a compound statement that began at t and
// ends here: CPython ends it at the last token consumed that is not a
// NEWLINE, INDENT or DEDENT (so a trailing ';' counts).
func (p *parser) posTo(t *Token, body []Stmt) Pos {
	i := p.p - 1
	for i > 0 {
		k := p.toks[i].Kind
		if k != NEWLINE && k != INDENT && k != DEDENT {
			break
		}
		i--
	}
	e := &p.toks[i]
	return Pos{t.Line, t.Col, e.EndLine, e.EndCol}
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.accept(AT) {
		decos = append(decos, p.namedExpression())
		if !p.at(NEWLINE) {
			p.fail()
		}
		p.next()
	}
	switch p.peek() {
	case kwDef:
		return p.funcDef(decos, nil)
	case kwClass:
		return p.classDef(decos)
	case kwAsync:
		if p.peekN(1) == kwDef {
			t := p.next()
			return p.funcDef(decos, t)
		}
	}
	p.fail()
	return nil
}

// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
func (p *parser) funcDef(decos []Expr, async *Token) Stmt {
	t := p.next()
	start := t
	if async != nil {
		start = async
	}
	name := p.expect(NAME)
	p.expectForced(LPAR)
	args := p.params(RPAR, true)
	p.expect(RPAR)
	var returns Expr
	if p.at(RARROW) {
		// ['->' expression] &&':' : if the annotation does not parse, the
		// optional part is skipped and the forced ':' fails at the '->'.
		save, depth := p.p, p.depth
		if !p.try(func() { p.next(); returns = p.expression() }) {
			p.p, p.depth = save, depth
		}
	}
	p.expectForced(COLON)
	body := p.block("function definition", start.Line)
	if decos == nil {
		decos = []Expr{}
	}
	return &FunctionDef{Pos: p.posTo(start, body), Name: p.text(name), Args: args, Body: body,
		DecoratorList: decos, Returns: returns, IsAsync: async != nil}
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDef(decos []Expr) Stmt {
	t := p.next()
	name := p.expect(NAME)
	var bases []Expr
	var kws []*Keyword
	if p.at(LPAR) {
		open := p.next()
		p.noGenexpArg = true
		bases, kws = p.callArgs(open)
	}
	p.colon(nil)
	body := p.block("class definition", t.Line)
	return &ClassDef{Pos: p.posTo(t, body), Name: p.text(name), Bases: bases, Keywords: kws,
		Body: body, DecoratorList: decos}
}

// if_stmt / elif_stmt
func (p *parser) ifStmt() Stmt {
	t := p.next()
	what := "'if' statement"
	if t.Kind == kwElif {
		what = "'elif' statement"
	}
	test := p.namedExpressionCond()
	p.colon(test)
	body := p.block(what, t.Line)
	s := &If{Test: test, Body: body}
	end := body
	switch p.peek() {
	case kwElif:
		p.enter(1)
		elif := p.ifStmt()
		p.leave(1)
		s.Orelse = []Stmt{elif}
		end = s.Orelse
	case kwElse:
		s.Orelse = p.elseBlock()
		end = s.Orelse
	}
	s.Pos = p.posTo(t, end)
	return s
}

// namedExpressionCond parses the named_expression of an if/elif/while
// header, reporting invalid_named_expression's "Maybe you meant '=='".
func (p *parser) namedExpressionCond() Expr {
	return p.namedExpression()
}

// else_block: 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	t := p.next()
	p.expectForced(COLON)
	return p.block("'else' statement", t.Line)
}

// while_stmt: 'while' named_expression ':' block [else_block]
func (p *parser) whileStmt() Stmt {
	t := p.next()
	test := p.namedExpressionCond()
	p.colon(test)
	body := p.block("'while' statement", t.Line)
	s := &While{Test: test, Body: body}
	end := body
	if p.at(kwElse) {
		s.Orelse = p.elseBlock()
		end = s.Orelse
	}
	s.Pos = p.posTo(t, end)
	return s
}

// for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
func (p *parser) forStmt(async *Token) Stmt {
	t := p.next()
	start := t
	if async != nil {
		start = async
	}
	target := p.starTargets(true)
	p.expect(kwIn)
	iter := p.starExpressions()
	p.colon(iter)
	body := p.block("'for' statement", start.Line)
	s := &For{Target: target, Iter: iter, Body: body, IsAsync: async != nil}
	end := body
	if p.at(kwElse) {
		s.Orelse = p.elseBlock()
		end = s.Orelse
	}
	s.Pos = p.posTo(start, end)
	return s
}

// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block |
// 'with' ','.with_item+ ':' block
func (p *parser) withStmt(async *Token) Stmt {
	t := p.next()
	start := t
	if async != nil {
		start = async
	}
	var items []*WithItem
	if p.at(LPAR) {
		save, depth := p.p, p.depth
		ok := p.try(func() {
			p.next()
			for {
				items = append(items, p.withItem())
				if !p.accept(COMMA) || p.at(RPAR) {
					break
				}
			}
			p.expect(RPAR)
			if !p.at(COLON) {
				p.fail()
			}
		})
		if !ok {
			p.p, p.depth = save, depth
			items = nil
		}
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.accept(COMMA) {
				break
			}
		}
	}
	var lastItem Expr
	if it := items[len(items)-1]; it.OptionalVars == nil {
		lastItem = it.ContextExpr
	}
	p.colon(lastItem)
	body := p.block("'with' statement", start.Line)
	return &With{Pos: p.posTo(start, body), Items: items, Body: body, IsAsync: async != nil}
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression,
// with invalid_with_item's "cannot assign to" error.
func (p *parser) withItem() *WithItem {
	e := p.expression()
	w := &WithItem{ContextExpr: e}
	if !p.accept(kwAs) {
		return w
	}
	start, depth := p.p, p.depth
	var target Expr
	ok := p.try(func() {
		target = p.starTarget()
		switch p.peek() {
		case COMMA, RPAR, COLON, NEWLINE: // NEWLINE: "expected ':'" follows
		default:
			p.fail()
		}
	})
	if !ok {
		fill := p.fill
		p.p, p.depth = start, depth
		var a Expr
		if p.emulate(func() {
			a = p.expression()
			if p.startsExpr() {
				p.forgotComma(a)
			}
		}) {
			switch p.peek() {
			case COMMA, RPAR, COLON:
				if bad := invalidTarget(a, starTargetsKind); bad != nil {
					p.errorNode(bad, "cannot assign to %s", exprName(bad))
				}
			}
		}
		p.p, p.fill, p.depth = start, fill, depth
		p.fail()
	}
	p.checkTarget(target, starTargetsKind)
	w.OptionalVars = target
	return w
}

// try_stmt
func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectForced(COLON)
	body := p.block("'try' statement", t.Line)
	s := &Try{Body: body}
	end := body
	sawPlain := false
	for p.at(kwExcept) {
		et := p.next()
		star := false
		if p.at(STAR) {
			st := p.next()
			star = true
			if sawPlain {
				p.errorAt(et, st, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			s.IsStar = true
		} else {
			if s.IsStar {
				p.errorAt(et, et, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			sawPlain = true
		}
		h := &ExceptHandler{}
		what := "'except' statement"
		if star {
			what = "'except*' statement"
		}
		if !p.at(COLON) {
			if p.at(NEWLINE) {
				p.errorLast(KindSyntaxError, "expected ':'")
			}
			h.Type = p.expression()
			if p.at(COMMA) {
				p.multipleExceptTypes(h.Type)
			}
			if p.accept(kwAs) {
				h.Name = p.text(p.expect(NAME))
			}
		}
		if star && h.Type == nil && p.at(COLON) {
			c := p.tok()
			p.errorAt(c, c, "expected one or more exception types")
		}
		p.colon(h.Type)
		h.Body = p.block(what, et.Line)
		h.Pos = p.posTo(et, h.Body)
		s.Handlers = append(s.Handlers, h)
		end = h.Body
	}
	if len(s.Handlers) > 0 && p.at(kwElse) {
		s.Orelse = p.elseBlock()
		end = s.Orelse
	}
	if p.at(kwFinally) {
		ft := p.next()
		p.expectForced(COLON)
		s.Finalbody = p.block("'finally' statement", ft.Line)
		end = s.Finalbody
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorLast(KindSyntaxError, "expected 'except' or 'finally' block")
	}
	s.Pos = p.posTo(t, end)
	return s
}

// multipleExceptTypes: invalid_except_stmt's "except A, B:".
func (p *parser) multipleExceptTypes(a Expr) {
	save, fill := p.p, p.fill
	ok := p.try(func() {
		p.next() // ','
		p.expression()
		for p.accept(COMMA) {
			if !p.startsExpr() {
				break
			}
			p.expression()
		}
		if p.accept(kwAs) {
			p.expect(NAME)
		}
		if !p.at(COLON) {
			p.fail()
		}
	})
	if ok {
		// RAISE_SYNTAX_ERROR_STARTING_FROM: the end is the tokenizer's cursor.
		s := a.Position()
		last := &p.toks[p.lastFilled()]
		p.raise(KindSyntaxError, s.Lineno, s.ColOffset, last.EndLine, last.EndCol-1, "multiple exception types must be parenthesized")
	}
	p.p, p.fill = save, fill
	p.fail()
}
