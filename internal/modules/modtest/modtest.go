// Package modtest replays golden cases recorded from CPython 3.11 against pyheap's
// standard modules. A module's testdata/gen.py (run with python3, importing gen.py
// from this directory) writes testdata/golden.jsonl; Run performs the same calls in
// order through the module object and compares repr(result), or "Type: message"
// for an exception, byte for byte.
//
// Values are encoded as tagged JSON: null, true/false, {"i": decimal}, {"f":
// float.hex()}, {"s": str}, {"b": hex bytes}, {"l": [...]}, {"t": [...]}, {"d":
// [[k, v], ...]}, {"set": [...]}, {"fs": [...]}, {"ba": hex bytearray}, {"r":
// [start, stop, step]}, {"v": saved variable}, {"x": a
// callable the test supplies by name}. Function names starting with $ are helpers
// both sides implement: $next, $list (with an optional count), $item, $attr,
// $call, $str, $type.
package modtest

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// NewRuntime returns a runtime closed when the test ends.
func NewRuntime(t testing.TB) *object.Runtime {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close() })
	return rt
}

type record struct {
	Let  string            `json:"let"`
	Val  json.RawMessage   `json:"val"`
	Fn   string            `json:"fn"`
	Args []json.RawMessage `json:"args"`
	Kw   [][2]json.RawMessage
	On   string `json:"on"`
	Save string `json:"save"`
	Show *int   `json:"show"`
	Want string `json:"want"`
}

// addr matches the addresses in reprs, which are compared as equal.
var addr = regexp.MustCompile(` at 0x[0-9a-f]+`)

// Runner holds the state of one replay.
type Runner struct {
	RT   *object.Runtime
	Mod  object.Ref
	Ext  map[string]object.Ref // callables by dotted name (borrowed)
	vars map[string]object.Ref
}

// Run replays the cases of path against module m and returns how many ran.
func Run(t *testing.T, rt *object.Runtime, m object.Ref, path string, ext map[string]object.Ref) int {
	t.Helper()
	return RunKnown(t, rt, m, path, ext, nil)
}

// RunKnown is Run with a list of known divergences from CPython: calls (as the
// failure messages describe them, "cbrt(5e-324)") whose result may differ.
func RunKnown(t *testing.T, rt *object.Runtime, m object.Ref, path string, ext map[string]object.Ref, known map[string]bool) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := &Runner{RT: rt, Mod: m, Ext: ext, vars: map[string]object.Ref{"mod": rt.New(m)}}
	defer func() {
		for _, v := range r.vars {
			rt.Decref(v)
		}
	}()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, fails := 0, 0
	for line := 1; sc.Scan(); line++ {
		var rec record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if rec.Let != "" {
			v := r.decode(rec.Val)
			r.set(rec.Let, v)
			continue
		}
		n++
		got, desc := r.one(&rec)
		if addr.ReplaceAllString(got, " at 0x?") != addr.ReplaceAllString(rec.Want, " at 0x?") && !known[desc] {
			fails++
			if fails <= 60 {
				t.Errorf("%s:%d: %s\n got: %s\nwant: %s", path, line, desc, got, rec.Want)
			}
		}
		if rt.Occurred() {
			t.Fatalf("%s:%d: %s left an exception set", path, line, desc)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if fails > 60 {
		t.Errorf("%d failures in all", fails)
	}
	return n
}

func (r *Runner) set(name string, v object.Ref) {
	if old, ok := r.vars[name]; ok {
		r.RT.Decref(old)
	}
	r.vars[name] = v
}

// ExcString returns "Type: message" for the raised exception, clearing it.
func ExcString(rt *object.Runtime) string {
	e := rt.Fetch()
	defer rt.Decref(e)
	s := rt.Str(e)
	if s == object.Nil {
		rt.ClearErr()
		return rt.TypeNameOf(e) + ": <str failed>"
	}
	defer rt.Decref(s)
	return rt.TypeNameOf(e) + ": " + rt.GoString(s)
}

// Repr returns repr(v) as a Go string, or the exception's description.
func Repr(rt *object.Runtime, v object.Ref) string {
	s := rt.Repr(v)
	if s == object.Nil {
		return "repr failed: " + ExcString(rt)
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

func (r *Runner) one(rec *record) (string, string) {
	rt := r.RT
	var args []object.Ref
	for _, a := range rec.Args {
		args = append(args, r.decode(a))
	}
	var names []object.Ref
	for _, kv := range rec.Kw {
		var k string
		json.Unmarshal(kv[0], &k)
		names = append(names, rt.NewStr(k))
		args = append(args, r.decode(kv[1]))
	}
	defer func() {
		for _, a := range args {
			rt.Decref(a)
		}
	}()
	kw := object.Nil
	if len(names) > 0 {
		kw = rt.TupleFrom(names...)
		for _, n := range names {
			rt.Decref(n)
		}
		defer rt.Decref(kw)
	}
	var sb strings.Builder
	sb.WriteString(rec.Fn + "(")
	for i, a := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(Repr(rt, a))
	}
	sb.WriteString(")")
	desc := sb.String()
	if rec.On != "" {
		desc = rec.On + "." + desc
	}
	res := r.call(rec, args, kw)
	var got string
	if res == object.Nil {
		if !rt.Occurred() {
			got = "no result and no exception"
		} else {
			got = ExcString(rt)
		}
	} else {
		got = Repr(rt, res)
		if rec.Save != "" {
			r.set(rec.Save, rt.New(res))
		}
		rt.Decref(res)
	}
	if rec.Show != nil {
		got += " | " + Repr(rt, args[*rec.Show])
	}
	return got, desc
}

func (r *Runner) call(rec *record, args []object.Ref, kw object.Ref) object.Ref {
	rt := r.RT
	if strings.HasPrefix(rec.Fn, "$") {
		switch rec.Fn {
		case "$next":
			v := rt.Next(args[0])
			if v == object.Nil && !rt.Occurred() {
				rt.Raise("StopIteration", "")
			}
			return v
		case "$list":
			it := rt.Iter(args[0])
			if it == object.Nil {
				return object.Nil
			}
			defer rt.Decref(it)
			limit := -1
			if len(args) > 1 && args[1] != rt.None {
				limit = int(args[1].SmallInt())
			}
			l := rt.NewList(0)
			for i := 0; limit < 0 || i < limit; i++ {
				v := rt.Next(it)
				if v == object.Nil {
					if rt.Occurred() {
						rt.Decref(l)
						return object.Nil
					}
					break
				}
				rt.ListAppend(l, v)
				rt.Decref(v)
			}
			return l
		case "$item":
			return rt.GetItem(args[0], args[1])
		case "$attr":
			return rt.GetAttr(args[0], args[1])
		case "$call":
			return rt.Call(args[0], args[1:], kw)
		case "$str":
			return rt.Str(args[0])
		case "$type":
			return rt.GetAttrString(rt.TypeRefOf(args[0]), "__name__")
		}
		panic("unknown helper " + rec.Fn)
	}
	target := r.Mod
	if rec.On != "" {
		target = r.vars[rec.On]
	}
	f := rt.GetAttrString(target, rec.Fn)
	if f == object.Nil {
		return object.Nil
	}
	defer rt.Decref(f)
	return rt.Call(f, args, kw)
}

func (r *Runner) decode(raw json.RawMessage) object.Ref {
	rt := r.RT
	s := strings.TrimSpace(string(raw))
	switch s {
	case "null":
		return rt.None
	case "true":
		return rt.True
	case "false":
		return rt.False
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		panic(fmt.Sprintf("bad value %s", s))
	}
	for tag, body := range m {
		var str string
		var items []json.RawMessage
		switch tag {
		case "i", "f", "s", "b", "ba", "v", "x":
			json.Unmarshal(body, &str)
		default:
			json.Unmarshal(body, &items)
		}
		list := func() []object.Ref {
			var out []object.Ref
			for _, it := range items {
				out = append(out, r.decode(it))
			}
			return out
		}
		drop := func(refs []object.Ref) {
			for _, x := range refs {
				rt.Decref(x)
			}
		}
		switch tag {
		case "i":
			b, ok := new(big.Int).SetString(str, 10)
			if !ok {
				panic("bad int " + str)
			}
			return rt.NewIntFromBig(b)
		case "f":
			v, err := strconv.ParseFloat(str, 64)
			if err != nil && !strings.Contains(err.Error(), "range") {
				panic("bad float " + str)
			}
			return rt.NewFloat(v)
		case "s":
			return rt.NewStr(str)
		case "b":
			d, _ := hex.DecodeString(str)
			return rt.NewBytes(d)
		case "ba":
			d, _ := hex.DecodeString(str)
			return rt.NewByteArray(d)
		case "r":
			xs := list()
			defer drop(xs)
			return rt.NewRange(xs[0], xs[1], xs[2])
		case "v":
			v, ok := r.vars[str]
			if !ok {
				panic("no variable " + str)
			}
			return rt.New(v)
		case "x":
			v, ok := r.Ext[str]
			if !ok {
				panic("no external callable " + str)
			}
			return rt.New(v)
		case "l":
			xs := list()
			defer drop(xs)
			return rt.ListFrom(xs...)
		case "t":
			xs := list()
			defer drop(xs)
			return rt.TupleFrom(xs...)
		case "set", "fs":
			xs := list()
			defer drop(xs)
			l := rt.ListFrom(xs...)
			defer rt.Decref(l)
			if tag == "set" {
				return rt.NewSet(l)
			}
			return rt.NewFrozenSet(l)
		case "d":
			d := rt.NewDict()
			for _, it := range items {
				var kv [2]json.RawMessage
				json.Unmarshal(it, &kv)
				k, v := r.decode(kv[0]), r.decode(kv[1])
				rt.DictSetItem(d, k, v)
				rt.Decref(k)
				rt.Decref(v)
			}
			return d
		}
		panic("unknown tag " + tag)
	}
	panic("empty value")
}

// Operator returns the callables named "operator.<expr>" for the module operator
// (a new reference the test keeps for its lifetime): an attribute name ("neg"),
// or a call of one with int or str literal arguments ("itemgetter(0)").
func Operator(t testing.TB, rt *object.Runtime, op object.Ref, exprs ...string) map[string]object.Ref {
	out := map[string]object.Ref{}
	for _, e := range exprs {
		name, rest, call := strings.Cut(e, "(")
		f := rt.GetAttrString(op, name)
		if f == object.Nil {
			t.Fatalf("operator.%s: %s", name, ExcString(rt))
		}
		if call {
			var args []object.Ref
			for _, a := range strings.Split(strings.TrimSuffix(rest, ")"), ",") {
				a = strings.TrimSpace(a)
				if a == "" {
					continue
				}
				if n, err := strconv.Atoi(a); err == nil {
					args = append(args, rt.NewInt(int64(n)))
				} else {
					args = append(args, rt.NewStr(strings.Trim(a, "'\"")))
				}
			}
			g := rt.Call(f, args, object.Nil)
			rt.Decref(f)
			if g == object.Nil {
				t.Fatalf("operator.%s: %s", e, ExcString(rt))
			}
			f = g
		}
		out["operator."+e] = f
	}
	return out
}

// inUse is the number of heap blocks and free-store bytes in use.
func inUse(rt *object.Runtime) (int, uintptr) {
	rt.Heap().FlushQuarantine() // under the debug allocator, freed blocks wait there
	s := rt.Heap().Stats()
	return s.BlocksInUse(), s.StoreBytes - s.StoreFreeBytes
}

// CheckNoLeak replays path four more times and fails when the heap grows from
// the second replay to the fourth by more than a few blocks (references the
// module's functions fail to drop leak on every replay, usually many times).
// Caches and free lists fill during the first replays; the small slack covers
// the free lists' fill levels, which wander by a block or two.
func CheckNoLeak(t *testing.T, rt *object.Runtime, m object.Ref, path string, ext map[string]object.Ref, known map[string]bool) {
	t.Helper()
	RunKnown(t, rt, m, path, ext, known)
	RunKnown(t, rt, m, path, ext, known)
	b1, s1 := inUse(rt)
	RunKnown(t, rt, m, path, ext, known)
	RunKnown(t, rt, m, path, ext, known)
	b2, s2 := inUse(rt)
	if b2 > b1+8 || s2 > s1 {
		t.Errorf("two more replays of %s left %d more blocks and %d more free-store bytes in use", path, b2-b1, int64(s2)-int64(s1))
	}
}
