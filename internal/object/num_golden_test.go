package object_test

import (
	"bufio"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestNumGolden evaluates the cases of testdata/num/cases.txt, whose expected
// results CPython 3.11 produced (testdata/num/gen.py), through the runtime's
// abstract operations, slots and methods.
func TestNumGolden(t *testing.T) {
	f, err := os.Open("testdata/num/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rt := newRuntime(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, bad := 0, 0
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats().BlocksInUse()
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Split(line, "\t")
		op, want := fields[0], fields[len(fields)-1]
		var args []object.Ref
		for _, a := range fields[1 : len(fields)-1] {
			args = append(args, numOperand(t, rt, a))
		}
		got := numEval(rt, op, args)
		for _, a := range args {
			rt.Decref(a)
		}
		n++
		if !numMatch(got, want) {
			bad++
			if bad <= 60 {
				t.Errorf("%s\n\tgot  %s\n\twant %s", numTrunc(line, 300), numTrunc(got, 300), numTrunc(want, 300))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d cases, %d failures", n, bad)
	rt.Heap().FlushQuarantine()
	if after := rt.Heap().Stats().BlocksInUse(); after > before+300 {
		t.Errorf("%d blocks in use after the cases, %d before: references leak", after, before)
	}
}

func numTrunc(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func numMatch(got, want string) bool {
	if got == want {
		return true
	}
	// Compare JSON-encoded strings by value.
	if len(got) > 0 && len(want) > 0 && got[0] == want[0] {
		switch got[0] {
		case 'S':
			var g, w string
			return json.Unmarshal([]byte(got[1:]), &g) == nil && json.Unmarshal([]byte(want[1:]), &w) == nil && g == w
		case 'E':
			gi, wi := strings.Index(got, ": "), strings.Index(want, ": ")
			if gi < 0 || wi < 0 || got[:gi] != want[:wi] {
				return false
			}
			var g, w string
			return json.Unmarshal([]byte(got[gi+2:]), &g) == nil && json.Unmarshal([]byte(want[wi+2:]), &w) == nil && g == w
		}
	}
	return false
}

func numOperand(t *testing.T, rt *object.Runtime, a string) object.Ref {
	kind, v, _ := strings.Cut(a, ":")
	switch kind {
	case "i":
		b, ok := new(big.Int).SetString(v, 0)
		if !ok {
			t.Fatalf("bad int operand %q", a)
		}
		return rt.NewIntFromBig(b)
	case "f":
		var x float64
		switch v {
		case "inf":
			x = math.Inf(1)
		case "-inf":
			x = math.Inf(-1)
		case "nan":
			x = math.NaN()
		default:
			var err error
			if x, err = strconv.ParseFloat(v, 64); err != nil {
				t.Fatalf("bad float operand %q", a)
			}
		}
		return rt.NewFloat(x)
	case "b":
		return rt.NewBool(v == "True")
	case "s":
		var s string
		if err := json.Unmarshal([]byte(v), &s); err != nil {
			t.Fatalf("bad str operand %q", a)
		}
		return rt.NewStr(s)
	case "n":
		return rt.None
	case "y", "Y":
		data := make([]byte, len(v)/2)
		for i := range data {
			b, _ := strconv.ParseUint(v[2*i:2*i+2], 16, 8)
			data[i] = byte(b)
		}
		if kind == "Y" {
			return rt.NewByteArray(data)
		}
		return rt.NewBytes(data)
	case "T":
		var items []object.Ref
		for _, x := range strings.Split(v, ",") {
			n, _ := strconv.Atoi(x)
			items = append(items, rt.NewInt(int64(n)))
		}
		return rt.TuplePack(items...)
	case "t":
		switch v {
		case "float":
			return rt.FloatType.Ref
		case "int":
			return rt.IntType.Ref
		case "bool":
			return rt.BoolType.Ref
		}
	}
	t.Fatalf("bad operand %q", a)
	return object.Nil
}

var numBinaryOps = map[string]object.BinaryOperator{
	"add": object.OpAdd, "sub": object.OpSub, "mul": object.OpMul, "truediv": object.OpTrueDiv,
	"floordiv": object.OpFloorDiv, "mod": object.OpMod, "divmod": object.OpDivmod, "pow": object.OpPow,
	"lshift": object.OpLshift, "rshift": object.OpRshift, "and": object.OpAnd, "or": object.OpOr, "xor": object.OpXor,
}

var numCompareOps = map[string]object.CompareOp{
	"lt": object.LT, "le": object.LE, "eq": object.EQ, "ne": object.NE, "gt": object.GT, "ge": object.GE,
}

var numUnaryOps = map[string]object.UnaryOperator{
	"neg": object.OpNeg, "pos": object.OpPos, "abs": object.OpAbs, "invert": object.OpInvert,
}

// numEval applies op to args (borrowed) and renders the result as gen.py does.
func numEval(rt *object.Runtime, op string, args []object.Ref) string {
	var r object.Ref
	if bop, ok := numBinaryOps[op]; ok {
		r = rt.BinaryOp(args[0], args[1], bop)
	} else if cop, ok := numCompareOps[op]; ok {
		r = rt.RichCompare(args[0], args[1], cop)
	} else if uop, ok := numUnaryOps[op]; ok {
		r = rt.UnaryOp(args[0], uop)
	} else {
		switch {
		case op == "pow3":
			r = rt.Power(args[0], args[1], args[2])
		case op == "hash":
			h, ok := rt.Hash(args[0])
			if ok {
				r = rt.NewInt(h)
			}
		case op == "repr":
			r = rt.Repr(args[0])
		case op == "ffmt":
			prec, _ := rt.IntAsInt64(args[2])
			s := object.FormatFloat(rt.FloatValue(args[0]), rt.GoString(args[1])[0], int(prec), args[3] == rt.True)
			b, _ := json.Marshal(s)
			return "S" + string(b)
		case op == "tobase":
			base, _ := rt.IntAsInt64(args[1])
			r = rt.NumberToBase(args[0], int(base))
		case op == "str":
			r = rt.Str(args[0])
		case op == "int":
			r = rt.Call(rt.IntType.Ref, args, object.Nil)
		case op == "float":
			r = rt.Call(rt.FloatType.Ref, args, object.Nil)
		case op == "bool":
			r = rt.Call(rt.BoolType.Ref, args, object.Nil)
		case op == "format":
			if rt.IsInstance(args[0], rt.StrType) {
				return numFormatStr(rt, rt.GoString(args[0]), rt.GoString(args[1]))
			}
			r = rt.CallMethod(args[0], "__format__", args[1])
		case strings.HasPrefix(op, "mk:"):
			parts := strings.Split(op, ":")
			names := strings.Split(parts[2], ",")
			var kw []object.Ref
			for _, n := range names {
				kw = append(kw, rt.NewStr(n))
			}
			kwnames := rt.TuplePack(kw...)
			m := rt.GetAttrString(args[0], parts[1])
			if m != object.Nil {
				r = rt.Call(m, args[1:], kwnames)
				rt.Decref(m)
			}
			rt.Decref(kwnames)
		case strings.HasPrefix(op, "m:"):
			r = rt.CallMethod(args[0], op[2:], args[1:]...)
		case strings.HasPrefix(op, "g:"):
			r = rt.GetAttrString(args[0], op[2:])
		default:
			panic("unknown op " + op)
		}
	}
	if r == object.Nil {
		return numExc(rt)
	}
	if rt.Occurred() {
		rt.Decref(r)
		return "!result with an exception set: " + numExc(rt)
	}
	defer rt.Decref(r)
	if rt.IsInstance(r, rt.StrType) {
		b, _ := json.Marshal(rt.GoString(r))
		return "S" + string(b)
	}
	s := numRepr(rt, r)
	if strings.HasPrefix(s, "E") && rt.IsInt(r) {
		return s // the repr raised (int_max_str_digits)
	}
	return "R" + s
}

// numFormatStr is str.__format__ (CPython's format_string_internal), to exercise
// ParseFormatSpec and Pad.
func numFormatStr(rt *object.Runtime, s, spec string) string {
	if spec == "" {
		b, _ := json.Marshal(s)
		return "S" + string(b)
	}
	fs, ok := rt.ParseFormatSpec(spec)
	if !ok {
		return numExc(rt)
	}
	msg := ""
	switch {
	case fs.Type != 's':
		rt.UnknownFormatCode(fs, "str")
		return numExc(rt)
	case fs.Sign != 0:
		msg = "Sign not allowed in string format specifier"
	case fs.Alt:
		msg = "Alternate form (#) not allowed in string format specifier"
	case fs.EffectiveAlign('<') == '=':
		msg = "'=' alignment not allowed in string format specifier"
	}
	if msg != "" {
		b, _ := json.Marshal(msg)
		return "EValueError: " + string(b)
	}
	if fs.Precision >= 0 && len([]rune(s)) > fs.Precision {
		s = string([]rune(s)[:fs.Precision])
	}
	b, _ := json.Marshal(fs.Pad(s, '<'))
	return "S" + string(b)
}

func numExc(rt *object.Runtime) string {
	e := rt.Fetch()
	if e == object.Nil {
		return "!Nil without an exception"
	}
	defer rt.Decref(e)
	args := rt.ExcArgs(e)
	var msg string
	items := rt.TupleItems(args)
	switch {
	case len(items) == 1 && rt.IsInstance(items[0], rt.StrType):
		msg = rt.GoString(items[0])
	case len(items) == 1:
		msg = numRepr(rt, items[0])
	case len(items) == 0:
		msg = ""
	default:
		msg = numRepr(rt, args)
	}
	b, _ := json.Marshal(msg)
	return "E" + rt.TypeNameOf(e) + ": " + string(b)
}

// numRepr renders the results the cases produce as Python's repr does.
func numRepr(rt *object.Runtime, r object.Ref) string {
	switch {
	case r == rt.None:
		return "None"
	case r == rt.True:
		return "True"
	case r == rt.False:
		return "False"
	case rt.IsInt(r):
		s, ok := rt.IntDecimal(r)
		if !ok {
			return numExc(rt)
		}
		return s
	case rt.IsFloat(r):
		return object.FloatRepr(rt.FloatValue(r))
	case rt.IsInstance(r, rt.StrType):
		s := rt.GoString(r)
		if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
			return "\"" + s + "\""
		}
		return "'" + strings.ReplaceAll(strings.ReplaceAll(s, "\\", "\\\\"), "'", "\\'") + "'"
	case rt.IsInstance(r, rt.TupleType):
		items := rt.TupleItems(r)
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = numRepr(rt, it)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	s := rt.Repr(r)
	if s == object.Nil {
		return numExc(rt)
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}
