// The SyntaxWarnings of CPython 3.11's compiler.

package compile

import (
	"math/big"

	"github.com/pyheap/pyheap/internal/syntax"
)

// Warning is a SyntaxWarning the compiler found: code that is valid but almost
// certainly a mistake (CPython's compiler_warn). The VM prints each one: CPython
// warns with no registry, so even the same warning on the same line shows every
// time the compiler meets it (twice for a while loop's test, which CPython 3.11
// compiles at the loop's top and again at its bottom).
type Warning struct {
	Line int
	Msg  string
}

// warn records a SyntaxWarning at node n's first line.
func (c *compiler) warn(n syntax.Node, msg string) {
	c.warnings = append(c.warnings, Warning{Line: int(n.Position().Lineno), Msg: msg})
}

// literalType returns the name of the type of the value e is once CPython's AST
// optimizer has folded constants (a literal, a signed or inverted number, a tuple
// of such, arithmetic on numbers), or "" when e is not such a constant.
func literalType(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Constant:
		switch v := x.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case int64, *big.Int:
			return "int"
		case float64:
			return "float"
		case syntax.Imaginary:
			return "complex"
		case string:
			return "str"
		case syntax.Bytes:
			return "bytes"
		case syntax.EllipsisType:
			return "ellipsis"
		default:
			_ = v
			return ""
		}
	case *syntax.UnaryOp:
		t := literalType(x.Operand)
		switch {
		case x.Op == syntax.Not && t != "":
			return "bool"
		case (x.Op == syntax.USub || x.Op == syntax.UAdd) && (t == "int" || t == "float" || t == "complex" || t == "bool"):
			if t == "bool" {
				return "int"
			}
			return t
		case x.Op == syntax.Invert && (t == "int" || t == "bool"):
			return "int"
		}
	case *syntax.Tuple:
		for _, el := range x.Elts {
			if literalType(el) == "" {
				return ""
			}
		}
		return "tuple"
	case *syntax.BinOp:
		a, b := literalType(x.Left), literalType(x.Right)
		num := func(t string) int { // int < float < complex; 0: not a number
			switch t {
			case "bool", "int":
				return 1
			case "float":
				return 2
			case "complex":
				return 3
			}
			return 0
		}
		if num(a) == 0 || num(b) == 0 {
			return ""
		}
		switch x.Op {
		case syntax.Add, syntax.Sub, syntax.Mult:
			return [...]string{"", "int", "float", "complex"}[max(num(a), num(b))]
		}
	}
	return ""
}

// isArg reports whether e may be an operand of `is` without a warning (CPython's
// check_is_arg): anything but a constant other than None, True, False and ....
func isArg(e syntax.Expr) bool {
	switch literalType(e) {
	case "", "NoneType", "ellipsis", "bool": // (not 1 folds to False)
		return true
	}
	return false
}

// checkCompare warns of `is` and `is not` with a literal (check_compare).
func (c *compiler) checkCompare(x *syntax.Compare) {
	left := isArg(x.Left)
	for i, op := range x.Ops {
		right := isArg(x.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (!left || !right) {
			if op == syntax.Is {
				c.warn(x, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(x, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// displayType is the type a display or literal makes (CPython's infer_type), ""
// when it cannot be told from the syntax.
func displayType(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return literalType(e)
}

// checkCaller warns of calling a literal or a display (check_caller), as in
// [(1, 2) (3, 4)] with a comma missing.
func (c *compiler) checkCaller(x *syntax.Call) {
	switch x.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		if t := displayType(x.Func); t != "" {
			c.warn(x, "'"+t+"' object is not callable; perhaps you missed a comma?")
		}
	}
}

// checkSubscript warns of subscripting what cannot be subscripted, or indexing
// a sequence with what cannot be an index (check_subscripter and check_index).
func (c *compiler) checkSubscript(x *syntax.Subscript) {
	switch v := x.Value.(type) {
	case *syntax.Constant:
		switch literalType(v) {
		case "NoneType", "ellipsis", "int", "float", "complex", "bool":
			c.warn(x, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn(x, "'"+displayType(v)+"' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	index := displayType(x.Slice)
	if _, isSlice := x.Slice.(*syntax.Slice); index == "" || isSlice || index == "int" || index == "bool" {
		return
	}
	switch v := x.Value.(type) {
	case *syntax.Constant:
		if t := literalType(v); t != "str" && t != "bytes" {
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(x, displayType(x.Value)+" indices must be integers or slices, not "+index+"; perhaps you missed a comma?")
}

// checkAssert warns of `assert (test, msg)`, always true (compiler_assert).
func (c *compiler) checkAssert(s *syntax.Assert) {
	if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warn(s, "assertion is always true, perhaps remove parentheses?")
	}
}
