// Dump: CPython's ast.dump format. See doc.go for the overview.

package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dump renders n exactly as CPython 3.11's ast.dump(n) does (with
// include_attributes=False). n is a *Module, a Stmt, an Expr or one of the
// other node types.
func Dump(n interface{}) string {
	d := &dumper{}
	d.node(n)
	return d.b.String()
}

// DumpWithPositions renders n as ast.dump(n, include_attributes=True).
func DumpWithPositions(n interface{}) string {
	d := &dumper{attrs: true}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
}

// field writes one "name=value" field; the first field of a node is written
// without the separating comma.
type fields struct {
	d     *dumper
	first bool
}

func (d *dumper) open(name string) *fields {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	return &fields{d: d, first: true}
}

func (f *fields) sep(name string) {
	if !f.first {
		f.d.b.WriteString(", ")
	}
	f.first = false
	f.d.b.WriteString(name)
	f.d.b.WriteByte('=')
}

func (f *fields) node(name string, n interface{}) {
	f.sep(name)
	f.d.node(n)
}

// opt writes an optional field, omitted when nil (ast.dump skips None
// values of fields whose default is None).
func (f *fields) opt(name string, e Expr) {
	if e != nil {
		f.node(name, e)
	}
}

func (f *fields) str(name, s string) {
	f.sep(name)
	f.d.b.WriteString(pyRepr(s))
}

func (f *fields) optStr(name, s string) {
	if s != "" {
		f.str(name, s)
	}
}

func (f *fields) int(name string, v int) {
	f.sep(name)
	f.d.b.WriteString(strconv.Itoa(v))
}

func (f *fields) raw(name, s string) {
	f.sep(name)
	f.d.b.WriteString(s)
}

func (f *fields) exprs(name string, es []Expr) {
	f.sep(name)
	f.d.b.WriteByte('[')
	for i, e := range es {
		if i > 0 {
			f.d.b.WriteString(", ")
		}
		if e == nil {
			f.d.b.WriteString("None")
		} else {
			f.d.node(e)
		}
	}
	f.d.b.WriteByte(']')
}

func (f *fields) stmts(name string, ss []Stmt) {
	f.sep(name)
	f.d.b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			f.d.b.WriteString(", ")
		}
		f.d.node(s)
	}
	f.d.b.WriteByte(']')
}

func (f *fields) strs(name string, ss []string) {
	f.sep(name)
	f.d.b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			f.d.b.WriteString(", ")
		}
		f.d.b.WriteString(pyRepr(s))
	}
	f.d.b.WriteByte(']')
}

func (f *fields) list(name string, n int, item func(i int)) {
	f.sep(name)
	f.d.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			f.d.b.WriteString(", ")
		}
		item(i)
	}
	f.d.b.WriteByte(']')
}

func (f *fields) ctx(c ExprContext) { f.raw("ctx", c.String()+"()") }

// close writes the position attributes (if wanted) and the ')'.
func (f *fields) close(pos *Pos) {
	if pos != nil && f.d.attrs {
		f.int("lineno", int(pos.Lineno))
		f.int("col_offset", int(pos.ColOffset))
		f.int("end_lineno", int(pos.EndLineno))
		f.int("end_col_offset", int(pos.EndColOffset))
	}
	f.d.b.WriteByte(')')
}

func (d *dumper) node(n interface{}) {
	switch n := n.(type) {
	case *Module:
		f := d.open("Module")
		f.stmts("body", n.Body)
		f.raw("type_ignores", "[]")
		f.close(nil)
	case *FunctionDef:
		name := "FunctionDef"
		if n.IsAsync {
			name = "AsyncFunctionDef"
		}
		f := d.open(name)
		f.str("name", n.Name)
		f.node("args", n.Args)
		f.stmts("body", n.Body)
		f.exprs("decorator_list", n.DecoratorList)
		f.opt("returns", n.Returns)
		f.close(&n.Pos)
	case *ClassDef:
		f := d.open("ClassDef")
		f.str("name", n.Name)
		f.exprs("bases", n.Bases)
		f.list("keywords", len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
		f.stmts("body", n.Body)
		f.exprs("decorator_list", n.DecoratorList)
		f.close(&n.Pos)
	case *Return:
		f := d.open("Return")
		f.opt("value", n.Value)
		f.close(&n.Pos)
	case *Delete:
		f := d.open("Delete")
		f.exprs("targets", n.Targets)
		f.close(&n.Pos)
	case *Assign:
		f := d.open("Assign")
		f.exprs("targets", n.Targets)
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *AugAssign:
		f := d.open("AugAssign")
		f.node("target", n.Target)
		f.raw("op", n.Op.String()+"()")
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *AnnAssign:
		f := d.open("AnnAssign")
		f.node("target", n.Target)
		f.node("annotation", n.Annotation)
		f.opt("value", n.Value)
		f.int("simple", b2i(n.Simple))
		f.close(&n.Pos)
	case *For:
		name := "For"
		if n.IsAsync {
			name = "AsyncFor"
		}
		f := d.open(name)
		f.node("target", n.Target)
		f.node("iter", n.Iter)
		f.stmts("body", n.Body)
		f.stmts("orelse", n.Orelse)
		f.close(&n.Pos)
	case *While:
		f := d.open("While")
		f.node("test", n.Test)
		f.stmts("body", n.Body)
		f.stmts("orelse", n.Orelse)
		f.close(&n.Pos)
	case *If:
		f := d.open("If")
		f.node("test", n.Test)
		f.stmts("body", n.Body)
		f.stmts("orelse", n.Orelse)
		f.close(&n.Pos)
	case *With:
		name := "With"
		if n.IsAsync {
			name = "AsyncWith"
		}
		f := d.open(name)
		f.list("items", len(n.Items), func(i int) { d.node(n.Items[i]) })
		f.stmts("body", n.Body)
		f.close(&n.Pos)
	case *Raise:
		f := d.open("Raise")
		f.opt("exc", n.Exc)
		f.opt("cause", n.Cause)
		f.close(&n.Pos)
	case *Try:
		name := "Try"
		if n.IsStar {
			name = "TryStar"
		}
		f := d.open(name)
		f.stmts("body", n.Body)
		f.list("handlers", len(n.Handlers), func(i int) { d.node(n.Handlers[i]) })
		f.stmts("orelse", n.Orelse)
		f.stmts("finalbody", n.Finalbody)
		f.close(&n.Pos)
	case *Assert:
		f := d.open("Assert")
		f.node("test", n.Test)
		f.opt("msg", n.Msg)
		f.close(&n.Pos)
	case *Import:
		f := d.open("Import")
		f.list("names", len(n.Names), func(i int) { d.node(n.Names[i]) })
		f.close(&n.Pos)
	case *ImportFrom:
		f := d.open("ImportFrom")
		f.optStr("module", n.Module)
		f.list("names", len(n.Names), func(i int) { d.node(n.Names[i]) })
		f.int("level", n.Level)
		f.close(&n.Pos)
	case *Global:
		f := d.open("Global")
		f.strs("names", n.Names)
		f.close(&n.Pos)
	case *Nonlocal:
		f := d.open("Nonlocal")
		f.strs("names", n.Names)
		f.close(&n.Pos)
	case *ExprStmt:
		f := d.open("Expr")
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *Pass:
		d.open("Pass").close(&n.Pos)
	case *Break:
		d.open("Break").close(&n.Pos)
	case *Continue:
		d.open("Continue").close(&n.Pos)

	case *BoolOp:
		f := d.open("BoolOp")
		f.raw("op", n.Op.String()+"()")
		f.exprs("values", n.Values)
		f.close(&n.Pos)
	case *NamedExpr:
		f := d.open("NamedExpr")
		f.node("target", n.Target)
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *BinOp:
		f := d.open("BinOp")
		f.node("left", n.Left)
		f.raw("op", n.Op.String()+"()")
		f.node("right", n.Right)
		f.close(&n.Pos)
	case *UnaryOp:
		f := d.open("UnaryOp")
		f.raw("op", n.Op.String()+"()")
		f.node("operand", n.Operand)
		f.close(&n.Pos)
	case *Lambda:
		f := d.open("Lambda")
		f.node("args", n.Args)
		f.node("body", n.Body)
		f.close(&n.Pos)
	case *IfExp:
		f := d.open("IfExp")
		f.node("test", n.Test)
		f.node("body", n.Body)
		f.node("orelse", n.Orelse)
		f.close(&n.Pos)
	case *Dict:
		f := d.open("Dict")
		f.exprs("keys", n.Keys)
		f.exprs("values", n.Values)
		f.close(&n.Pos)
	case *Set:
		f := d.open("Set")
		f.exprs("elts", n.Elts)
		f.close(&n.Pos)
	case *ListComp:
		f := d.open("ListComp")
		f.node("elt", n.Elt)
		f.comps(n.Generators)
		f.close(&n.Pos)
	case *SetComp:
		f := d.open("SetComp")
		f.node("elt", n.Elt)
		f.comps(n.Generators)
		f.close(&n.Pos)
	case *DictComp:
		f := d.open("DictComp")
		f.node("key", n.Key)
		f.node("value", n.Value)
		f.comps(n.Generators)
		f.close(&n.Pos)
	case *GeneratorExp:
		f := d.open("GeneratorExp")
		f.node("elt", n.Elt)
		f.comps(n.Generators)
		f.close(&n.Pos)
	case *Await:
		f := d.open("Await")
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *Yield:
		f := d.open("Yield")
		f.opt("value", n.Value)
		f.close(&n.Pos)
	case *YieldFrom:
		f := d.open("YieldFrom")
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *Compare:
		f := d.open("Compare")
		f.node("left", n.Left)
		f.list("ops", len(n.Ops), func(i int) { d.b.WriteString(n.Ops[i].String() + "()") })
		f.exprs("comparators", n.Comparators)
		f.close(&n.Pos)
	case *Call:
		f := d.open("Call")
		f.node("func", n.Func)
		f.exprs("args", n.Args)
		f.list("keywords", len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
		f.close(&n.Pos)
	case *FormattedValue:
		f := d.open("FormattedValue")
		f.node("value", n.Value)
		f.int("conversion", n.Conversion)
		f.opt("format_spec", n.FormatSpec)
		f.close(&n.Pos)
	case *JoinedStr:
		f := d.open("JoinedStr")
		f.exprs("values", n.Values)
		f.close(&n.Pos)
	case *Constant:
		f := d.open("Constant")
		f.raw("value", ConstantRepr(n.Value))
		f.optStr("kind", n.Kind)
		f.close(&n.Pos)
	case *Attribute:
		f := d.open("Attribute")
		f.node("value", n.Value)
		f.str("attr", n.Attr)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *Subscript:
		f := d.open("Subscript")
		f.node("value", n.Value)
		f.node("slice", n.Slice)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *Starred:
		f := d.open("Starred")
		f.node("value", n.Value)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *Name:
		f := d.open("Name")
		f.str("id", n.Id)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *List:
		f := d.open("List")
		f.exprs("elts", n.Elts)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *Tuple:
		f := d.open("Tuple")
		f.exprs("elts", n.Elts)
		f.ctx(n.Ctx)
		f.close(&n.Pos)
	case *Slice:
		f := d.open("Slice")
		f.opt("lower", n.Lower)
		f.opt("upper", n.Upper)
		f.opt("step", n.Step)
		f.close(&n.Pos)

	case *ExceptHandler:
		f := d.open("ExceptHandler")
		f.opt("type", n.Type)
		f.optStr("name", n.Name)
		f.stmts("body", n.Body)
		f.close(&n.Pos)
	case *Arguments:
		f := d.open("arguments")
		f.list("posonlyargs", len(n.PosOnlyArgs), func(i int) { d.node(n.PosOnlyArgs[i]) })
		f.list("args", len(n.Args), func(i int) { d.node(n.Args[i]) })
		if n.Vararg != nil {
			f.node("vararg", n.Vararg)
		}
		f.list("kwonlyargs", len(n.KwOnlyArgs), func(i int) { d.node(n.KwOnlyArgs[i]) })
		f.exprs("kw_defaults", n.KwDefaults)
		if n.Kwarg != nil {
			f.node("kwarg", n.Kwarg)
		}
		f.exprs("defaults", n.Defaults)
		f.close(nil)
	case *Arg:
		f := d.open("arg")
		f.str("arg", n.Arg)
		f.opt("annotation", n.Annotation)
		f.close(&n.Pos)
	case *Keyword:
		f := d.open("keyword")
		f.optStr("arg", n.Arg)
		f.node("value", n.Value)
		f.close(&n.Pos)
	case *Alias:
		f := d.open("alias")
		f.str("name", n.Name)
		f.optStr("asname", n.Asname)
		f.close(&n.Pos)
	case *WithItem:
		f := d.open("withitem")
		f.node("context_expr", n.ContextExpr)
		f.opt("optional_vars", n.OptionalVars)
		f.close(nil)
	case *Comprehension:
		f := d.open("comprehension")
		f.node("target", n.Target)
		f.node("iter", n.Iter)
		f.exprs("ifs", n.Ifs)
		f.int("is_async", b2i(n.IsAsync))
		f.close(nil)
	default:
		d.b.WriteString("?")
	}
}

func (f *fields) comps(gens []*Comprehension) {
	f.list("generators", len(gens), func(i int) { f.d.node(gens[i]) })
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ConstantRepr returns Python's repr of a Constant value.
func ConstantRepr(v interface{}) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case Imaginary:
		s := FloatRepr(float64(v))
		s = strings.TrimSuffix(s, ".0")
		return s + "j"
	case string:
		return pyRepr(v)
	case Bytes:
		return bytesRepr(string(v))
	case EllipsisType:
		return "Ellipsis"
	}
	return "?"
}

// FloatRepr is Python's repr(float): the shortest round-tripping digits, in
// fixed notation when the decimal exponent is in (-4, 16], else scientific
// with at least two exponent digits.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	mant, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	var s string
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			s = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			s = digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			s = digits[:decpt] + "." + digits[decpt:]
		}
	} else {
		s = digits[:1]
		if len(digits) > 1 {
			s += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += "e" + sign + es
	}
	if neg {
		s = "-" + s
	}
	return s
}

// pyRepr is Python's repr(str).
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
				// A lone surrogate, stored WTF-8 style (see writeRune).
				v := int(s[i]&0x0F)<<12 | int(s[i+1]&0x3F)<<6 | int(s[i+2]&0x3F)
				b.WriteString(`\u` + hexN(v, 4))
				i += 3
				continue
			}
			b.WriteString(`\x`)
			b.WriteString(hex2(int(s[i])))
			i++
			continue
		}
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u` + hexN(int(r), 4))
		default:
			b.WriteString(`\U` + hexN(int(r), 8))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable is Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func hex2(v int) string { return hexN(v, 2) }

func hexN(v, n int) string {
	s := strconv.FormatInt(int64(v), 16)
	for len(s) < n {
		s = "0" + s
	}
	return s
}
