// AST node types. See doc.go for the overview.

package syntax

// Pos is the source range of a node, with CPython's conventions: lines are
// 1-based, columns are 0-based UTF-8 byte offsets into the line, and the end
// is exclusive (the position just after the node's last token).
type Pos struct {
	Lineno, ColOffset       int32
	EndLineno, EndColOffset int32
}

// Position returns the range itself; every node embeds a Pos, so every node has
// this method.
func (p *Pos) Position() *Pos { return p }

// Node is any AST node that carries a position: statements, expressions,
// ExceptHandler, Arg, Keyword and Alias. (Module, Arguments, Comprehension and
// WithItem carry none, as in CPython.)
type Node interface {
	Position() *Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ExprContext is CPython's expr_context: how a Name, Attribute, Subscript,
// Starred, List or Tuple is used.
type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// Operator is a binary operator (CPython's operator type).
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// BoolOperator is And or Or (CPython's boolop).
type BoolOperator uint8

const (
	And BoolOperator = iota
	Or
)

func (o BoolOperator) String() string {
	if o == Or {
		return "Or"
	}
	return "And"
}

// UnaryOperator is CPython's unaryop.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}

func (o UnaryOperator) String() string { return unaryNames[o] }

// CmpOperator is CPython's cmpop.
type CmpOperator uint8

const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOperator) String() string { return cmpNames[o] }

// Module is the root of a parsed file (CPython's Module; type_ignores is
// always empty and not represented).
type Module struct {
	Body []Stmt
}

// ---- statements ----

// FunctionDef is `def` (or `async def` when IsAsync: CPython's
// AsyncFunctionDef, which pyheap's compiler rejects).
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // or nil
	IsAsync       bool
}

type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

type Return struct {
	Pos
	Value Expr // or nil
}

type Delete struct {
	Pos
	Targets []Expr
}

type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr // or nil
	Simple     bool // target is a plain, unparenthesized Name
}

// For is `for` (or `async for`: CPython's AsyncFor).
type For struct {
	Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with` (or `async with`: CPython's AsyncWith).
type With struct {
	Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

type Raise struct {
	Pos
	Exc   Expr // or nil
	Cause Expr // or nil
}

// Try is try/except/else/finally. IsStar marks `except*` (CPython's TryStar).
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
	IsStar    bool
}

type Assert struct {
	Pos
	Test Expr
	Msg  Expr // or nil
}

type Import struct {
	Pos
	Names []*Alias
}

type ImportFrom struct {
	Pos
	Module string // "" when absent (from . import x)
	Names  []*Alias
	Level  int
}

type Global struct {
	Pos
	Names []string
}

type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is CPython's Expr statement (an expression evaluated for effect;
// docstrings are ExprStmt of a str Constant).
type ExprStmt struct {
	Pos
	Value Expr
}

type Pass struct{ Pos }
type Break struct{ Pos }
type Continue struct{ Pos }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---- expressions ----

type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

type NamedExpr struct {
	Pos
	Target Expr // a *Name
	Value  Expr
}

type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

type IfExp struct {
	Pos
	Test, Body, Orelse Expr
}

// Dict is a display; a nil key marks a `**value` item.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

type Set struct {
	Pos
	Elts []Expr
}

type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

type DictComp struct {
	Pos
	Key, Value Expr
	Generators []*Comprehension
}

type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is parsed so that the AST is complete; pyheap's compiler rejects it.
type Await struct {
	Pos
	Value Expr
}

type Yield struct {
	Pos
	Value Expr // or nil
}

type YieldFrom struct {
	Pos
	Value Expr
}

type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one replacement field of an f-string. Conversion is -1
// (none) or one of 's', 'r', 'a'.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr // a *JoinedStr, or nil
}

type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal. Value holds one of the Go types listed in doc.go
// (nil for None, bool, int64 or *big.Int, float64, Imaginary, string, Bytes,
// Ellipsis). Kind is "u" for a str literal with a u prefix, else "".
type Constant struct {
	Pos
	Value interface{}
	Kind  string
}

// Bytes is the value of a bytes literal.
type Bytes string

// EllipsisType is the type of the Ellipsis constant `...`.
type EllipsisType struct{}

// Ellipsis is the value of the `...` constant.
var Ellipsis = EllipsisType{}

// Imaginary is the value of an imaginary literal such as 1j (the imaginary
// part). The parser accepts it; pyheap's compiler rejects it (complex numbers
// are not supported yet).
type Imaginary float64

type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

type Slice struct {
	Pos
	Lower, Upper, Step Expr // each may be nil
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---- other nodes ----

// Comprehension is one `for ... in ... if ...` clause (no position, as in
// CPython).
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

type ExceptHandler struct {
	Pos
	Type Expr   // or nil for a bare except
	Name string // "" when there is no `as`
	Body []Stmt
}

// Arguments is a parameter list (no position, as in CPython). KwDefaults has
// one entry per KwOnlyArgs entry, nil where there is no default; Defaults
// holds the defaults of the last len(Defaults) positional parameters
// (PosOnlyArgs followed by Args).
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	Vararg      *Arg // or nil
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg // or nil
	Defaults    []Expr
}

type Arg struct {
	Pos
	Arg        string
	Annotation Expr // or nil
}

// Keyword is a keyword argument; Arg is "" for `**value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

type Alias struct {
	Pos
	Name   string
	Asname string // or ""
}

type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // or nil
}
