// Assignment targets and parameters. See doc.go for the overview.

package syntax

// targetsKind is CPython's TARGETS_TYPE.
type targetsKind int

const (
	starTargetsKind targetsKind = iota
	delTargetsKind
	forTargetsKind
)

// invalidTarget is CPython's _PyPegen_get_invalid_target: the first
// sub-expression of e that cannot be a target, or nil.
func invalidTarget(e Expr, kind targetsKind) Expr {
	switch e := e.(type) {
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargetsKind {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *Compare:
		if kind == forTargetsKind {
			if e.Ops[0] == In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setContext sets the context of a valid target expression (recursively for
// tuples, lists and starred items).
func setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	}
}

// checkTarget reports CPython's "cannot assign to"/"cannot delete" error if e
// is not a valid target, then stores ctx.
func (p *parser) checkTarget(e Expr, kind targetsKind) {
	if bad := invalidTarget(e, kind); bad != nil {
		if kind == delTargetsKind {
			p.errorNode(bad, "cannot delete %s", exprName(bad))
		}
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	ctx := Store
	if kind == delTargetsKind {
		ctx = Del
	}
	setContext(e, ctx)
}

// starTargets parses the star_targets of a for loop or comprehension, which
// must be followed by 'in'. Targets are primaries (CPython's
// target_with_star_atom), checked afterwards. On failure it emulates
// invalid_for_target: the text is parsed again as star_expressions, which
// may report a forgotten comma or a missing 'else', and an invalid target
// in it is reported ("cannot assign to function call").
func (p *parser) starTargets(forTarget bool) Expr {
	p.enter(1)
	defer p.leave(1)
	start, depth := p.p, p.depth
	// A failure here is final and depends only on the position and the
	// mode: memoize it, or nested comprehensions would be re-parsed
	// exponentially often by the speculation below.
	key := start * 4
	if p.peg {
		key += 2
	}
	if p.noInvalid {
		key++
	}
	if fill, ok := p.failMemo[key]; ok {
		if fill > p.fill {
			p.fill = fill
		}
		p.fail()
	}
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(syntaxBail); ok && b.soft {
				if p.failMemo == nil {
					p.failMemo = make(map[int]int)
				}
				p.failMemo[key] = p.fill
			}
			panic(r)
		}
	}()
	var first Expr
	ok := p.try(func() {
		t0 := p.tok()
		first = p.starTarget()
		if p.at(COMMA) {
			elts := []Expr{first}
			for p.accept(COMMA) {
				if !p.startsTarget() {
					break
				}
				elts = append(elts, p.starTarget())
			}
			first = &Tuple{Pos: p.from(t0), Elts: elts, Ctx: Store}
		}
		if !p.at(kwIn) || invalidTarget(first, forTargetsKind) != nil {
			p.fail() // star_targets accepts no other target
		}
	})
	if ok {
		p.checkTarget(first, forTargetsKind)
		return first
	}
	fill := p.fill
	p.p, p.depth = start, depth
	var e Expr
	peg := p.peg
	p.peg = true
	ok = p.emulate(func() { e = p.starExpressions() })
	p.peg = peg
	if ok {
		last := e
		if tup, isTuple := e.(*Tuple); isTuple && !p.parenthesized(tup) && len(tup.Elts) > 0 {
			last = tup.Elts[len(tup.Elts)-1]
		}
		p.forgotComma(last)
		if bad := invalidTarget(e, forTargetsKind); bad != nil {
			p.errorNode(bad, "cannot assign to %s", exprName(bad))
		}
	}
	p.p, p.fill, p.depth = start, fill, depth
	p.fail()
	return nil
}

func (p *parser) startsTarget() bool {
	switch p.peek() {
	case NAME, LPAR, LSQB, STAR:
		return true
	}
	return p.startsExpr()
}

// starTarget: '*' star_target | target_with_star_atom (a primary).
func (p *parser) starTarget() Expr {
	if p.at(STAR) {
		t := p.next()
		if p.at(STAR) {
			p.fail()
		}
		v := p.starTarget()
		return &Starred{Pos: p.from(t), Value: v, Ctx: Store}
	}
	return p.primary()
}

// params parses parameters (CPython's params / lambda_params) up to the
// token end (')' or ':'), without consuming it. Annotations are allowed when
// annotated is true (def, not lambda).
func (p *parser) params(end Kind, annotated bool) *Arguments {
	args := &Arguments{}
	p.enter(1)
	defer p.leave(1)
	var plain []*Arg // parameters before '/' or '*'
	sawDefault := false
	sawSlash := false
	star := false
	for !p.at(end) {
		t := p.tok()
		switch t.Kind {
		case SLASH:
			if sawSlash {
				p.errorAt(t, t, "/ may appear only once")
			}
			if star {
				p.errorAt(t, t, "/ must be ahead of *")
			}
			if len(plain) == 0 {
				fill := p.fill
				if p.peekN(1) == COMMA {
					p.errorAt(t, t, "at least one argument must precede /")
				}
				p.fill = fill
				p.fail()
			}
			p.next()
			sawSlash = true
			args.PosOnlyArgs = plain
			plain = nil
			if st := p.tok(); st.Kind == STAR {
				p.errorAt(st, st, "expected comma between / and *")
			}
		case STAR:
			if star {
				// invalid_star_etc: a second '*' followed by a parameter
				// (param_no_default) or ','.
				fill := p.fill
				if k := p.peekN(1); k == COMMA || k == NAME {
					if k2 := p.peekN(2); k == COMMA || k2 == COMMA || k2 == end || annotated && k2 == COLON {
						p.errorAt(t, t, "* argument may appear only once")
					}
				}
				p.fill = fill
				p.fail()
			}
			p.next()
			star = true
			if p.at(end) || p.at(COMMA) && (p.peekN(1) == end || p.peekN(1) == DOUBLESTAR) {
				// invalid_star_etc / invalid_lambda_star_etc
				if annotated {
					p.errorAt(t, t, "named arguments must follow bare *")
				}
				if p.at(COMMA) {
					p.peekN(1)
				}
				p.errorLast(KindSyntaxError, "named arguments must follow bare *")
			}
			if p.at(COMMA) {
				break
			}
			args.Vararg = p.param(annotated, true)
			if p.at(EQUAL) {
				eq := p.tok()
				p.errorAt(eq, eq, "var-positional argument cannot have default value")
			}
		case DOUBLESTAR:
			p.next()
			args.Kwarg = p.param(annotated, false)
			if p.at(EQUAL) {
				eq := p.tok()
				p.errorAt(eq, eq, "var-keyword argument cannot have default value")
			}
			if p.at(COMMA) {
				p.next()
				if !p.at(end) {
					// invalid_kwds: '**' param ',' (param | '*' | '**' | '/')
					nt := p.tok()
					switch nt.Kind {
					case NAME, STAR, DOUBLESTAR, SLASH:
						p.errorAt(nt, nt, "arguments cannot follow var-keyword argument")
					}
				}
			}
			if !p.at(end) {
				p.fail()
			}
			return p.finishParams(args, plain)
		case NAME:
			a := p.param(annotated, false)
			var def Expr
			if p.at(EQUAL) {
				eq := p.next()
				if p.at(RPAR) || p.at(COMMA) {
					p.errorAt(eq, eq, "expected default value expression")
				}
				def = p.expression()
				if p.startsExpr() {
					p.forgotComma(def)
				}
			}
			if star {
				args.KwOnlyArgs = append(args.KwOnlyArgs, a)
				args.KwDefaults = append(args.KwDefaults, def)
			} else {
				if def != nil {
					sawDefault = true
					args.Defaults = append(args.Defaults, def)
				} else if sawDefault {
					p.errorNode(a, "non-default argument follows default argument")
				}
				plain = append(plain, a)
			}
		default:
			p.fail()
		}
		if !p.accept(COMMA) {
			break
		}
	}
	if !p.at(end) {
		p.fail()
	}
	return p.finishParams(args, plain)
}

func (p *parser) finishParams(args *Arguments, plain []*Arg) *Arguments {
	args.Args = plain
	return args
}

// param: NAME annotation? (star annotations allowed for *args).
func (p *parser) param(annotated, starAnnotation bool) *Arg {
	t := p.expect(NAME)
	a := &Arg{Pos: p.tokPos(t), Arg: p.text(t)}
	if annotated && p.accept(COLON) {
		if starAnnotation {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
			if p.startsExpr() {
				p.forgotComma(a.Annotation)
			}
		}
		a.Pos = p.from(t)
	}
	return a
}
