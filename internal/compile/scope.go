// Scope analysis (CPython's symtable.c, reduced to what the code generator needs).
// See doc.go. internal/symtable did not exist when the compiler was written; this
// file is the compiler's own analysis and can be replaced by it.
//
// Two passes. The first walks the AST and records, for each scope (module, class,
// function, lambda, comprehension), which names it binds, uses, and declares
// global or nonlocal. The second resolves the scopes top down: a name a function
// binds is local (or a cell if an inner function uses it); a name it uses but does
// not bind is free if an enclosing function binds it (the enclosing one then holds
// it in a cell, and every scope between passes it through as free), else global.
// Class bodies bind names in their namespace dict and are skipped when inner
// functions look outward, as in Python.

package compile

import (
	"github.com/pyheap/pyheap/internal/syntax"
)

// ScopeKind is the kind of a scope.
type ScopeKind uint8

const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
)

// Binding is how a name is resolved in a scope.
type Binding uint8

const (
	Unresolved     Binding = iota
	Local                  // a fast local of a function
	Cell                   // a local held in a cell because an inner function uses it
	Free                   // a variable of an enclosing function, reached through a cell
	GlobalExplicit         // declared global
	GlobalImplicit         // not bound anywhere enclosing: global or builtin
	NameBinding            // module or class namespace (LOAD_NAME)
)

const (
	flagAssigned = 1 << iota
	flagParam
	flagUsed
	flagGlobal
	flagNonlocal
	flagFreeUse // used by an inner scope (computed)
)

// scope is one scope's analysis.
type scope struct {
	kind      ScopeKind
	name      string
	node      interface{}
	parent    *scope
	children  []*scope
	flags     map[string]int
	order     []string // names in first-seen order
	params    []string // parameters in order
	bind      map[string]Binding
	isGen     bool
	isComp    bool
	hasSuper  bool // uses super or __class__ (class scopes then get a __class__ cell)
	needClass bool // a class scope whose methods use __class__
	freeOrder []string
	cellOrder []string
	errs      []*syntax.SyntaxError
	lineno    int
}

func newScope(kind ScopeKind, name string, node interface{}, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent, flags: map[string]int{}, bind: map[string]Binding{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) add(name string, f int) {
	if _, ok := s.flags[name]; !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] |= f
}

// binder walks the AST for the first pass.
type binder struct {
	cur    *scope
	scopes map[interface{}]*scope
	err    *syntax.SyntaxError
	file   string
}

func (b *binder) push(kind ScopeKind, name string, node interface{}) *scope {
	s := newScope(kind, name, node, b.cur)
	b.scopes[node] = s
	b.cur = s
	return s
}

func (b *binder) pop() { b.cur = b.cur.parent }

func (b *binder) fail(n syntax.Node, msg string) {
	if b.err == nil {
		p := n.Position()
		b.err = &syntax.SyntaxError{Msg: msg, Filename: b.file, Lineno: int(p.Lineno), Offset: int(p.ColOffset) + 1,
			EndLineno: int(p.EndLineno), EndOffset: int(p.EndColOffset) + 1}
	}
}

func (b *binder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *binder) bindName(n syntax.Node, name string) {
	s := b.cur
	f := s.flags[name]
	if f&flagGlobal != 0 || f&flagNonlocal != 0 {
		s.add(name, flagAssigned)
		return
	}
	s.add(name, flagAssigned)
}

func (b *binder) args(a *syntax.Arguments) {
	for _, d := range a.Defaults {
		b.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(d)
		}
	}
	ann := func(x *syntax.Arg) {
		if x != nil && x.Annotation != nil {
			b.expr(x.Annotation)
		}
	}
	for _, x := range a.PosOnlyArgs {
		ann(x)
	}
	for _, x := range a.Args {
		ann(x)
	}
	ann(a.Vararg)
	for _, x := range a.KwOnlyArgs {
		ann(x)
	}
	ann(a.Kwarg)
}

func (b *binder) params(s *scope, a *syntax.Arguments) {
	p := func(x *syntax.Arg) {
		if _, dup := s.flags[x.Arg]; dup && s.flags[x.Arg]&flagParam != 0 {
			b.fail(x, "duplicate argument '"+x.Arg+"' in function definition")
		}
		s.add(x.Arg, flagParam|flagAssigned)
		s.params = append(s.params, x.Arg)
	}
	for _, x := range a.PosOnlyArgs {
		p(x)
	}
	for _, x := range a.Args {
		p(x)
	}
	for _, x := range a.KwOnlyArgs {
		p(x)
	}
	if a.Vararg != nil {
		p(a.Vararg)
	}
	if a.Kwarg != nil {
		p(a.Kwarg)
	}
}

func (b *binder) stmt(st syntax.Stmt) {
	switch s := st.(type) {
	case *syntax.FunctionDef:
		for _, d := range s.DecoratorList {
			b.expr(d)
		}
		b.args(s.Args)
		if s.Returns != nil {
			b.expr(s.Returns)
		}
		b.bindName(s, s.Name)
		fs := b.push(FunctionScope, s.Name, s)
		fs.lineno = int(s.Lineno)
		b.params(fs, s.Args)
		b.stmts(s.Body)
		b.pop()
	case *syntax.ClassDef:
		for _, d := range s.DecoratorList {
			b.expr(d)
		}
		for _, e := range s.Bases {
			b.expr(e)
		}
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.bindName(s, s.Name)
		cs := b.push(ClassScope, s.Name, s)
		cs.lineno = int(s.Lineno)
		b.stmts(s.Body)
		b.pop()
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			b.target(t)
		}
	case *syntax.Assign:
		b.expr(s.Value)
		for _, t := range s.Targets {
			b.target(t)
		}
	case *syntax.AugAssign:
		b.expr(s.Value)
		b.target(s.Target)
		if n, ok := s.Target.(*syntax.Name); ok {
			b.cur.add(n.Id, flagUsed)
		}
	case *syntax.AnnAssign:
		if s.Value != nil {
			b.expr(s.Value)
		}
		if n, ok := s.Target.(*syntax.Name); ok {
			f := b.cur.flags[n.Id]
			if f&(flagGlobal|flagNonlocal) != 0 && s.Simple {
				kind := "global"
				if f&flagNonlocal != 0 {
					kind = "nonlocal"
				}
				b.fail(s, "annotated name '"+n.Id+"' can't be "+kind)
			}
			if s.Value != nil || b.cur.kind != FunctionScope {
				b.target(s.Target)
			} else {
				b.cur.add(n.Id, flagAssigned)
			}
		} else {
			b.target(s.Target)
		}
		if b.cur.kind != FunctionScope {
			b.expr(s.Annotation)
		}
	case *syntax.For:
		b.expr(s.Iter)
		b.target(s.Target)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.target(it.OptionalVars)
			}
		}
		b.stmts(s.Body)
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
		}
		if s.Cause != nil {
			b.expr(s.Cause)
		}
	case *syntax.Try:
		b.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.bindName(h, h.Name)
			}
			b.stmts(h.Body)
		}
		b.stmts(s.Orelse)
		b.stmts(s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexDot(name); i >= 0 {
					name = name[:i]
				}
			}
			b.bindName(a, name)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if b.cur.kind != ModuleScope {
					b.fail(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			b.bindName(a, name)
		}
	case *syntax.Global:
		for _, n := range s.Names {
			f := b.cur.flags[n]
			if f&flagParam != 0 {
				b.fail(s, "name '"+n+"' is parameter and global")
			} else if f&flagNonlocal != 0 {
				b.fail(s, "name '"+n+"' is nonlocal and global")
			} else if f&flagAssigned != 0 {
				b.fail(s, "name '"+n+"' is assigned to before global declaration")
			} else if f&flagUsed != 0 {
				b.fail(s, "name '"+n+"' is used prior to global declaration")
			}
			b.cur.add(n, flagGlobal)
		}
	case *syntax.Nonlocal:
		for _, n := range s.Names {
			f := b.cur.flags[n]
			if b.cur.kind == ModuleScope {
				b.fail(s, "nonlocal declaration not allowed at module level")
			} else if f&flagParam != 0 {
				b.fail(s, "name '"+n+"' is parameter and nonlocal")
			} else if f&flagGlobal != 0 {
				b.fail(s, "name '"+n+"' is nonlocal and global")
			} else if f&flagAssigned != 0 {
				b.fail(s, "name '"+n+"' is assigned to before nonlocal declaration")
			} else if f&flagUsed != 0 {
				b.fail(s, "name '"+n+"' is used prior to nonlocal declaration")
			}
			b.cur.add(n, flagNonlocal)
		}
	case *syntax.ExprStmt:
		b.expr(s.Value)
	}
}

func indexDot(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func (b *binder) target(t syntax.Expr) {
	switch e := t.(type) {
	case *syntax.Name:
		b.bindName(e, e.Id)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			b.target(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			b.target(x)
		}
	case *syntax.Starred:
		b.target(e.Value)
	default:
		b.expr(t)
	}
}

func (b *binder) comp(node syntax.Expr, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	b.expr(gens[0].Iter)
	cs := b.push(FunctionScope, "<comp>", node)
	cs.isComp = true
	if _, ok := node.(*syntax.GeneratorExp); ok {
		cs.isGen = true
	}
	cs.add(".0", flagParam|flagAssigned)
	cs.params = []string{".0"}
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter)
		}
		b.target(g.Target)
		for _, c := range g.Ifs {
			b.expr(c)
		}
	}
	for _, e := range elts {
		b.expr(e)
	}
	b.pop()
}

func (b *binder) expr(x syntax.Expr) {
	switch e := x.(type) {
	case nil:
	case *syntax.BoolOp:
		for _, v := range e.Values {
			b.expr(v)
		}
	case *syntax.NamedExpr:
		b.expr(e.Value)
		n := e.Target.(*syntax.Name)
		s := b.cur
		for s.isComp {
			if s.flags[n.Id]&flagAssigned != 0 && s.flags[n.Id]&flagParam == 0 {
				b.fail(e, "assignment expression cannot rebind comprehension iteration variable '"+n.Id+"'")
				return
			}
			s = s.parent
		}
		if s.kind == ClassScope && s != b.cur {
			b.fail(e, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
		if s != b.cur {
			// Bound in the enclosing scope, free in the comprehensions between.
			if s.kind == FunctionScope {
				s.add(n.Id, flagAssigned)
				for c := b.cur; c != s; c = c.parent {
					c.add(n.Id, flagNonlocal)
				}
			} else {
				s.add(n.Id, flagAssigned|flagGlobal*0)
				for c := b.cur; c != s; c = c.parent {
					c.add(n.Id, flagGlobal)
				}
			}
		} else {
			b.bindName(n, n.Id)
		}
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.args(e.Args)
		ls := b.push(FunctionScope, "<lambda>", e)
		ls.lineno = int(e.Lineno)
		b.params(ls, e.Args)
		b.expr(e.Body)
		b.pop()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				b.expr(k)
			}
			b.expr(e.Values[i])
		}
	case *syntax.Set:
		for _, v := range e.Elts {
			b.expr(v)
		}
	case *syntax.ListComp:
		b.comp(e, e.Generators, e.Elt)
	case *syntax.SetComp:
		b.comp(e, e.Generators, e.Elt)
	case *syntax.DictComp:
		b.comp(e, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		b.comp(e, e.Generators, e.Elt)
	case *syntax.Await:
		b.expr(e.Value)
	case *syntax.Yield:
		b.yield(e)
		b.expr(e.Value)
	case *syntax.YieldFrom:
		b.yield(e)
		b.expr(e.Value)
	case *syntax.Compare:
		b.expr(e.Left)
		for _, c := range e.Comparators {
			b.expr(c)
		}
	case *syntax.Call:
		b.expr(e.Func)
		for _, a := range e.Args {
			b.expr(a)
		}
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			b.expr(v)
		}
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			b.cur.add(e.Id, flagUsed)
			if e.Id == "super" || e.Id == "__class__" {
				b.cur.hasSuper = true
			}
		} else {
			b.target(e)
		}
	case *syntax.List:
		for _, v := range e.Elts {
			b.expr(v)
		}
	case *syntax.Tuple:
		for _, v := range e.Elts {
			b.expr(v)
		}
	case *syntax.Slice:
		b.expr(e.Lower)
		b.expr(e.Upper)
		b.expr(e.Step)
	}
}

func (b *binder) yield(e syntax.Expr) {
	s := b.cur
	if s.kind != FunctionScope {
		b.fail(e, "'yield' outside function")
		return
	}
	if s.isComp && !s.isGen {
		b.fail(e, "'yield' inside list comprehension")
		return
	}
	if s.isComp {
		b.fail(e, "'yield' inside generator expression")
		return
	}
	s.isGen = true
}

// resolve computes the bindings of s and its children.
func (s *scope) resolve() *syntax.SyntaxError {
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&flagGlobal != 0:
			s.bind[name] = GlobalExplicit
		case f&flagNonlocal != 0:
			s.bind[name] = Free
		case s.kind != FunctionScope && f&flagAssigned != 0:
			s.bind[name] = NameBinding
		case f&flagAssigned != 0:
			s.bind[name] = Local
		}
	}
	// Names used but not bound here: look outward.
	for _, name := range s.order {
		if _, ok := s.bind[name]; ok {
			continue
		}
		if s.kind == ModuleScope {
			s.bind[name] = NameBinding
			continue
		}
		if b := s.lookupOuter(name); b {
			s.bind[name] = Free
		} else if s.kind == ClassScope {
			s.bind[name] = NameBinding
		} else {
			s.bind[name] = GlobalImplicit
		}
	}
	for _, name := range s.order {
		if s.bind[name] == Free && s.flags[name]&flagNonlocal != 0 {
			if !s.lookupOuter(name) {
				return &syntax.SyntaxError{Msg: "no binding for nonlocal '" + name + "' found", Lineno: s.lineno}
			}
		}
	}
	if s.kind == FunctionScope && s.hasSuper {
		// super() and __class__ need the enclosing class's __class__ cell.
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == ClassScope {
				p.needClass = true
				s.bind["__class__"] = Free
				s.addFree("__class__")
				if _, ok := s.flags["__class__"]; !ok {
					s.order = append(s.order, "__class__")
					s.flags["__class__"] = 0
				}
				for q := s.parent; q != p; q = q.parent {
					if _, ok := q.flags["__class__"]; !ok {
						q.order = append(q.order, "__class__")
						q.flags["__class__"] = 0
					}
					q.bind["__class__"] = Free
					q.addFree("__class__")
				}
				break
			}
		}
	}
	for _, c := range s.children {
		if err := c.resolve(); err != nil {
			return err
		}
	}
	return nil
}

func (s *scope) addFree(name string) {
	for _, n := range s.freeOrder {
		if n == name {
			return
		}
	}
	s.freeOrder = append(s.freeOrder, name)
}

func (s *scope) addCell(name string) {
	for _, n := range s.cellOrder {
		if n == name {
			return
		}
	}
	s.cellOrder = append(s.cellOrder, name)
}

// lookupOuter finds name bound in an enclosing function scope; on success it makes
// that binding a cell and the scopes in between pass the name through as free.
func (s *scope) lookupOuter(name string) bool {
	var path []*scope
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == ModuleScope {
			return false
		}
		if p.kind == ClassScope {
			path = append(path, p)
			continue
		}
		f := p.flags[name]
		if f&flagGlobal != 0 {
			return false
		}
		if f&flagNonlocal != 0 || (f&flagAssigned != 0) || p.bind[name] == Free || p.bind[name] == Cell {
			if p.bind[name] == Local || (p.bind[name] == Unresolved && f&flagAssigned != 0 && f&flagNonlocal == 0) {
				p.bind[name] = Cell
				p.addCell(name)
			} else if p.bind[name] == Cell {
				p.addCell(name)
			}
			for _, q := range path {
				if q.kind == ClassScope {
					// A class between: the name passes through its closure.
					q.addFree(name)
					if _, ok := q.bind[name]; !ok {
						q.bind[name] = Free
					}
				} else {
					q.bind[name] = Free
					q.addFree(name)
				}
			}
			s.addFree(name)
			return true
		}
		path = append(path, p)
	}
	return false
}

// analyze runs both passes over a module.
func analyze(file string, mod *syntax.Module) (map[interface{}]*scope, *scope, *syntax.SyntaxError) {
	b := &binder{scopes: map[interface{}]*scope{}, file: file}
	top := b.push(ModuleScope, "<module>", mod)
	b.stmts(mod.Body)
	if b.err != nil {
		return nil, nil, b.err
	}
	if err := top.resolve(); err != nil {
		err.Filename = file
		return nil, nil, err
	}
	// Cells of class scopes: __class__ when a method needs it.
	for _, s := range b.scopes {
		if s.kind == ClassScope && s.needClass {
			s.addCell("__class__")
		}
	}
	return b.scopes, top, nil
}
