// The code generator: AST to Code. See doc.go.

package compile

import (
	"math/big"
	"strings"

	"github.com/pyheap/pyheap/internal/syntax"
)

// maxCompileDepth bounds the nesting of expressions the compiler accepts (CPython's
// is three times the recursion limit, 3000, less the depth of the caller).
const maxCompileDepth = 2990

// Mode is what a source is compiled as (CPython's compile() modes).
type Mode int

const (
	Exec   Mode = iota // a module: statements
	Eval               // one expression, whose value is returned
	Single             // one interactive statement: expression values are printed
)

// Compile parses and compiles src. Errors are *syntax.SyntaxError.
func Compile(filename string, src []byte, mode Mode) (code *Code, err error) {
	var mod *syntax.Module
	if mode == Eval {
		e, err := syntax.ParseExpr(filename, src)
		if err != nil {
			return nil, err
		}
		mod = &syntax.Module{Body: []syntax.Stmt{&syntax.Return{Pos: *e.Position(), Value: e}}}
	} else {
		if mode == Single {
			mod, err = syntax.ParseSingle(filename, string(src))
		} else {
			mod, err = syntax.Parse(filename, src)
		}
		if err != nil {
			return nil, err
		}
	}
	return CompileModule(filename, src, mod, mode)
}

// CompileModule compiles a parsed module.
func CompileModule(filename string, src []byte, mod *syntax.Module, mode Mode) (code *Code, err error) {
	scopes, top, serr := analyzeSymtable(filename, mod)
	if serr != nil {
		fillText(serr, src)
		return nil, serr
	}
	c := &compiler{file: filename, src: src, scopes: scopes, mode: mode}
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*syntax.SyntaxError); ok {
				fillText(se, src)
				code, err = nil, se
				return
			}
			panic(r)
		}
	}()
	c.enter(top, "<module>", "<module>", 1)
	if mode != Eval && hasAnnotations(mod.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if mode == Eval {
		c.expr(mod.Body[0].(*syntax.Return).Value)
		c.emit(RETURN_VALUE, 0)
	} else {
		c.body(mod.Body, mode == Exec)
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	code = c.leave()
	code.Warnings = c.warnings
	return code, nil
}

// hasAnnotations reports whether a module or class body has annotated names (not
// looking into functions and classes), which need __annotations__.
func hasAnnotations(body []syntax.Stmt) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *syntax.AnnAssign:
			if s.Simple {
				return true
			}
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func fillText(se *syntax.SyntaxError, src []byte) {
	if se.Text != "" || se.Lineno <= 0 {
		return
	}
	lines := strings.SplitAfter(string(src), "\n")
	if se.Lineno <= len(lines) {
		se.Text = lines[se.Lineno-1]
	}
}

type fblockKind int

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandler
	fbHandlerNamed
)

type fblock struct {
	kind          fblockKind
	start, exit   *label
	finalbody     []syntax.Stmt
	name          string
	breakContinue bool
}

type label struct {
	pc   int   // -1 until placed
	refs []int // instructions to patch
}

type unit struct {
	code     *Code
	scope    *scope
	consts   map[string]int
	names    map[string]int
	varIdx   map[string]int
	cellIdx  map[string]int
	freeIdx  map[string]int
	fblocks  []*fblock
	loc      Loc
	locs     []Loc // one per instruction, encoded into code.Locations by leave
	qualname string
}

type compiler struct {
	file   string
	src    []byte
	scopes map[interface{}]*scope
	u      *unit
	stack  []*unit
	mode   Mode
	depth  int
	// warnings are the SyntaxWarnings found so far (warn.go).
	warnings []Warning
}

func (c *compiler) errorAt(n syntax.Node, msg string) {
	p := n.Position()
	panic(&syntax.SyntaxError{Msg: msg, Filename: c.file, Lineno: int(p.Lineno), Offset: int(p.ColOffset) + 1,
		EndLineno: int(p.EndLineno), EndOffset: int(p.EndColOffset) + 1})
}

func (c *compiler) enter(s *scope, name, qualname string, firstLine int) {
	code := &Code{Name: name, QualName: qualname, Filename: c.file, FirstLine: firstLine, Source: c.src}
	u := &unit{code: code, scope: s, consts: map[string]int{}, names: map[string]int{}, varIdx: map[string]int{},
		cellIdx: map[string]int{}, freeIdx: map[string]int{}, qualname: qualname}
	if s.kind == FunctionScope {
		code.Flags |= FlagOptimized | FlagNewLocals
		for _, p := range s.params {
			u.varIdx[p] = len(code.VarNames)
			code.VarNames = append(code.VarNames, p)
		}
		for _, n := range s.order {
			if s.bind[n] == Local {
				if _, ok := u.varIdx[n]; !ok {
					u.varIdx[n] = len(code.VarNames)
					code.VarNames = append(code.VarNames, n)
				}
			}
		}
		if s.isGen {
			code.Flags |= FlagGenerator
		}
	}
	for _, n := range s.cellOrder {
		u.cellIdx[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		arg := -1
		for i, p := range s.params {
			if p == n {
				arg = i
			}
		}
		code.Cell2Arg = append(code.Cell2Arg, arg)
	}
	for _, n := range s.freeOrder {
		u.freeIdx[n] = len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	if len(code.FreeVars) > 0 {
		code.Flags |= FlagNested
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.loc = c.u.loc
	}
	c.u = u
}

func (c *compiler) leave() *Code {
	code := c.u.code
	code.StackSize = code.computeStackSize()
	code.Locations = EncodeLocations(c.u.locs)
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

func (c *compiler) at(n syntax.Node) {
	p := n.Position()
	c.u.loc = Loc{p.Lineno, p.EndLineno, p.ColOffset, p.EndColOffset}
}

func (c *compiler) emit(op Op, arg int) int {
	code := c.u.code
	if arg > MaxArg || len(code.Instrs) >= MaxArg {
		c.tooLarge()
	}
	code.Instrs = append(code.Instrs, uint32(op)|uint32(arg)<<8)
	c.u.locs = append(c.u.locs, c.u.loc)
	return len(code.Instrs) - 1
}

func (c *compiler) newLabel() *label { return &label{pc: -1} }

func (c *compiler) jump(op Op, l *label) {
	pc := c.emit(op, 0)
	if l.pc >= 0 {
		c.patch(pc, l.pc)
	} else {
		l.refs = append(l.refs, pc)
	}
}

// MaxArg is the largest instruction argument (24 bits) and the most instructions a
// code object may have. CPython would widen with EXTENDED_ARG; pyheap refuses the
// code instead, so no argument is ever silently truncated (and the eval loop can
// index instructions under a 24-bit mask).
const MaxArg = 1<<24 - 1

// tooLarge rejects a code object whose instructions or arguments do not fit.
func (c *compiler) tooLarge() {
	l := c.u.loc
	panic(&syntax.SyntaxError{Msg: "too many statements, names or constants in one code block", Filename: c.file,
		Lineno: int(l.Line), Offset: int(l.Col) + 1, EndLineno: int(l.EndLine), EndOffset: int(l.EndCol) + 1})
}

func (c *compiler) patch(pc, target int) {
	ins := c.u.code.Instrs[pc]
	c.u.code.Instrs[pc] = ins&0xff | uint32(target)<<8
}

func (c *compiler) place(l *label) {
	l.pc = len(c.u.code.Instrs)
	for _, r := range l.refs {
		c.patch(r, l.pc)
	}
	l.refs = nil
}

func (c *compiler) constIndex(k interface{}) int {
	key := constKey(k)
	if _, isCode := k.(*Code); !isCode {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
	}
	i := len(c.u.code.Consts)
	c.u.code.Consts = append(c.u.code.Consts, k)
	if _, isCode := k.(*Code); !isCode {
		c.u.consts[key] = i
	}
	return i
}

func (c *compiler) loadConst(k interface{}) { c.emit(LOAD_CONST, c.constIndex(k)) }

func (c *compiler) nameIndex(n string) int {
	if i, ok := c.u.names[n]; ok {
		return i
	}
	i := len(c.u.code.Names)
	c.u.code.Names = append(c.u.code.Names, n)
	c.u.names[n] = i
	return i
}

// mangle applies private name mangling (__x in a class → _Class__x).
func (c *compiler) mangle(name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	for i := len(c.stack); i >= 0; i-- {
		u := c.u
		if i < len(c.stack) {
			u = c.stack[i]
		}
		if u.scope.kind == ClassScope {
			cls := strings.TrimLeft(u.scope.name, "_")
			if cls == "" {
				return name
			}
			return "_" + cls + name
		}
	}
	return name
}

// ---- names ----

func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	u := c.u
	mangled := c.mangle(name)
	b := u.scope.bind[name]
	if b == Unresolved {
		b = u.scope.bind[mangled]
	}
	if b == Unresolved {
		if u.scope.kind == FunctionScope {
			b = GlobalImplicit
		} else {
			b = NameBinding
		}
	}
	name = mangled
	switch b {
	case Local:
		i := u.varIdx[name]
		c.emit([...]Op{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], i)
		return
	case Cell, Free:
		var i int
		if ci, ok := u.cellIdx[name]; ok {
			i = len(u.code.VarNames) + ci
		} else if fi, ok := u.freeIdx[name]; ok {
			i = len(u.code.VarNames) + len(u.code.CellVars) + fi
		} else {
			break
		}
		if ctx == syntax.Load && u.scope.kind == ClassScope {
			c.emit(LOAD_CLASSDEREF, i)
			return
		}
		c.emit([...]Op{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}[ctx], i)
		return
	case GlobalExplicit:
		c.emit([...]Op{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.nameIndex(name))
		return
	case GlobalImplicit:
		if u.scope.kind == FunctionScope {
			c.emit([...]Op{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.nameIndex(name))
			return
		}
	}
	c.emit([...]Op{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], c.nameIndex(name))
}

// ---- statements ----

func (c *compiler) body(stmts []syntax.Stmt, docstring bool) {
	if docstring && len(stmts) > 0 {
		if es, ok := stmts[0].(*syntax.ExprStmt); ok {
			if k, ok := es.Value.(*syntax.Constant); ok {
				if _, ok := k.Value.(string); ok {
					c.at(es)
					c.loadConst(k.Value)
					c.nameOp("__doc__", syntax.Store)
					stmts = stmts[1:]
				}
			}
		}
	}
	for _, s := range stmts {
		c.stmt(s)
	}
}

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	c.at(st)
	c.depth++
	if c.depth > 200 {
		c.errorAt(st, "too many statically nested blocks")
	}
	defer func() { c.depth-- }()
	switch s := st.(type) {
	case *syntax.ExprStmt:
		if c.mode == Single && len(c.stack) == 0 {
			c.expr(s.Value)
			c.at(st)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if k, ok := s.Value.(*syntax.Constant); ok {
			_ = k
			return
		}
		c.expr(s.Value)
		c.at(st)
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Pass:
		c.emit(NOP, 0)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.If:
		end := c.newLabel()
		if len(s.Orelse) > 0 {
			els := c.newLabel()
			c.cond(s.Test, els, false)
			c.stmts(s.Body)
			c.jump(JUMP, end)
			c.place(els)
			c.stmts(s.Orelse)
		} else {
			c.cond(s.Test, end, false)
			c.stmts(s.Body)
		}
		c.place(end)
	case *syntax.While:
		c.while(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.Break:
		c.breakContinue(s, true)
	case *syntax.Continue:
		c.breakContinue(s, false)
	case *syntax.Return:
		if c.u.scope.kind != FunctionScope || c.u.scope.isComp {
			c.errorAt(s, "'return' outside function")
		}
		preserve := false
		if s.Value != nil {
			c.expr(s.Value)
			preserve = true
		} else {
			c.loadConst(nil)
			preserve = true
		}
		c.unwindAll(preserve)
		c.at(s)
		c.emit(RETURN_VALUE, 0)
	case *syntax.FunctionDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.at(s)
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		if s.IsStar {
			c.errorAt(s, "except* is not supported")
		}
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *syntax.With:
		if s.IsAsync {
			c.errorAt(s, "'async with' outside async function")
		}
		c.with(s, 0)
	case *syntax.Assert:
		c.checkAssert(s)
		end := c.newLabel()
		c.cond(s.Test, end, true)
		c.at(s.Test)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.at(s.Test)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.place(end)
	case *syntax.Import:
		for _, a := range s.Names {
			c.at(s)
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(IMPORT_NAME, c.nameIndex(a.Name))
			if a.Asname != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					c.emit(IMPORT_FROM, c.nameIndex(p))
					c.emit(SWAP, 2)
					c.emit(POP_TOP, 0)
				}
				c.nameOp(a.Asname, syntax.Store)
			} else {
				c.nameOp(strings.Split(a.Name, ".")[0], syntax.Store)
			}
		}
	case *syntax.ImportFrom:
		c.loadConst(int64(s.Level))
		names := make(Tuple, len(s.Names))
		for i, a := range s.Names {
			names[i] = a.Name
		}
		c.loadConst(names)
		c.emit(IMPORT_NAME, c.nameIndex(s.Module))
		for _, a := range s.Names {
			c.at(s)
			if a.Name == "*" {
				c.at(s)
				c.emit(IMPORT_STAR, 0)
				return
			}
			c.emit(IMPORT_FROM, c.nameIndex(a.Name))
			n := a.Asname
			if n == "" {
				n = a.Name
			}
			c.nameOp(n, syntax.Store)
		}
		c.at(s)
		c.emit(POP_TOP, 0)
	case *syntax.Global, *syntax.Nonlocal:
	default:
		c.errorAt(st, "unsupported statement")
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assign(s.Target)
	}
	if n, ok := s.Target.(*syntax.Name); ok && s.Simple && c.u.scope.kind != FunctionScope {
		// __annotations__[name] = annotation
		c.expr(s.Annotation)
		c.at(s)
		c.emit(LOAD_NAME, c.nameIndex("__annotations__"))
		c.loadConst(c.mangle(n.Id))
		c.emit(STORE_SUBSCR, 0)
	} else if c.u.scope.kind != FunctionScope {
		switch t := s.Target.(type) {
		case *syntax.Attribute:
			if s.Value == nil {
				c.expr(t.Value)
				c.emit(POP_TOP, 0)
			}
		case *syntax.Subscript:
			if s.Value == nil {
				c.expr(t.Value)
				c.emit(POP_TOP, 0)
				c.expr(t.Slice)
				c.emit(POP_TOP, 0)
			}
		}
		c.expr(s.Annotation)
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binOpArg(s.Op) + BinInplace
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.at(t)
		c.nameOp(t.Id, syntax.Load)
		c.expr(s.Value)
		c.at(s)
		c.emit(BINARY_OP, op)
		c.at(t)
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(COPY, 1)
		c.at(t)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(t.Attr)))
		c.expr(s.Value)
		c.at(s)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 2)
		c.at(t)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.at(t)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.at(s)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.at(t)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorAt(s, "illegal expression for augmented assignment")
	}
}

func (c *compiler) assign(t syntax.Expr) {
	switch e := t.(type) {
	case *syntax.Name:
		c.at(e)
		c.nameOp(e.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.at(e)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(e.Attr)))
	case *syntax.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.at(e)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(e, e.Elts)
	case *syntax.List:
		c.unpack(e, e.Elts)
	case *syntax.Starred:
		c.errorAt(e, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t, "cannot assign to expression")
	}
}

func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	c.at(n)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	switch e := t.(type) {
	case *syntax.Name:
		c.at(e)
		c.nameOp(e.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.at(e)
		c.emit(DELETE_ATTR, c.nameIndex(c.mangle(e.Attr)))
	case *syntax.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.at(e)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.del(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			c.del(x)
		}
	default:
		c.errorAt(t, "cannot delete expression")
	}
}

func (c *compiler) pushFblock(kind fblockKind, start, exit *label) *fblock {
	f := &fblock{kind: kind, start: start, exit: exit}
	c.u.fblocks = append(c.u.fblocks, f)
	return f
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) while(s *syntax.While) {
	start, body, end := c.newLabel(), c.newLabel(), c.newLabel()
	els := c.newLabel()
	c.place(start)
	n := len(c.warnings)
	c.cond(s.Test, els, false)
	testWarnings := append([]Warning(nil), c.warnings[n:]...)
	c.place(body)
	c.pushFblock(fbWhile, start, end)
	c.stmts(s.Body)
	c.popFblock()
	// CPython 3.11 compiles the test again here (the jump back into the body),
	// and so warns of it twice.
	c.warnings = append(c.warnings, testWarnings...)
	c.at(s)
	c.jump(JUMP, start)
	c.place(els)
	c.stmts(s.Orelse)
	c.place(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	if s.IsAsync {
		c.errorAt(s, "'async for' outside async function")
	}
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.at(s.Iter)
	c.emit(GET_ITER, 0)
	c.place(start)
	c.at(s)
	c.jump(FOR_ITER, cleanup)
	c.assign(s.Target)
	c.pushFblock(fbFor, start, end)
	c.stmts(s.Body)
	c.popFblock()
	c.at(s)
	c.jump(JUMP, start)
	c.place(cleanup)
	c.stmts(s.Orelse)
	c.place(end)
}

func (c *compiler) breakContinue(s syntax.Stmt, isBreak bool) {
	var loop *fblock
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		if f := c.u.fblocks[i]; f.kind == fbWhile || f.kind == fbFor {
			loop = f
			break
		}
	}
	if loop == nil {
		if isBreak {
			c.errorAt(s, "'break' outside loop")
		}
		c.errorAt(s, "'continue' not properly in loop")
	}
	saved := c.u.fblocks
	for i := len(saved) - 1; saved[i] != loop; i-- {
		c.u.fblocks = saved[:i]
		c.unwind(saved[i], false)
	}
	c.u.fblocks = saved
	c.at(s)
	if isBreak {
		if loop.kind == fbFor {
			c.emit(POP_TOP, 0)
		}
		c.jump(JUMP, loop.exit)
	} else {
		c.jump(JUMP, loop.start)
	}
}

// unwindAll emits the cleanup of every enclosing block (for return).
func (c *compiler) unwindAll(preserve bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= 0; i-- {
		c.u.fblocks = saved[:i]
		c.unwind(saved[i], preserve)
	}
	c.u.fblocks = saved
}

// unwind emits the cleanup of one block being left by break, continue or return;
// preserve keeps the value on top of the stack (the return value).
func (c *compiler) unwind(f *fblock, preserve bool) {
	switch f.kind {
	case fbWhile:
	case fbFor:
		if preserve {
			c.emit(SWAP, 2)
			c.emit(POP_TOP, 0)
		}
	case fbTryExcept:
		c.emit(POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(POP_BLOCK, 0)
		c.stmts(f.finalbody)
	case fbFinallyEnd:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
		c.emit(POP_EXCEPT, 0)
	case fbWith:
		c.emit(POP_BLOCK, 0)
		if preserve {
			c.emit(SWAP, 2)
		}
		c.loadConst(nil)
		c.loadConst(nil)
		c.loadConst(nil)
		c.emit(CALL, 3)
		c.emit(POP_TOP, 0)
	case fbHandler:
		c.emit(POP_EXCEPT, 0)
	case fbHandlerNamed:
		c.emit(POP_BLOCK, 0)
		c.emit(POP_EXCEPT, 0)
		c.loadConst(nil)
		c.nameOp(f.name, syntax.Store)
		c.nameOp(f.name, syntax.Del)
	}
}

func (c *compiler) tryFinally(s *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	c.at(s)
	c.jump(SETUP_FINALLY, handler)
	f := c.pushFblock(fbFinallyTry, nil, nil)
	f.finalbody = s.Finalbody
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.emit(POP_BLOCK, 0)
	c.stmts(s.Finalbody)
	c.jump(JUMP, end)
	c.place(handler)
	c.pushFblock(fbFinallyEnd, nil, nil)
	c.stmts(s.Finalbody)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.place(end)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	handler, end, els := c.newLabel(), c.newLabel(), c.newLabel()
	c.at(s)
	c.jump(SETUP_FINALLY, handler)
	c.pushFblock(fbTryExcept, nil, nil)
	c.stmts(s.Body)
	c.popFblock()
	c.emit(POP_BLOCK, 0)
	c.jump(JUMP, els)
	c.place(handler)
	for i, h := range s.Handlers {
		c.at(h)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.at(h)
			c.emit(CHECK_EXC_MATCH, 0)
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
			cleanup := c.newLabel()
			c.jump(SETUP_FINALLY, cleanup)
			f := c.pushFblock(fbHandlerNamed, nil, nil)
			f.name = h.Name
			c.stmts(h.Body)
			c.popFblock()
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.jump(JUMP, end)
			c.place(cleanup)
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.pushFblock(fbHandler, nil, nil)
			c.stmts(h.Body)
			c.popFblock()
			c.emit(POP_EXCEPT, 0)
			c.jump(JUMP, end)
		}
		c.place(next)
	}
	c.emit(RERAISE, 0)
	c.place(els)
	c.stmts(s.Orelse)
	c.place(end)
}

func (c *compiler) with(s *syntax.With, i int) {
	item := s.Items[i]
	handler, end, suppress := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.at(s)
	c.jump(SETUP_WITH, handler)
	if item.OptionalVars != nil {
		c.assign(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.pushFblock(fbWith, nil, nil)
	if i+1 < len(s.Items) {
		c.with(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.at(s)
	c.emit(POP_BLOCK, 0)
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(CALL, 3)
	c.emit(POP_TOP, 0)
	c.jump(JUMP, end)
	c.place(handler)
	c.emit(WITH_EXCEPT_START, 0)
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.place(suppress)
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.place(end)
}

// ---- functions and classes ----

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.scope.kind == ModuleScope {
		return name
	}
	if u.scope.kind == FunctionScope {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(a.Defaults))
		flags |= 1
	}
	var keys Tuple
	for i, d := range a.KwDefaults {
		if d != nil {
			c.expr(d)
			keys = append(keys, c.mangle(a.KwOnlyArgs[i].Arg))
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, len(keys))
		flags |= 2
	}
	return flags
}

func (c *compiler) annotations(a *syntax.Arguments, returns syntax.Expr) bool {
	var keys Tuple
	add := func(x *syntax.Arg) {
		if x != nil && x.Annotation != nil {
			c.expr(x.Annotation)
			keys = append(keys, c.mangle(x.Arg))
		}
	}
	for _, x := range a.PosOnlyArgs {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	add(a.Vararg)
	for _, x := range a.KwOnlyArgs {
		add(x)
	}
	add(a.Kwarg)
	if returns != nil {
		c.expr(returns)
		keys = append(keys, "return")
	}
	if len(keys) == 0 {
		return false
	}
	c.loadConst(keys)
	c.emit(BUILD_CONST_KEY_MAP, len(keys))
	return true
}

// makeClosure emits the closure tuple (if any) and MAKE_FUNCTION.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, n := range code.FreeVars {
			u := c.u
			var i int
			if ci, ok := u.cellIdx[n]; ok {
				i = len(u.code.VarNames) + ci
			} else if fi, ok := u.freeIdx[n]; ok {
				i = len(u.code.VarNames) + len(u.code.CellVars) + fi
			} else {
				panic("compile: no cell for free variable " + n + " in " + u.code.QualName)
			}
			c.emit(LOAD_CLOSURE, i)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 8
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) funcDef(s *syntax.FunctionDef) {
	if s.IsAsync {
		c.errorAt(s, "async functions are not supported")
	}
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	c.at(s)
	flags := c.defaults(s.Args)
	if c.annotations(s.Args, s.Returns) {
		flags |= 4
	}
	sc := c.scopes[s]
	first := int(s.Lineno)
	if len(s.DecoratorList) > 0 {
		first = int(s.DecoratorList[0].Position().Lineno)
	}
	c.enter(sc, s.Name, c.qualname(s.Name), first)
	c.setArgs(s.Args)
	body := s.Body
	doc := interface{}(nil)
	if len(body) > 0 {
		if es, ok := body[0].(*syntax.ExprStmt); ok {
			if k, ok := es.Value.(*syntax.Constant); ok {
				if str, ok := k.Value.(string); ok {
					doc = str
				}
			}
		}
	}
	c.constIndex(doc) // consts[0] is the docstring, as in CPython
	c.stmts(body)
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.at(s)
	c.makeFunction(code, flags)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, syntax.Store)
}

func (c *compiler) setArgs(a *syntax.Arguments) {
	code := c.u.code
	code.PosOnlyCount = len(a.PosOnlyArgs)
	code.ArgCount = len(a.PosOnlyArgs) + len(a.Args)
	code.KwOnlyCount = len(a.KwOnlyArgs)
	if a.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if a.Kwarg != nil {
		code.Flags |= FlagVarKw
	}
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	c.at(s)
	sc := c.scopes[s]
	first := int(s.Lineno)
	if len(s.DecoratorList) > 0 {
		first = int(s.DecoratorList[0].Position().Lineno)
	}
	qual := c.qualname(s.Name)
	c.enter(sc, s.Name, qual, first)
	c.u.loc = Loc{int32(first), int32(first), 0, 0}
	c.at(s)
	c.emit(LOAD_NAME, c.nameIndex("__name__"))
	c.emit(STORE_NAME, c.nameIndex("__module__"))
	c.loadConst(qual)
	c.emit(STORE_NAME, c.nameIndex("__qualname__"))
	if hasAnnotations(s.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.body(s.Body, true)
	c.u.loc.Col, c.u.loc.EndCol = 0, 0
	if ci, ok := c.u.cellIdx["__class__"]; ok {
		c.emit(LOAD_CLOSURE, len(c.u.code.VarNames)+ci)
		c.emit(COPY, 1)
		c.emit(STORE_NAME, c.nameIndex("__classcell__"))
		c.emit(RETURN_VALUE, 0)
	} else {
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	code := c.leave()
	c.at(s)
	c.emit(LOAD_BUILD_CLASS, 0)
	c.makeFunction(code, 0)
	c.loadConst(s.Name)
	c.callArgs(s, s.Bases, s.Keywords, 2)
	c.at(s)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, syntax.Store)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Args)
	c.enter(c.scopes[e], "<lambda>", c.qualname("<lambda>"), int(e.Lineno))
	c.setArgs(e.Args)
	c.constIndex(nil)
	c.expr(e.Body)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.at(e)
	c.makeFunction(code, flags)
}

// ---- expressions ----

func binOpArg(op syntax.Operator) int {
	return [...]int{syntax.Add: BinAdd, syntax.Sub: BinSub, syntax.Mult: BinMul, syntax.MatMult: BinMatMul,
		syntax.Div: BinTrueDiv, syntax.Mod: BinMod, syntax.Pow: BinPow, syntax.LShift: BinLshift,
		syntax.RShift: BinRshift, syntax.BitOr: BinOr, syntax.BitXor: BinXor, syntax.BitAnd: BinAnd,
		syntax.FloorDiv: BinFloorDiv}[op]
}

// cond emits a jump to target when e's truth equals jumpIf.
func (c *compiler) cond(e syntax.Expr, target *label, jumpIf bool) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.cond(x.Operand, target, !jumpIf)
			return
		}
	case *syntax.BoolOp:
		isOr := x.Op == syntax.Or
		if isOr == jumpIf {
			for _, v := range x.Values {
				c.cond(v, target, jumpIf)
			}
		} else {
			skip := c.newLabel()
			for _, v := range x.Values[:len(x.Values)-1] {
				c.cond(v, skip, !jumpIf)
			}
			c.cond(x.Values[len(x.Values)-1], target, jumpIf)
			c.place(skip)
		}
		return
	case *syntax.Compare:
		if k, ok := x.Comparators[0].(*syntax.Constant); ok && len(x.Ops) == 1 && k.Value == nil &&
			(x.Ops[0] == syntax.Is || x.Ops[0] == syntax.IsNot) {
			// `x is None` and `x is not None` as a test: one jump on x, no bool
			// (CPython 3.11's POP_JUMP_IF_NONE / _NOT_NONE).
			c.expr(x.Left)
			c.at(x)
			if (x.Ops[0] == syntax.Is) == jumpIf {
				c.jump(POP_JUMP_IF_NONE, target)
			} else {
				c.jump(POP_JUMP_IF_NOT_NONE, target)
			}
			return
		}
	}
	c.expr(e)
	if jumpIf {
		c.jump(POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) exprs(list []syntax.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func hasStarred(list []syntax.Expr) bool {
	for _, e := range list {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display.
func (c *compiler) sequence(n syntax.Node, elts []syntax.Expr, build Op) {
	if !hasStarred(elts) {
		if build == BUILD_TUPLE {
			if k, ok := constTuple(elts); ok && len(elts) > 0 {
				c.at(n)
				c.loadConst(k)
				return
			}
		}
		c.exprs(elts)
		c.at(n)
		c.emit(build, len(elts))
		return
	}
	inner := build
	if build == BUILD_TUPLE {
		inner = BUILD_LIST
	}
	ext := LIST_EXTEND
	if build == BUILD_SET {
		ext = SET_UPDATE
	}
	add := LIST_APPEND
	if build == BUILD_SET {
		add = SET_ADD
	}
	c.at(n)
	c.emit(inner, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.at(n)
			c.emit(ext, 1)
		} else {
			c.expr(e)
			c.at(n)
			c.emit(add, 1)
		}
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func constTuple(elts []syntax.Expr) (Tuple, bool) {
	t := make(Tuple, len(elts))
	for i, e := range elts {
		switch x := e.(type) {
		case *syntax.Constant:
			switch x.Value.(type) {
			case syntax.Imaginary:
				return nil, false
			}
			t[i] = x.Value
		case *syntax.Tuple:
			sub, ok := constTuple(x.Elts)
			if !ok {
				return nil, false
			}
			t[i] = sub
		default:
			return nil, false
		}
	}
	return t, true
}

func (c *compiler) expr(e syntax.Expr) {
	c.depth++
	if c.depth > maxCompileDepth {
		// CPython's compiler gives up at about three times the recursion limit.
		p := e.Position()
		panic(&syntax.SyntaxError{Kind: syntax.KindRecursion, Msg: "maximum recursion depth exceeded during compilation",
			Filename: c.file, Lineno: int(p.Lineno), Offset: int(p.ColOffset) + 1})
	}
	defer func() { c.depth-- }()
	switch x := e.(type) {
	case *syntax.Constant:
		c.at(x)
		switch v := x.Value.(type) {
		case syntax.Imaginary:
			// Complex numbers are a later issue: the literal calls complex(0, imag),
			// which raises NameError until a complex type exists.
			c.nameOp("complex", syntax.Load)
			c.loadConst(float64(0))
			c.loadConst(float64(v))
			c.emit(CALL, 2)
			return
		case *big.Int:
			if v.IsInt64() {
				c.loadConst(v.Int64())
				return
			}
		}
		c.loadConst(x.Value)
	case *syntax.Name:
		c.at(x)
		c.nameOp(x.Id, syntax.Load)
	case *syntax.BinOp:
		c.expr(x.Left)
		c.expr(x.Right)
		c.at(x)
		c.emit(BINARY_OP, binOpArg(x.Op))
	case *syntax.UnaryOp:
		c.expr(x.Operand)
		c.at(x)
		c.emit([...]Op{syntax.Invert: UNARY_INVERT, syntax.Not: UNARY_NOT, syntax.UAdd: UNARY_POSITIVE,
			syntax.USub: UNARY_NEGATIVE}[x.Op], 0)
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if x.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range x.Values {
			c.expr(v)
			if i < len(x.Values)-1 {
				c.at(x)
				c.jump(op, end)
			}
		}
		c.place(end)
	case *syntax.Compare:
		c.compare(x)
	case *syntax.IfExp:
		els, end := c.newLabel(), c.newLabel()
		c.cond(x.Test, els, false)
		c.expr(x.Body)
		c.jump(JUMP, end)
		c.place(els)
		c.expr(x.Orelse)
		c.place(end)
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.emit(COPY, 1)
		c.assign(x.Target)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.at(x)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(x.Attr)))
	case *syntax.Subscript:
		c.checkSubscript(x)
		c.expr(x.Value)
		c.expr(x.Slice)
		c.at(x)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		n := 2
		c.optExpr(x.Lower)
		c.optExpr(x.Upper)
		if x.Step != nil {
			c.expr(x.Step)
			n = 3
		}
		c.at(x)
		c.emit(BUILD_SLICE, n)
	case *syntax.Call:
		if attr, ok := x.Func.(*syntax.Attribute); ok && c.plainCall(x) {
			// obj.name(args): LOAD_METHOD and CALL_METHOD, so that a method
			// found on the class is called without a bound method object.
			c.expr(attr.Value)
			c.at(attr)
			c.emit(LOAD_METHOD, c.nameIndex(c.mangle(attr.Attr)))
			c.callArgsOp(x, x.Args, x.Keywords, 0, CALL_METHOD)
			break
		}
		c.checkCaller(x)
		c.expr(x.Func)
		c.callArgs(x, x.Args, x.Keywords, 0)
	case *syntax.Tuple:
		if x.Ctx != syntax.Load {
			c.errorAt(x, "cannot use starred expression here")
		}
		c.sequence(x, x.Elts, BUILD_TUPLE)
	case *syntax.List:
		c.sequence(x, x.Elts, BUILD_LIST)
	case *syntax.Set:
		c.sequence(x, x.Elts, BUILD_SET)
	case *syntax.Dict:
		c.dict(x)
	case *syntax.Lambda:
		c.lambda(x)
	case *syntax.ListComp:
		c.comprehension(x, x.Generators, BUILD_LIST, x.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(x, x.Generators, BUILD_SET, x.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(x, x.Generators, BUILD_MAP, x.Key, x.Value)
	case *syntax.GeneratorExp:
		c.comprehension(x, x.Generators, NOP, x.Elt, nil)
	case *syntax.Yield:
		if c.u.scope.kind != FunctionScope {
			c.errorAt(x, "'yield' outside function")
		}
		if x.Value != nil {
			c.expr(x.Value)
		} else {
			c.loadConst(nil)
		}
		c.at(x)
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if c.u.scope.kind != FunctionScope {
			c.errorAt(x, "'yield' outside function")
		}
		c.expr(x.Value)
		c.at(x)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.JoinedStr:
		n := 0
		for _, v := range x.Values {
			c.expr(v)
			n++
		}
		c.at(x)
		if n != 1 {
			c.emit(BUILD_STRING, n)
		} else if _, ok := x.Values[0].(*syntax.Constant); ok {
			// a lone literal part is already a str
		}
	case *syntax.FormattedValue:
		c.expr(x.Value)
		flags := 0
		switch x.Conversion {
		case 's':
			flags = 1
		case 'r':
			flags = 2
		case 'a':
			flags = 3
		}
		if x.FormatSpec != nil {
			c.expr(x.FormatSpec)
			flags |= 4
		}
		c.at(x)
		c.emit(FORMAT_VALUE, flags)
	case *syntax.Starred:
		c.errorAt(x, "can't use starred expression here")
	case *syntax.Await:
		c.errorAt(x, "'await' outside function")
	default:
		c.errorAt(e, "unsupported expression")
	}
}

func (c *compiler) optExpr(e syntax.Expr) {
	if e == nil {
		c.loadConst(nil)
	} else {
		c.expr(e)
	}
}

func (c *compiler) compare(x *syntax.Compare) {
	c.checkCompare(x)
	c.expr(x.Left)
	cmp := func(op syntax.CmpOperator) {
		c.at(x)
		switch op {
		case syntax.Eq:
			c.emit(COMPARE_OP, 2)
		case syntax.NotEq:
			c.emit(COMPARE_OP, 3)
		case syntax.Lt:
			c.emit(COMPARE_OP, 0)
		case syntax.LtE:
			c.emit(COMPARE_OP, 1)
		case syntax.Gt:
			c.emit(COMPARE_OP, 4)
		case syntax.GtE:
			c.emit(COMPARE_OP, 5)
		case syntax.Is:
			c.emit(IS_OP, 0)
		case syntax.IsNot:
			c.emit(IS_OP, 1)
		case syntax.In:
			c.emit(CONTAINS_OP, 0)
		case syntax.NotIn:
			c.emit(CONTAINS_OP, 1)
		}
	}
	if len(x.Ops) == 1 {
		c.expr(x.Comparators[0])
		cmp(x.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range x.Ops {
		c.expr(x.Comparators[i])
		if i < len(x.Ops)-1 {
			c.emit(COPY, 1)
			c.emit(SWAP, 3)
			c.emit(SWAP, 2)
			cmp(op)
			c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			cmp(op)
		}
	}
	c.jump(JUMP, end)
	c.place(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.place(end)
}

func (c *compiler) dict(x *syntax.Dict) {
	n := 0
	built := false
	flush := func() {
		if n > 0 || !built {
			c.at(x)
			c.emit(BUILD_MAP, n)
			if built {
				c.emit(DICT_UPDATE, 1)
			}
			built = true
			n = 0
		}
	}
	for i, k := range x.Keys {
		if k == nil {
			flush()
			c.expr(x.Values[i])
			c.at(x)
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(x.Values[i])
		n++
	}
	if n > 0 || !built {
		flush()
	}
}

// callArgs emits the arguments of a call whose callable (and extra leading
// arguments, for classes) is already on the stack, and the call.
func (c *compiler) callArgs(call syntax.Node, args []syntax.Expr, kws []*syntax.Keyword, extra int) {
	c.callArgsOp(call, args, kws, extra, CALL)
}

// plainCall reports whether a call has neither *args nor **kwargs (the calls
// CALL and CALL_METHOD make without building a tuple and a dict).
func (c *compiler) plainCall(x *syntax.Call) bool {
	if hasStarred(x.Args) {
		return false
	}
	for _, k := range x.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

// callArgsOp is callArgs with the instruction of a plain call: CALL, or
// CALL_METHOD after LOAD_METHOD (then the call must be plain).
func (c *compiler) callArgsOp(call syntax.Node, args []syntax.Expr, kws []*syntax.Keyword, extra int, op Op) {
	dstar := false
	for _, k := range kws {
		if k.Arg == "" {
			dstar = true
		}
	}
	if !hasStarred(args) && !dstar {
		c.exprs(args)
		var names Tuple
		for _, k := range kws {
			c.expr(k.Value)
			names = append(names, k.Arg)
		}
		c.at(call)
		if len(names) > 0 {
			c.emit(KW_NAMES, c.constIndex(names))
		}
		c.emit(op, extra+len(args)+len(kws))
		return
	}
	// The general form: a tuple of positional arguments and a dict of keywords.
	c.at(call)
	if len(args) == 1 && extra == 0 {
		if s, ok := args[0].(*syntax.Starred); ok {
			// f(*x): the VM converts x (CALL_FUNCTION_EX's errors name the function).
			c.expr(s.Value)
			c.at(call)
			goto kwargs
		}
	}
	c.emit(BUILD_LIST, extra) // the leading values (a class's body function and name) go in first
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.at(call)
			c.emit(LIST_EXTEND, 1)
		} else {
			c.expr(a)
			c.at(call)
			c.emit(LIST_APPEND, 1)
		}
	}
	c.emit(LIST_TO_TUPLE, 0)
kwargs:
	if len(kws) > 0 {
		c.emit(BUILD_MAP, 0)
		for _, k := range kws {
			if k.Arg == "" {
				c.expr(k.Value)
				c.at(call)
				c.emit(DICT_MERGE, 1)
			} else {
				c.loadConst(k.Arg)
				c.expr(k.Value)
				c.at(call)
				c.emit(MAP_ADD, 1)
			}
		}
		c.at(call)
		c.emit(CALL_FUNCTION_EX, 1)
	} else {
		c.emit(CALL_FUNCTION_EX, 0)
	}
}

func (c *compiler) comprehension(n syntax.Expr, gens []*syntax.Comprehension, build Op, elt, val syntax.Expr) {
	sc := c.scopes[n]
	name := map[Op]string{BUILD_LIST: "<listcomp>", BUILD_SET: "<setcomp>", BUILD_MAP: "<dictcomp>", NOP: "<genexpr>"}[build]
	c.expr(gens[0].Iter)
	c.at(n)
	c.emit(GET_ITER, 0)
	c.enter(sc, name, c.qualname(name), int(n.Position().Lineno))
	c.u.code.ArgCount = 1
	c.at(n)
	if build != NOP {
		c.emit(build, 0)
	}
	c.compGen(n, gens, 0, build, elt, val)
	if build == NOP {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.at(n)
	// The iterator is below the new function: swap after making it.
	c.makeFunction(code, 0)
	c.emit(SWAP, 2)
	c.emit(CALL, 1)
}

func (c *compiler) compGen(n syntax.Expr, gens []*syntax.Comprehension, i int, build Op, elt, val syntax.Expr) {
	g := gens[i]
	start, cleanup := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.at(n)
		c.emit(GET_ITER, 0)
	}
	c.place(start)
	c.at(n)
	c.jump(FOR_ITER, cleanup)
	c.assign(g.Target)
	for _, cond := range g.Ifs {
		c.cond(cond, start, false)
	}
	if i+1 < len(gens) {
		c.compGen(n, gens, i+1, build, elt, val)
	} else {
		depth := len(gens) + 1
		switch build {
		case BUILD_LIST:
			c.expr(elt)
			c.at(n)
			c.emit(LIST_APPEND, depth)
		case BUILD_SET:
			c.expr(elt)
			c.at(n)
			c.emit(SET_ADD, depth)
		case BUILD_MAP:
			c.expr(elt)
			c.expr(val)
			c.at(n)
			c.emit(MAP_ADD, depth)
		case NOP:
			c.expr(elt)
			c.at(n)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.at(n)
	c.jump(JUMP, start)
	c.place(cleanup)
}
