// Walking the tree. See doc.go for the overview.

package syntax

// Inspect calls f for n and, if f returns true, for each of n's children in
// field order (as CPython's ast.iter_child_nodes lists them), recursively.
// n may be any node type, including *Module, *Arguments, *Arg, *Keyword,
// *Alias, *WithItem, *Comprehension and *ExceptHandler.
func Inspect(n interface{}, f func(interface{}) bool) {
	if n == nil || !f(n) {
		return
	}
	ex := func(e Expr) {
		if e != nil {
			Inspect(e, f)
		}
	}
	exs := func(es []Expr) {
		for _, e := range es {
			ex(e)
		}
	}
	sts := func(ss []Stmt) {
		for _, s := range ss {
			Inspect(s, f)
		}
	}
	comps := func(gs []*Comprehension) {
		for _, g := range gs {
			Inspect(g, f)
		}
	}
	switch n := n.(type) {
	case *Module:
		sts(n.Body)
	case *FunctionDef:
		Inspect(n.Args, f)
		sts(n.Body)
		exs(n.DecoratorList)
		ex(n.Returns)
	case *ClassDef:
		exs(n.Bases)
		for _, k := range n.Keywords {
			Inspect(k, f)
		}
		sts(n.Body)
		exs(n.DecoratorList)
	case *Return:
		ex(n.Value)
	case *Delete:
		exs(n.Targets)
	case *Assign:
		exs(n.Targets)
		ex(n.Value)
	case *AugAssign:
		ex(n.Target)
		ex(n.Value)
	case *AnnAssign:
		ex(n.Target)
		ex(n.Annotation)
		ex(n.Value)
	case *For:
		ex(n.Target)
		ex(n.Iter)
		sts(n.Body)
		sts(n.Orelse)
	case *While:
		ex(n.Test)
		sts(n.Body)
		sts(n.Orelse)
	case *If:
		ex(n.Test)
		sts(n.Body)
		sts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			Inspect(it, f)
		}
		sts(n.Body)
	case *Raise:
		ex(n.Exc)
		ex(n.Cause)
	case *Try:
		sts(n.Body)
		for _, h := range n.Handlers {
			Inspect(h, f)
		}
		sts(n.Orelse)
		sts(n.Finalbody)
	case *Assert:
		ex(n.Test)
		ex(n.Msg)
	case *Import:
		for _, a := range n.Names {
			Inspect(a, f)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Inspect(a, f)
		}
	case *ExprStmt:
		ex(n.Value)
	case *BoolOp:
		exs(n.Values)
	case *NamedExpr:
		ex(n.Target)
		ex(n.Value)
	case *BinOp:
		ex(n.Left)
		ex(n.Right)
	case *UnaryOp:
		ex(n.Operand)
	case *Lambda:
		Inspect(n.Args, f)
		ex(n.Body)
	case *IfExp:
		ex(n.Test)
		ex(n.Body)
		ex(n.Orelse)
	case *Dict:
		exs(n.Keys)
		exs(n.Values)
	case *Set:
		exs(n.Elts)
	case *ListComp:
		ex(n.Elt)
		comps(n.Generators)
	case *SetComp:
		ex(n.Elt)
		comps(n.Generators)
	case *DictComp:
		ex(n.Key)
		ex(n.Value)
		comps(n.Generators)
	case *GeneratorExp:
		ex(n.Elt)
		comps(n.Generators)
	case *Await:
		ex(n.Value)
	case *Yield:
		ex(n.Value)
	case *YieldFrom:
		ex(n.Value)
	case *Compare:
		ex(n.Left)
		exs(n.Comparators)
	case *Call:
		ex(n.Func)
		exs(n.Args)
		for _, k := range n.Keywords {
			Inspect(k, f)
		}
	case *FormattedValue:
		ex(n.Value)
		ex(n.FormatSpec)
	case *JoinedStr:
		exs(n.Values)
	case *Attribute:
		ex(n.Value)
	case *Subscript:
		ex(n.Value)
		ex(n.Slice)
	case *Starred:
		ex(n.Value)
	case *List:
		exs(n.Elts)
	case *Tuple:
		exs(n.Elts)
	case *Slice:
		ex(n.Lower)
		ex(n.Upper)
		ex(n.Step)
	case *Comprehension:
		ex(n.Target)
		ex(n.Iter)
		exs(n.Ifs)
	case *ExceptHandler:
		ex(n.Type)
		sts(n.Body)
	case *Arguments:
		for _, a := range n.PosOnlyArgs {
			Inspect(a, f)
		}
		for _, a := range n.Args {
			Inspect(a, f)
		}
		if n.Vararg != nil {
			Inspect(n.Vararg, f)
		}
		for _, a := range n.KwOnlyArgs {
			Inspect(a, f)
		}
		exs(n.KwDefaults)
		if n.Kwarg != nil {
			Inspect(n.Kwarg, f)
		}
		exs(n.Defaults)
	case *Arg:
		ex(n.Annotation)
	case *Keyword:
		ex(n.Value)
	case *WithItem:
		ex(n.ContextExpr)
		ex(n.OptionalVars)
	}
}
