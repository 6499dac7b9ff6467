package object_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestStrGolden runs the cases of testdata/str/cases.jsonl (written by
// testdata/str/gen.py from CPython 3.11) through the object API and compares each
// outcome — repr of the result, or "ExcType: message" — with CPython's.
func TestStrGolden(t *testing.T) {
	rt := newRuntime(t)
	runStrGolden(t, rt, true)
}

// TestStrGoldenLeaks runs the cases three times: after the first run has filled the
// caches (interned names, free lists), a run must leave exactly as many blocks in
// use as it found: every reference the cases create is dropped.
func TestStrGoldenLeaks(t *testing.T) {
	rt := newRuntime(t)
	runStrGolden(t, rt, false)
	runStrGolden(t, rt, false)
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats().BlocksInUse()
	runStrGolden(t, rt, false)
	rt.Heap().FlushQuarantine()
	if after := rt.Heap().Stats().BlocksInUse(); after != before {
		t.Errorf("a run of the golden cases leaked %d blocks (%d in use before, %d after)", after-before, before, after)
	}
}

func runStrGolden(t *testing.T, rt *object.Runtime, check bool) {
	f, err := os.Open("testdata/str/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, failed := 0, 0
	for sc.Scan() {
		var c struct {
			Op   json.RawMessage
			Want string
		}
		d := json.NewDecoder(strings.NewReader(sc.Text()))
		d.UseNumber()
		if err := d.Decode(&c); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
		g := &golden{t: t, rt: rt}
		got := g.run(c.Op)
		if rt.Occurred() {
			got += " (and an exception left set: " + errString(rt) + ")"
		}
		if check && got != c.Want {
			failed++
			if failed <= 200 {
				t.Errorf("%s\n\tgot  %s\n\twant %s", c.Op, got, c.Want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if check {
		t.Logf("%d cases, %d failed", n, failed)
	}
}

type golden struct {
	t  *testing.T
	rt *object.Runtime
}

func (g *golden) val(raw json.RawMessage) object.Ref {
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		g.t.Fatalf("bad value %s: %v", raw, err)
	}
	return g.build(v)
}

// build makes a new reference to the value v encodes (see gen.py).
func (g *golden) build(v any) object.Ref {
	rt := g.rt
	switch x := v.(type) {
	case nil:
		return rt.None
	case bool:
		return rt.NewBool(x)
	case string:
		return rt.NewStr(x)
	case json.Number:
		i, err := strconv.ParseInt(string(x), 10, 64)
		if err != nil {
			g.t.Fatalf("bad int %s", x)
		}
		return rt.NewInt(i)
	case map[string]any:
		for k, e := range x {
			switch k {
			case "u":
				var cps []rune
				for _, c := range e.([]any) {
					i, _ := c.(json.Number).Int64()
					cps = append(cps, rune(i))
				}
				return rt.NewStrFromRunes(cps)
			case "i":
				b, _ := new(big.Int).SetString(e.(string), 10)
				return rt.NewIntFromBig(b)
			case "f":
				f, _ := strconv.ParseFloat(e.(string), 64)
				return rt.NewFloat(f)
			case "b", "ba":
				var data []byte
				fmt.Sscanf(e.(string), "%x", &data)
				if e.(string) == "" {
					data = nil
				}
				if k == "b" {
					return rt.NewBytes(data)
				}
				return rt.NewByteArray(data)
			case "t", "l":
				var items []object.Ref
				for _, it := range e.([]any) {
					items = append(items, g.build(it))
				}
				var r object.Ref
				if k == "t" {
					r = rt.TupleFrom(items...)
				} else {
					r = rt.ListFrom(items...)
				}
				for _, it := range items {
					rt.Decref(it)
				}
				return r
			case "d":
				dd := rt.NewDict()
				for _, kv := range e.([]any) {
					p := kv.([]any)
					k, v := g.build(p[0]), g.build(p[1])
					rt.DictSetItem(dd, k, v)
					rt.Decref(k)
					rt.Decref(v)
				}
				return dd
			case "sl":
				p := e.([]any)
				a, b, c := g.build(p[0]), g.build(p[1]), g.build(p[2])
				s := rt.NewSlice(a, b, c)
				rt.Decref(a)
				rt.Decref(b)
				rt.Decref(c)
				return s
			case "type":
				switch e.(string) {
				case "str":
					return rt.StrType.Ref
				case "bytes":
					return rt.BytesType.Ref
				case "bytearray":
					return rt.ByteArrayType.Ref
				}
			}
		}
	}
	g.t.Fatalf("cannot build %v", v)
	return object.Nil
}

// render returns repr(r) for the types the cases produce, without relying on the
// reprs of containers and numbers that other files implement.
func (g *golden) render(r object.Ref) string {
	rt := g.rt
	switch {
	case r == rt.None:
		return "None"
	case r == rt.True:
		return "True"
	case r == rt.False:
		return "False"
	case rt.IsInt(r):
		return rt.IntBig(r).String()
	case rt.IsFloat(r):
		return object.FloatRepr(rt.FloatValue(r))
	case rt.TypeOf(r) == rt.TupleType:
		items := rt.TupleItems(r)
		var parts []string
		for _, it := range items {
			parts = append(parts, g.render(it))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case rt.TypeOf(r) == rt.ListType:
		var parts []string
		for _, it := range rt.ListItems(r) {
			parts = append(parts, g.render(it))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case rt.TypeOf(r) == rt.DictType:
		var parts []string
		pos := 0
		for {
			k, v, ok := rt.DictNext(r, &pos)
			if !ok {
				break
			}
			parts = append(parts, g.render(k)+": "+g.render(v))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	s := rt.Repr(r)
	if s == object.Nil {
		return "repr raised " + errString(g.rt)
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

func (g *golden) outcome(r object.Ref) string {
	if r == object.Nil {
		return errString(g.rt)
	}
	defer g.rt.Decref(r)
	if name := g.rt.TypeNameOf(r); strings.HasSuffix(name, "_iterator") {
		var items []string
		for {
			v := g.rt.Next(r)
			if v == object.Nil {
				break
			}
			items = append(items, g.render(v))
			g.rt.Decref(v)
		}
		if g.rt.Occurred() {
			return errString(g.rt)
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	return g.render(r)
}

type opJSON struct {
	M   string                     `json:"m"`
	R   json.RawMessage            `json:"r"`
	A   json.RawMessage            `json:"a"`
	B   json.RawMessage            `json:"b"`
	K   map[string]json.RawMessage `json:"k"`
	New string                     `json:"new"`
	Op  string                     `json:"op"`
	Mut json.RawMessage            `json:"mut"`
	Ops []json.RawMessage          `json:"ops"`
	Set json.RawMessage            `json:"set"`
	V   json.RawMessage            `json:"v"`
	Del json.RawMessage            `json:"del"`
}

// callArgs builds the arguments and kwnames of a call.
func (g *golden) callArgs(a json.RawMessage, k map[string]json.RawMessage) ([]object.Ref, object.Ref) {
	rt := g.rt
	var raws []json.RawMessage
	if len(a) > 0 {
		json.Unmarshal(a, &raws)
	}
	var args []object.Ref
	for _, x := range raws {
		args = append(args, g.val(x))
	}
	kwnames := object.Nil
	if len(k) > 0 {
		var names []object.Ref
		// Keyword order does not matter to the cases; sort for determinism.
		keys := make([]string, 0, len(k))
		for name := range k {
			keys = append(keys, name)
		}
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				if keys[j] < keys[i] {
					keys[i], keys[j] = keys[j], keys[i]
				}
			}
		}
		for _, name := range keys {
			names = append(names, rt.NewStr(name))
			args = append(args, g.val(k[name]))
		}
		kwnames = rt.TupleFrom(names...)
		for _, n := range names {
			rt.Decref(n)
		}
	}
	return args, kwnames
}

func (g *golden) call(callable object.Ref, a json.RawMessage, k map[string]json.RawMessage) object.Ref {
	args, kwnames := g.callArgs(a, k)
	r := g.rt.Call(callable, args, kwnames)
	for _, x := range args {
		g.rt.Decref(x)
	}
	g.rt.Decref(kwnames)
	return r
}

func (g *golden) method(recv object.Ref, name string, a json.RawMessage, k map[string]json.RawMessage) object.Ref {
	m := g.rt.GetAttrString(recv, name)
	if m == object.Nil {
		return object.Nil
	}
	defer g.rt.Decref(m)
	return g.call(m, a, k)
}

var compareOps = map[string]object.CompareOp{"<": object.LT, "<=": object.LE, "==": object.EQ, "!=": object.NE, ">": object.GT, ">=": object.GE}

func (g *golden) run(raw json.RawMessage) string {
	rt := g.rt
	var op opJSON
	if err := json.Unmarshal(raw, &op); err != nil {
		g.t.Fatal(err)
	}
	switch {
	case op.M != "":
		recv := g.val(op.R)
		defer rt.Decref(recv)
		return g.outcome(g.method(recv, op.M, op.A, op.K))
	case op.New != "":
		typ := g.build(map[string]any{"type": op.New})
		return g.outcome(g.call(typ, op.A, op.K))
	case op.Mut != nil:
		obj := g.val(op.Mut)
		defer rt.Decref(obj)
		last := rt.None
		for _, oraw := range op.Ops {
			var o opJSON
			json.Unmarshal(oraw, &o)
			rt.Decref(last)
			last = rt.None
			switch {
			case o.Set != nil:
				k, v := g.val(o.Set), g.val(o.V)
				if rt.SetItem(obj, k, v) < 0 {
					last = object.Nil
				}
				rt.Decref(k)
				rt.Decref(v)
			case o.Del != nil:
				k := g.val(o.Del)
				if rt.SetItem(obj, k, object.Nil) < 0 {
					last = object.Nil
				}
				rt.Decref(k)
			case o.M != "":
				last = g.method(obj, o.M, o.A, nil)
			default:
				b := g.val(o.B)
				binop := object.OpAdd
				if o.Op == "*=" {
					binop = object.OpMul
				}
				r := rt.InplaceOp(obj, b, binop)
				rt.Decref(b)
				if r == object.Nil {
					last = object.Nil
				} else {
					rt.Decref(r)
				}
			}
			if last == object.Nil {
				return errString(rt) + " | " + g.render(obj)
			}
		}
		return g.outcome(last) + " | " + g.render(obj)
	}
	a := g.val(op.A)
	defer rt.Decref(a)
	if op.Op == "charmap" {
		var name string
		json.Unmarshal(op.B, &name)
		return g.charmap(a, name)
	}
	var b object.Ref
	if op.B != nil {
		b = g.val(op.B)
		defer rt.Decref(b)
	}
	switch op.Op {
	case "+":
		return g.outcome(rt.BinaryOp(a, b, object.OpAdd))
	case "*":
		return g.outcome(rt.BinaryOp(a, b, object.OpMul))
	case "%":
		return g.outcome(rt.BinaryOp(a, b, object.OpMod))
	case "<", "<=", "==", "!=", ">", ">=":
		return g.outcome(rt.RichCompare(a, b, compareOps[op.Op]))
	case "in":
		switch rt.Contains(b, a) {
		case 1:
			return "True"
		case 0:
			return "False"
		}
		return errString(rt)
	case "[]":
		return g.outcome(rt.GetItem(a, b))
	case "len":
		n := rt.Len(a)
		if n < 0 {
			return errString(rt)
		}
		return strconv.Itoa(n)
	case "repr":
		return g.outcome(rt.Repr(a))
	case "ascii":
		return g.outcome(rt.ReprASCII(a))
	case "str":
		return g.outcome(rt.Str(a))
	case "iter":
		return g.outcome(rt.Iter(a))
	case "hash=":
		ha, ok1 := rt.Hash(a)
		hb, ok2 := rt.Hash(b)
		if !ok1 || !ok2 {
			return errString(rt)
		}
		if ha == hb {
			return "True"
		}
		return "False"
	}
	g.t.Fatalf("unknown op %s", raw)
	return ""
}

// charmap calls the method name on each character of s and joins the results as
// gen.py's charmap does.
func (g *golden) charmap(s object.Ref, name string) string {
	rt := g.rt
	it := rt.Iter(s)
	if it == object.Nil {
		return errString(rt)
	}
	defer rt.Decref(it)
	var preds []byte
	var maps []object.Ref
	for {
		c := rt.Next(it)
		if c == object.Nil {
			break
		}
		r := rt.CallMethod(c, name)
		rt.Decref(c)
		if r == object.Nil {
			return errString(rt)
		}
		switch r {
		case rt.True:
			preds = append(preds, '1')
		case rt.False:
			preds = append(preds, '0')
		default:
			maps = append(maps, r)
			continue
		}
		rt.Decref(r)
	}
	if preds != nil {
		return "'" + string(preds) + "'"
	}
	sep := rt.NewStr("|")
	defer rt.Decref(sep)
	l := rt.ListFrom(maps...)
	for _, m := range maps {
		rt.Decref(m)
	}
	defer rt.Decref(l)
	return g.outcome(rt.CallMethod(sep, "join", l))
}
