// Building the symbol table: the first pass, which records how each block
// uses each name. See doc.go for the overview.

package symtable

import (
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/syntax"
)

// BlockType is the kind of a block (CPython's _Py_block_ty).
type BlockType uint8

const (
	FunctionBlock BlockType = iota // a def, lambda or comprehension
	ClassBlock
	ModuleBlock
)

func (t BlockType) String() string {
	switch t {
	case ClassBlock:
		return "class"
	case ModuleBlock:
		return "module"
	}
	return "function"
}

// Flags records how a block uses a name (CPython's DEF_* bits).
type Flags uint16

const (
	DefGlobal    Flags = 1 << iota // global statement
	DefLocal                       // assignment in the block
	DefParam                       // formal parameter
	DefNonlocal                    // nonlocal statement
	Use                            // name is read
	DefFree                        // (unused in 3.11, kept for the numbering)
	DefFreeClass                   // free variable of a method that the class also binds
	DefImport                      // bound by an import
	DefAnnot                       // annotated (x: int)
	DefCompIter                    // a comprehension's iteration variable

	DefBound = DefLocal | DefParam | DefImport
)

// Scope is where a name lives, decided by the analysis (CPython's scope
// values, stored above SCOPE_OFFSET in CPython's symbol dicts).
type Scope uint8

const (
	ScopeNone      Scope = iota
	Local                // a fast local
	GlobalExplicit       // declared global
	GlobalImplicit       // not bound anywhere enclosing: module global or builtin
	Free                 // bound in an enclosing function
	Cell                 // local, and used by an enclosed function
)

var scopeNames = [...]string{"none", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

func (s Scope) String() string { return scopeNames[s] }

// Symbol is one name of a block.
type Symbol struct {
	Name  string
	Flags Flags
	Scope Scope
}

// Comprehension kinds (CPython's _Py_comprehension_ty).
const (
	NoComprehension = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Table is the symbol table of one block (CPython's PySTEntryObject).
type Table struct {
	Type     BlockType
	Name     string // "top", the function or class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr"
	Private  string // the class name that mangles names in this block ("" outside classes)
	Lineno   int
	Node     interface{} // *syntax.Module, *syntax.FunctionDef, *syntax.ClassDef, *syntax.Lambda or the comprehension
	Symbols  map[string]*Symbol
	Names    []string // symbol names in order of first appearance
	Varnames []string // parameters, in order (posonly, args, kwonly, *args, **kwargs)
	Children []*Table

	Nested            bool // inside a function (at any depth)
	Free              bool // has free variables
	ChildFree         bool // a child has free variables
	Generator         bool
	Coroutine         bool
	Comprehension     int // one of the comprehension kinds
	Varargs           bool
	Varkeywords       bool
	ReturnsValue      bool
	NeedsClassClosure bool // class block whose methods use __class__ (or super())

	directives     map[string]pos // first global/nonlocal directive per name, for errors
	compIterTarget bool
	compIterExpr   int
}

// Lookup returns the symbol called name in t, or nil. Names are stored
// mangled (see Mangle and Table.Private).
func (t *Table) Lookup(name string) *Symbol { return t.Symbols[name] }

// Symtable is the result of Build.
type Symtable struct {
	Top *Table
	// Blocks maps each block's AST node to its table.
	Blocks map[interface{}]*Table
	// FutureAnnotations is set by "from __future__ import annotations"
	// (annotations are then not evaluated, so not visited).
	FutureAnnotations bool
}

type pos struct{ line, col, endLine, endCol int32 }

func posOf(n syntax.Node) pos {
	p := n.Position()
	return pos{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset}
}

// builder is CPython's struct symtable during the first pass.
type builder struct {
	filename string
	st       *Symtable
	cur      *Table
	stack    []*Table
	global   *Table // the module's table (st_global)
	private  string // enclosing class name, for mangling
	depth    int
	future   bool
}

// bail unwinds the builder on the first error.
type bail struct{ err *syntax.SyntaxError }

// maxDepth is CPython 3.11's limit on the symbol table's recursion: the
// recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
const maxDepth = 3000

// Build computes the symbol table of a module. Errors are *syntax.SyntaxError
// with CPython's messages and positions (or, past maxDepth nesting, a
// RecursionError: see ErrRecursion).
func Build(mod *syntax.Module, filename string) (st *Symtable, err error) {
	b := &builder{filename: filename, st: &Symtable{Blocks: make(map[interface{}]*Table)}}
	defer func() {
		if r := recover(); r != nil {
			bl, ok := r.(bail)
			if !ok {
				panic(r)
			}
			st, err = nil, bl.err
		}
	}()
	b.future = futureAnnotations(mod)
	b.st.FutureAnnotations = b.future
	b.enter("top", ModuleBlock, mod, 0)
	b.global = b.cur
	for _, s := range mod.Body {
		b.stmt(s)
	}
	b.exit()
	b.analyze()
	return b.st, nil
}

// ErrRecursion is the message of the error Build returns for a tree nested
// deeper than maxDepth (a *syntax.SyntaxError of Kind KindRecursion, which
// the VM raises as RecursionError, as CPython does).
const ErrRecursion = "maximum recursion depth exceeded during compilation"

// futureAnnotations reports "from __future__ import annotations" among the
// module's leading future imports.
func futureAnnotations(mod *syntax.Module) bool {
	for i, s := range mod.Body {
		if e, ok := s.(*syntax.ExprStmt); ok && i == 0 {
			if c, ok := e.Value.(*syntax.Constant); ok {
				if _, ok := c.Value.(string); ok {
					continue
				}
			}
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

func (b *builder) errorf(p pos, format string, args ...interface{}) {
	panic(bail{&syntax.SyntaxError{Msg: fmt.Sprintf(format, args...), Filename: b.filename,
		Lineno: int(p.line), Offset: int(p.col) + 1, EndLineno: int(p.endLine), EndOffset: int(p.endCol) + 1}})
}

func (b *builder) enter(name string, typ BlockType, node interface{}, lineno int) {
	t := &Table{Type: typ, Name: name, Lineno: lineno, Node: node, Symbols: make(map[string]*Symbol), Private: b.private}
	if typ == ClassBlock {
		t.Private = name
	}
	if b.cur != nil {
		t.Nested = b.cur.Nested || b.cur.Type == FunctionBlock
		b.cur.Children = append(b.cur.Children, t)
	} else {
		b.st.Top = t
	}
	b.stack = append(b.stack, t)
	b.cur = t
	b.st.Blocks[node] = t
}

func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if len(b.stack) > 0 {
		b.cur = b.stack[len(b.stack)-1]
	} else {
		b.cur = nil
	}
}

// Mangle is CPython's _Py_Mangle: inside class C, a name __x (not ending
// in __, without dots) becomes _C__x.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (b *builder) lookup(name string) Flags {
	if s := b.cur.Symbols[Mangle(b.private, name)]; s != nil {
		return s.Flags
	}
	return 0
}

// addDef is symtable_add_def: record flag for name in the current block.
func (b *builder) addDef(name string, flag Flags, p pos) {
	b.addDefIn(b.cur, name, flag, p)
}

func (b *builder) addDefIn(t *Table, name string, flag Flags, p pos) {
	mangled := Mangle(b.private, name)
	s := t.Symbols[mangled]
	val := flag
	if s != nil {
		if flag&DefParam != 0 && s.Flags&DefParam != 0 {
			b.errorf(p, "duplicate argument '%s' in function definition", name)
		}
		val |= s.Flags
	}
	if t.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.errorf(p, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	if s == nil {
		s = &Symbol{Name: mangled}
		t.Symbols[mangled] = s
		t.Names = append(t.Names, mangled)
	}
	s.Flags = val
	if flag&DefParam != 0 {
		t.Varnames = append(t.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.global.Symbols[mangled]
		if g == nil {
			g = &Symbol{Name: mangled}
			b.global.Symbols[mangled] = g
			b.global.Names = append(b.global.Names, mangled)
		}
		g.Flags |= flag
	}
}

func (b *builder) recordDirective(name string, p pos) {
	if b.cur.directives == nil {
		b.cur.directives = make(map[string]pos)
	}
	m := Mangle(b.private, name)
	if _, ok := b.cur.directives[m]; !ok {
		b.cur.directives[m] = p
	}
}

func (b *builder) in() {
	b.depth++
	if b.depth > maxDepth {
		panic(bail{&syntax.SyntaxError{Kind: syntax.KindRecursion, Msg: ErrRecursion, Filename: b.filename}})
	}
}

func (b *builder) out() { b.depth-- }

func (b *builder) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		b.stmt(s)
	}
}

func (b *builder) exprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *builder) stmt(s syntax.Stmt) {
	b.in()
	defer b.out()
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.addDef(s.Name, DefLocal, posOf(s))
		b.exprs(s.Args.Defaults)
		b.exprs(s.Args.KwDefaults)
		b.annotations(s.Args, s.Returns)
		b.exprs(s.DecoratorList)
		b.enter(s.Name, FunctionBlock, s, int(s.Lineno))
		b.cur.Coroutine = s.IsAsync
		b.arguments(s.Args)
		b.stmts(s.Body)
		b.exit()
	case *syntax.ClassDef:
		b.addDef(s.Name, DefLocal, posOf(s))
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(s.Name, ClassBlock, s, int(s.Lineno))
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			cur := b.lookup(n.Id)
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.global && s.Simple {
				what := "global"
				if cur&DefGlobal == 0 {
					what = "nonlocal"
				}
				b.errorf(posOf(s), "annotated name '%s' can't be %s", n.Id, what)
			}
			if s.Simple {
				b.addDef(n.Id, DefAnnot|DefLocal, posOf(n))
			} else if s.Value != nil {
				b.addDef(n.Id, DefLocal, posOf(n))
			}
		} else {
			b.expr(s.Target)
		}
		b.annotation(s.Annotation)
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
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
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *syntax.Try:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if h.Type != nil {
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.addDef(h.Name, DefLocal, posOf(h))
			}
			b.stmts(h.Body)
		}
		b.stmts(s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			b.alias(a, true)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			b.alias(a, false)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			cur := b.lookup(name)
			if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
				var msg string
				switch {
				case cur&DefParam != 0:
					msg = "name '%s' is parameter and global"
				case cur&Use != 0:
					msg = "name '%s' is used prior to global declaration"
				case cur&DefAnnot != 0:
					msg = "annotated name '%s' can't be global"
				default:
					msg = "name '%s' is assigned to before global declaration"
				}
				b.errorf(posOf(s), msg, name)
			}
			b.addDef(name, DefGlobal, posOf(s))
			b.recordDirective(name, posOf(s))
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			cur := b.lookup(name)
			if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
				var msg string
				switch {
				case cur&DefParam != 0:
					msg = "name '%s' is parameter and nonlocal"
				case cur&Use != 0:
					msg = "name '%s' is used prior to nonlocal declaration"
				case cur&DefAnnot != 0:
					msg = "annotated name '%s' can't be nonlocal"
				default:
					msg = "name '%s' is assigned to before nonlocal declaration"
				}
				b.errorf(posOf(s), msg, name)
			}
			b.addDef(name, DefNonlocal, posOf(s))
			b.recordDirective(name, posOf(s))
		}
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.With:
		for _, it := range s.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.expr(it.OptionalVars)
			}
		}
		b.stmts(s.Body)
	}
}

// alias is symtable_visit_alias: import a.b binds a; import a.b as c binds c.
func (b *builder) alias(a *syntax.Alias, isImport bool) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	} else if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	if name == "*" {
		if b.cur.Type != ModuleBlock {
			b.errorf(posOf(a), "import * only allowed at module level")
		}
		return
	}
	b.addDef(name, DefImport, posOf(a))
}

// annotations is symtable_visit_annotations: parameter and return
// annotations are evaluated in the enclosing block, unless "from
// __future__ import annotations" makes them strings.
func (b *builder) annotations(a *syntax.Arguments, returns syntax.Expr) {
	if b.future {
		return
	}
	for _, list := range [][]*syntax.Arg{a.PosOnlyArgs, a.Args} {
		for _, arg := range list {
			if arg.Annotation != nil {
				b.expr(arg.Annotation)
			}
		}
	}
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	for _, arg := range a.KwOnlyArgs {
		if arg.Annotation != nil {
			b.expr(arg.Annotation)
		}
	}
	if returns != nil {
		b.expr(returns)
	}
}

func (b *builder) annotation(e syntax.Expr) {
	if !b.future {
		b.expr(e)
	}
}

// arguments is symtable_visit_arguments: the parameters of the current
// (function) block.
func (b *builder) arguments(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.PosOnlyArgs, a.Args, a.KwOnlyArgs} {
		for _, arg := range list {
			b.addDef(arg.Arg, DefParam, posOf(arg))
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, posOf(a.Vararg))
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, posOf(a.Kwarg))
		b.cur.Varkeywords = true
	}
}

func (b *builder) expr(e syntax.Expr) {
	b.in()
	defer b.out()
	switch e := e.(type) {
	case *syntax.NamedExpr:
		if b.cur.compIterExpr > 0 {
			b.errorf(posOf(e), "assignment expression cannot be used in a comprehension iterable expression")
		}
		if b.cur.Comprehension != NoComprehension {
			b.extendNamedExprScope(e.Target.(*syntax.Name))
		}
		b.expr(e.Value)
		b.expr(e.Target)
	case *syntax.BoolOp:
		b.exprs(e.Values)
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enter("lambda", FunctionBlock, e, int(e.Lineno))
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.GeneratorExp:
		b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.cur.Generator = true
		b.yieldInComprehension(e)
	case *syntax.YieldFrom:
		b.expr(e.Value)
		b.cur.Generator = true
		b.yieldInComprehension(e)
	case *syntax.Await:
		b.expr(e.Value)
		b.cur.Coroutine = true
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				b.expr(x)
			}
		}
	case *syntax.Name:
		flag := DefLocal
		if e.Ctx == syntax.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, posOf(e))
		// Special-case super: it counts as a use of __class__.
		if e.Ctx == syntax.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
			b.addDef("__class__", Use, posOf(e))
		}
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	}
}

func (b *builder) yieldInComprehension(e syntax.Expr) {
	what := ""
	switch b.cur.Comprehension {
	case ListComprehension:
		what = "list comprehension"
	case SetComprehension:
		what = "set comprehension"
	case DictComprehension:
		what = "dict comprehension"
	case GeneratorExpression:
		what = "generator expression"
	default:
		return
	}
	b.errorf(posOf(e), "'yield' inside %s", what)
}

// comprehension is symtable_handle_comprehension: the first iterable is
// evaluated in the enclosing block, the rest in a new function block whose
// parameter ".0" receives that iterator.
func (b *builder) comprehension(e syntax.Expr, name string, kind int, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionBlock, e, int(e.Position().Lineno))
	b.cur.Comprehension = kind
	if outer.IsAsync {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, posOf(e))
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	isGen := kind == GeneratorExpression
	b.cur.Generator = isGen
	isAsync := b.cur.Coroutine && !isGen
	b.exit()
	if isAsync {
		b.cur.Coroutine = true
	}
}

// extendNamedExprScope is symtable_extend_namedexpr_scope: the target of a
// named expression inside a comprehension binds in the nearest enclosing
// function or module block.
func (b *builder) extendNamedExprScope(n *syntax.Name) {
	p := posOf(n)
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			if s := t.Symbols[Mangle(b.private, n.Id)]; s != nil && s.Flags&DefCompIter != 0 {
				b.errorf(p, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
			}
			continue
		}
		switch t.Type {
		case FunctionBlock:
			if s := t.Symbols[Mangle(b.private, n.Id)]; s != nil && s.Flags&DefGlobal != 0 {
				b.addDef(n.Id, DefGlobal, p)
			} else {
				b.addDef(n.Id, DefNonlocal, p)
			}
			b.recordDirective(n.Id, p)
			b.addDefIn(t, n.Id, DefLocal, p)
			return
		case ModuleBlock:
			b.addDef(n.Id, DefGlobal, p)
			b.recordDirective(n.Id, p)
			b.addDefIn(t, n.Id, DefGlobal, p)
			return
		case ClassBlock:
			b.errorf(p, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}
