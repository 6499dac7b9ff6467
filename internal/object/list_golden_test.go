package object_test

// The container conformance table: testdata/containers/cases.jsonl holds small Python
// programs and what CPython 3.11 printed for them (gen.py writes it). This test runs
// each program through the object API with a small evaluator over the syntax
// package's AST (names, displays, calls, attributes, subscripts, operators, lambdas,
// assignment, del, for) and compares repr() of the result, or "ExcType: message".

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/syntax"
)

type evalError struct{}

// evaluator runs a case's statements; an exception unwinds as a panic(evalError{})
// with the exception set in the runtime.
type evaluator struct {
	rt       *object.Runtime
	globals  map[string]object.Ref
	builtins map[string]object.Ref
}

func (ev *evaluator) check(r object.Ref) object.Ref {
	if r == object.Nil {
		if !ev.rt.Occurred() {
			ev.rt.Raise("SystemError", "NULL result without error")
		}
		panic(evalError{})
	}
	return r
}

func (ev *evaluator) checkInt(n int) int {
	if n < 0 {
		if !ev.rt.Occurred() {
			ev.rt.Raise("SystemError", "error return without exception set")
		}
		panic(evalError{})
	}
	return n
}

// set stores a new reference into a variable.
func (ev *evaluator) set(env map[string]object.Ref, name string, v object.Ref) {
	if old, ok := env[name]; ok {
		ev.rt.Decref(old)
	}
	env[name] = v
}

func (ev *evaluator) lookup(env map[string]object.Ref, name string) object.Ref {
	if v, ok := env[name]; ok {
		return ev.rt.New(v)
	}
	if v, ok := ev.globals[name]; ok {
		return ev.rt.New(v)
	}
	if v, ok := ev.builtins[name]; ok {
		return ev.rt.New(v)
	}
	ev.rt.Raise("NameError", "name '%s' is not defined", name)
	panic(evalError{})
}

func (ev *evaluator) exec(env map[string]object.Ref, stmts []syntax.Stmt) {
	rt := ev.rt
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.ExprStmt:
			rt.Decref(ev.eval(env, s.Value))
		case *syntax.Assign:
			v := ev.eval(env, s.Value)
			func() {
				defer rt.Decref(v)
				for _, t := range s.Targets {
					ev.assign(env, t, v)
				}
			}()
		case *syntax.AugAssign:
			switch t := s.Target.(type) {
			case *syntax.Name:
				cur := ev.lookup(env, t.Id)
				v := ev.evalOr(env, s.Value, cur)
				r := rt.InplaceOp(cur, v, binOp(s.Op))
				rt.Decref(cur)
				rt.Decref(v)
				ev.set(env, t.Id, ev.check(r))
			case *syntax.Subscript:
				o := ev.eval(env, t.Value)
				k := ev.evalOr(env, t.Slice, o)
				func() {
					var cur, v, r object.Ref
					defer func() {
						for _, x := range []object.Ref{o, k, cur, v, r} {
							rt.Decref(x)
						}
					}()
					cur = ev.check(rt.GetItem(o, k))
					v = ev.eval(env, s.Value)
					r = ev.check(rt.InplaceOp(cur, v, binOp(s.Op)))
					ev.checkInt(rt.SetItem(o, k, r))
				}()
			default:
				panic(fmt.Sprintf("unsupported augassign target %T", t))
			}
		case *syntax.Delete:
			for _, t := range s.Targets {
				switch t := t.(type) {
				case *syntax.Subscript:
					o := ev.eval(env, t.Value)
					k := ev.evalOr(env, t.Slice, o)
					r := rt.SetItem(o, k, object.Nil)
					rt.Decref(o)
					rt.Decref(k)
					ev.checkInt(r)
				case *syntax.Name:
					ev.set(env, t.Id, object.Nil)
					delete(env, t.Id)
				default:
					panic(fmt.Sprintf("unsupported del target %T", t))
				}
			}
		case *syntax.For:
			seq := ev.eval(env, s.Iter)
			it := rt.Iter(seq)
			rt.Decref(seq)
			ev.check(it)
			func() {
				defer rt.Decref(it)
				for {
					x := rt.Next(it)
					if x == object.Nil {
						if rt.Occurred() {
							panic(evalError{})
						}
						return
					}
					func() {
						defer rt.Decref(x)
						ev.assign(env, s.Target, x)
					}()
					ev.exec(env, s.Body)
				}
			}()
		case *syntax.Pass:
		default:
			panic(fmt.Sprintf("unsupported statement %T", s))
		}
	}
}

// assign binds v (borrowed) to a target.
func (ev *evaluator) assign(env map[string]object.Ref, t syntax.Expr, v object.Ref) {
	rt := ev.rt
	switch t := t.(type) {
	case *syntax.Name:
		ev.set(env, t.Id, rt.New(v))
	case *syntax.Subscript:
		o := ev.eval(env, t.Value)
		k := ev.evalOr(env, t.Slice, o)
		r := rt.SetItem(o, k, v)
		rt.Decref(o)
		rt.Decref(k)
		ev.checkInt(r)
	case *syntax.Attribute:
		o := ev.eval(env, t.Value)
		name := rt.NewStr(t.Attr)
		r := rt.SetAttr(o, name, v)
		rt.Decref(name)
		rt.Decref(o)
		ev.checkInt(r)
	default:
		panic(fmt.Sprintf("unsupported assignment target %T", t))
	}
}

func binOp(op syntax.Operator) object.BinaryOperator {
	switch op {
	case syntax.Add:
		return object.OpAdd
	case syntax.Sub:
		return object.OpSub
	case syntax.Mult:
		return object.OpMul
	case syntax.Mod:
		return object.OpMod
	case syntax.FloorDiv:
		return object.OpFloorDiv
	case syntax.Div:
		return object.OpTrueDiv
	case syntax.Pow:
		return object.OpPow
	case syntax.BitOr:
		return object.OpOr
	case syntax.BitAnd:
		return object.OpAnd
	case syntax.BitXor:
		return object.OpXor
	case syntax.LShift:
		return object.OpLshift
	case syntax.RShift:
		return object.OpRshift
	}
	return object.OpMatMul
}

// eval returns a new reference.
func (ev *evaluator) eval(env map[string]object.Ref, e syntax.Expr) object.Ref {
	rt := ev.rt
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case nil:
			return rt.None
		case bool:
			return rt.NewBool(v)
		case int64:
			return ev.check(rt.NewInt(v))
		case *big.Int:
			return ev.check(rt.NewIntFromBig(v))
		case string:
			return ev.check(rt.NewStr(v))
		case float64:
			return ev.check(rt.NewFloat(v))
		}
		panic(fmt.Sprintf("unsupported constant %T", e.Value))
	case *syntax.Name:
		return ev.lookup(env, e.Id)
	case *syntax.List:
		l := ev.check(rt.NewList(0))
		for _, x := range e.Elts {
			v := ev.evalOr(env, x, l)
			r := rt.ListAppend(l, v)
			rt.Decref(v)
			ev.checkInt(r)
		}
		return l
	case *syntax.Tuple:
		items := ev.evalAll(env, e.Elts)
		return ev.check(rt.TuplePack(items...))
	case *syntax.Set:
		s := ev.check(rt.NewSet(object.Nil))
		for _, x := range e.Elts {
			v := ev.evalOr(env, x, s)
			r := rt.SetAdd(s, v)
			rt.Decref(v)
			if r < 0 {
				rt.Decref(s)
				panic(evalError{})
			}
		}
		return s
	case *syntax.Dict:
		d := ev.check(rt.NewDict())
		for i, k := range e.Keys {
			kv := ev.evalOr(env, k, d)
			vv := ev.evalOr(env, e.Values[i], d, kv)
			r := rt.DictSetItem(d, kv, vv)
			rt.Decref(kv)
			rt.Decref(vv)
			if r < 0 {
				rt.Decref(d)
				panic(evalError{})
			}
		}
		return d
	case *syntax.BinOp:
		a := ev.eval(env, e.Left)
		b := ev.evalOr(env, e.Right, a)
		r := rt.BinaryOp(a, b, binOp(e.Op))
		rt.Decref(a)
		rt.Decref(b)
		return ev.check(r)
	case *syntax.UnaryOp:
		v := ev.eval(env, e.Operand)
		defer rt.Decref(v)
		switch e.Op {
		case syntax.Not:
			return rt.NewBool(ev.checkInt(rt.IsTrue(v)) == 0)
		case syntax.USub:
			return ev.check(rt.UnaryOp(v, object.OpNeg))
		case syntax.UAdd:
			return ev.check(rt.UnaryOp(v, object.OpPos))
		}
		return ev.check(rt.UnaryOp(v, object.OpInvert))
	case *syntax.BoolOp:
		var v object.Ref
		for i, x := range e.Values {
			v = ev.eval(env, x)
			if i == len(e.Values)-1 {
				break
			}
			t := rt.IsTrue(v)
			if t < 0 {
				rt.Decref(v)
				panic(evalError{})
			}
			if (t == 1) == (e.Op == syntax.Or) {
				break
			}
			rt.Decref(v)
		}
		return v
	case *syntax.IfExp:
		c := ev.eval(env, e.Test)
		t := rt.IsTrue(c)
		rt.Decref(c)
		if ev.checkInt(t) == 1 {
			return ev.eval(env, e.Body)
		}
		return ev.eval(env, e.Orelse)
	case *syntax.Compare:
		left := ev.eval(env, e.Left)
		for i, op := range e.Ops {
			right := ev.evalOr(env, e.Comparators[i], left)
			r := ev.compare(op, left, right)
			rt.Decref(left)
			if i == len(e.Ops)-1 {
				rt.Decref(right)
				return r
			}
			t := rt.IsTrue(r)
			if t <= 0 {
				rt.Decref(right)
				if t < 0 {
					rt.Decref(r)
					panic(evalError{})
				}
				return r
			}
			rt.Decref(r)
			left = right
		}
		panic("unreachable")
	case *syntax.Call:
		f := ev.eval(env, e.Func)
		args := ev.evalAllOr(env, e.Args, f)
		var kwnames object.Ref
		if len(e.Keywords) > 0 {
			var names []object.Ref
			for _, k := range e.Keywords {
				names = append(names, rt.NewStr(k.Arg))
				args = append(args, ev.evalOr(env, k.Value, append(append([]object.Ref{f}, args...), names...)...))
			}
			kwnames = rt.TuplePack(names...)
		}
		r := rt.Call(f, args, kwnames)
		rt.Decref(f)
		for _, a := range args {
			rt.Decref(a)
		}
		rt.Decref(kwnames)
		return ev.check(r)
	case *syntax.Attribute:
		o := ev.eval(env, e.Value)
		r := rt.GetAttrString(o, e.Attr)
		rt.Decref(o)
		return ev.check(r)
	case *syntax.Subscript:
		o := ev.eval(env, e.Value)
		k := ev.evalOr(env, e.Slice, o)
		r := rt.GetItem(o, k)
		rt.Decref(o)
		rt.Decref(k)
		return ev.check(r)
	case *syntax.Slice:
		var parts [3]object.Ref
		for i, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				parts[i] = ev.evalOr(env, x, parts[:i]...)
			}
		}
		s := rt.NewSlice(parts[0], parts[1], parts[2])
		for _, p := range parts {
			rt.Decref(p)
		}
		return ev.check(s)
	case *syntax.Lambda:
		return ev.lambda(env, e)
	case *syntax.GeneratorExp:
		// Evaluated eagerly into a list iterator: enough for the table's uses.
		out := ev.comprehension(env, e.Generators, e.Elt)
		it := rt.Iter(out)
		rt.Decref(out)
		return ev.check(it)
	case *syntax.ListComp:
		return ev.comprehension(env, e.Generators, e.Elt)
	}
	panic(fmt.Sprintf("unsupported expression %T", e))
}

// comprehension evaluates a one-clause comprehension into a new list.
func (ev *evaluator) comprehension(env map[string]object.Ref, gens []*syntax.Comprehension, elt syntax.Expr) object.Ref {
	rt := ev.rt
	if len(gens) != 1 || len(gens[0].Ifs) != 0 {
		panic("unsupported comprehension")
	}
	g := gens[0]
	seq := ev.eval(env, g.Iter)
	l := rt.SequenceList(seq)
	rt.Decref(seq)
	ev.check(l)
	out := rt.NewList(0)
	inner := map[string]object.Ref{}
	for k, v := range env {
		inner[k] = rt.New(v)
	}
	defer func() {
		for _, v := range inner {
			rt.Decref(v)
		}
		rt.Decref(l)
		if x := recover(); x != nil {
			rt.Decref(out)
			panic(x)
		}
	}()
	for _, x := range rt.ListItems(l) {
		ev.assign(inner, g.Target, x)
		v := ev.eval(inner, elt)
		rt.ListAppend(out, v)
		rt.Decref(v)
	}
	return out
}

// evalOr evaluates e, dropping the references in pending if it raises.
func (ev *evaluator) evalOr(env map[string]object.Ref, e syntax.Expr, pending ...object.Ref) (r object.Ref) {
	defer func() {
		if x := recover(); x != nil {
			for _, p := range pending {
				ev.rt.Decref(p)
			}
			panic(x)
		}
	}()
	return ev.eval(env, e)
}

func (ev *evaluator) evalAll(env map[string]object.Ref, es []syntax.Expr) []object.Ref {
	return ev.evalAllOr(env, es)
}

func (ev *evaluator) evalAllOr(env map[string]object.Ref, es []syntax.Expr, pending ...object.Ref) []object.Ref {
	var out []object.Ref
	for _, x := range es {
		out = append(out, ev.evalOr(env, x, append(append([]object.Ref(nil), pending...), out...)...))
	}
	return out
}

func (ev *evaluator) compare(op syntax.CmpOperator, a, b object.Ref) object.Ref {
	rt := ev.rt
	switch op {
	case syntax.Is:
		return rt.NewBool(a == b)
	case syntax.IsNot:
		return rt.NewBool(a != b)
	case syntax.In, syntax.NotIn:
		c := rt.Contains(b, a)
		if c < 0 {
			rt.Decref(a)
			rt.Decref(b)
			panic(evalError{})
		}
		return rt.NewBool((c == 1) == (op == syntax.In))
	}
	ops := map[syntax.CmpOperator]object.CompareOp{syntax.Eq: object.EQ, syntax.NotEq: object.NE,
		syntax.Lt: object.LT, syntax.LtE: object.LE, syntax.Gt: object.GT, syntax.GtE: object.GE}
	r := rt.RichCompare(a, b, ops[op])
	if r == object.Nil {
		rt.Decref(a)
		rt.Decref(b)
		panic(evalError{})
	}
	return r
}

func (ev *evaluator) lambda(env map[string]object.Ref, e *syntax.Lambda) object.Ref {
	rt := ev.rt
	params := e.Args.Args
	def := &object.MethodDef{Name: "<lambda>", Fn: func(rt *object.Runtime, self object.Ref, args []object.Ref, kwnames object.Ref) (res object.Ref) {
		if len(args) != len(params) || kwnames != object.Nil {
			rt.Raise("TypeError", "<lambda>() takes %d positional arguments but %d were given", len(params), len(args))
			return object.Nil
		}
		inner := map[string]object.Ref{}
		for k, v := range env {
			inner[k] = v
		}
		for i, p := range params {
			inner[p.Arg] = args[i]
		}
		defer func() {
			if x := recover(); x != nil {
				if _, ok := x.(evalError); !ok {
					panic(x)
				}
				res = object.Nil
			}
		}()
		return ev.eval(inner, e.Body)
	}}
	return ev.check(rt.NewBuiltinFunction(def, object.Nil, object.Nil))
}

// run executes a case and returns the repr of its last expression or the error.
func (ev *evaluator) run(src string) (result string) {
	rt := ev.rt
	mod, err := syntax.Parse("<case>", []byte(src))
	if err != nil {
		return "parse error: " + err.Error()
	}
	env := ev.globals
	defer func() {
		if x := recover(); x != nil {
			if _, ok := x.(evalError); !ok {
				panic(x)
			}
			result = errString(rt)
		}
		for k, v := range env {
			rt.Decref(v)
			delete(env, k)
		}
	}()
	body := mod.Body
	last, ok := body[len(body)-1].(*syntax.ExprStmt)
	if !ok {
		ev.exec(env, body)
		return "None"
	}
	ev.exec(env, body[:len(body)-1])
	v := ev.eval(env, last.Value)
	defer rt.Decref(v)
	s := rt.Repr(v)
	if s == object.Nil {
		panic(evalError{})
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

func newEvaluator(rt *object.Runtime) *evaluator {
	ev := &evaluator{rt: rt, globals: map[string]object.Ref{}, builtins: map[string]object.Ref{}}
	for name, t := range map[string]*object.Type{"list": rt.ListType, "tuple": rt.TupleType, "dict": rt.DictType,
		"set": rt.SetType, "frozenset": rt.FrozenSetType, "range": rt.RangeType, "type": rt.TypeType, "slice": rt.SliceType, "bool": rt.BoolType} {
		ev.builtins[name] = t.Ref
	}
	fn := func(name string, f object.MethodFunc) {
		ev.builtins[name] = rt.NewBuiltinFunction(&object.MethodDef{Name: name, Fn: f}, object.Nil, object.Nil)
	}
	fn("len", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("len", args, kw, 1, 1) {
			return object.Nil
		}
		n := rt.Len(args[0])
		if n < 0 {
			return object.Nil
		}
		return rt.NewInt(int64(n))
	})
	fn("repr", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("repr", args, kw, 1, 1) {
			return object.Nil
		}
		return rt.Repr(args[0])
	})
	fn("hash", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("hash", args, kw, 1, 1) {
			return object.Nil
		}
		h, ok := rt.Hash(args[0])
		if !ok {
			return object.Nil
		}
		return rt.NewInt(h)
	})
	fn("iter", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("iter", args, kw, 1, 1) {
			return object.Nil
		}
		return rt.Iter(args[0])
	})
	fn("next", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("next", args, kw, 1, 1) {
			return object.Nil
		}
		v := rt.Next(args[0])
		if v == object.Nil && !rt.Occurred() {
			e := rt.NewException(rt.ExcType("StopIteration"), rt.EmptyTuple)
			rt.Restore(e)
		}
		return v
	})
	fn("reversed", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		if !rt.CheckArgs("reversed", args, kw, 1, 1) {
			return object.Nil
		}
		m := rt.GetAttrString(args[0], "__reversed__")
		if m == object.Nil {
			rt.ClearErr()
			rt.Raise("TypeError", "'%s' object is not reversible", rt.TypeNameOf(args[0]))
			return object.Nil
		}
		defer rt.Decref(m)
		return rt.Call(m, nil, object.Nil)
	})
	fn("sorted", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		l := rt.SequenceList(args[0])
		if l == object.Nil {
			return object.Nil
		}
		m := rt.GetAttrString(l, "sort")
		r := rt.Call(m, args[1:], kw)
		rt.Decref(m)
		if r == object.Nil {
			rt.Decref(l)
			return object.Nil
		}
		rt.Decref(r)
		return l
	})
	fn("try_", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		r := rt.Call(args[0], nil, object.Nil)
		if r == object.Nil {
			return rt.NewStr(errString(rt))
		}
		rt.Decref(r)
		return rt.None
	})
	fn("cap_", func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		size := func(l object.Ref) int64 {
			s := rt.CallMethod(l, "__sizeof__")
			v, _ := rt.IntAsInt64(s)
			rt.Decref(s)
			return v
		}
		empty := rt.NewList(0)
		defer rt.Decref(empty)
		return rt.NewInt((size(args[0]) - size(empty)) / 4)
	})
	return ev
}

type goldenCase struct {
	Src  string `json:"src"`
	Want string `json:"want"`
}

func loadCases(t *testing.T) []goldenCase {
	f, err := os.Open("testdata/containers/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// dependsOnOthers recognises results that fail only because an operation of another
// type (int arithmetic and ordering, str methods, float repr) is not implemented yet
// in this tree: such cases are counted as skipped, not failed.
var otherTypeOp = regexp.MustCompile(`(unsupported operand type\(s\) for [^:]*|bad operand type for [^:]*): '(int|float|str|bool)'( and '(int|float|str|bool)')?|not supported between instances of '(int|float|str|bool)' and '(int|float|str|bool)'`)

var floatLiteral = regexp.MustCompile(`\d\.\d`)

func dependsOnOthers(rt *object.Runtime, src, got, want string) bool {
	m := otherTypeOp.FindString(got)
	if m != "" && !strings.Contains(want, m) {
		return true
	}
	for _, s := range []string{"'str' object is not iterable", "to a sequence"} {
		if strings.Contains(got, s) && !strings.Contains(want, s) {
			return true
		}
	}
	if rt.IntType.Number == nil && strings.Contains(got, "slice indices must be integers") && !strings.Contains(want, "slice indices") {
		return true // big ints have no __index__ yet
	}
	if (rt.FloatType.RichCompare == nil || rt.IntType.RichCompare == nil) && floatLiteral.MatchString(src) {
		return true // float comparison is not there yet
	}
	// Without int comparison, True == 1 does not hold yet.
	return rt.IntType.RichCompare == nil && (strings.Contains(src, "True") || strings.Contains(src, "False"))
}

func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "..."
	}
	return s
}

func TestContainerGolden(t *testing.T) {
	rt := newRuntime(t)
	ev := newEvaluator(rt)
	cases := loadCases(t)
	failed, skipped := 0, 0
	for _, c := range cases {
		got := ev.run(c.Src)
		if rt.Occurred() {
			t.Errorf("%q: exception left set after the case", c.Src)
			rt.ClearErr()
		}
		if got == c.Want {
			continue
		}
		if dependsOnOthers(rt, c.Src, got, c.Want) {
			skipped++
			continue
		}
		failed++
		if failed <= 60 {
			t.Errorf("%s\n   got: %s\n  want: %s", clip(c.Src), clip(got), clip(c.Want))
		}
	}
	t.Logf("%d cases, %d failed, %d skipped (they need operations of other types not implemented yet)", len(cases), failed, skipped)
}

// TestContainerGoldenLeaks runs the table twice: the second run must not leave more
// blocks in use than the first (a leaked reference anywhere in the container code
// would keep objects alive on every run).
func TestContainerGoldenLeaks(t *testing.T) {
	rt := newRuntime(t)
	ev := newEvaluator(rt)
	cases := loadCases(t)
	// Cases that build reference cycles leak until a collection (not run here).
	cycle := regexp.MustCompile(`append\(\[?[lbt][,)\]]|\] = d\b|= d\.(items|keys|values)\(\)`)
	var blocks [3]int
	for pass := range blocks {
		for _, c := range cases {
			if cycle.MatchString(c.Src) {
				continue
			}
			ev.run(c.Src)
			rt.ClearErr()
		}
		rt.Heap().FlushQuarantine()
		blocks[pass] = rt.Heap().Stats().BlocksInUse()
	}
	if blocks[2] > blocks[1] {
		t.Errorf("blocks in use after each run of the table: %v", blocks)
	}
}
