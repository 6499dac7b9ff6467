// Package json is the _json module, the Go core of pyheap's json (CPython's
// _json accelerator, here doing all the work), and Source, the json module itself
// written in Python (py/json.py) over it.
//
// The split follows CPython's: the Python half holds the public API and the
// classes (dumps/dump/loads/load, JSONEncoder, JSONDecoder, JSONDecodeError, the
// json.decoder/json.encoder/json.scanner submodules) so that subclasses can
// override JSONEncoder.default or JSONDecoder.decode; the Go half encodes and
// scans whole documents. Unlike CPython, the Go encoder also handles indent (CPython
// falls back to its Python encoder there): it reproduces the Python encoder's
// few different messages when told so (pyMode).
//
// Encoding writes into one buffer, WTF-8, in the private heap (no Go garbage per
// value or per growth), made into a str at the end.
// Decoding reads the code units of the str in place, whatever its PEP 393 kind (a
// generic scanner over uint8, uint16 and uint32 units), so positions in error
// messages are code point indexes as in CPython. A syntax error is not raised in
// Go: the scanner returns (None, pos, msg) and the Python half raises
// JSONDecodeError(msg, doc, pos), which keeps the exception class in Python
// where user code can subclass and pickle it.
//
// Nesting counts against the interpreter's recursion limit
// (Runtime.EnterRecursiveCall), with CPython's messages, so a deeply nested
// document raises RecursionError instead of exhausting the Go stack.
package json

import (
	"math"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// maxNesting bounds the nesting of a document whatever sys.setrecursionlimit
// allows: each level takes a few hundred bytes of Go stack, and a limit raised to
// millions must still end in RecursionError, not in a Go stack overflow.
const maxNesting = 100_000

// enterNested is Runtime.EnterRecursiveCall with the maxNesting cap.
func enterNested(rt *object.Runtime, where string) bool {
	if rt.RecursionDepth >= maxNesting {
		rt.Raise("RecursionError", "maximum recursion depth exceeded%s", where)
		return false
	}
	return rt.EnterRecursiveCall(where)
}

func nan() float64      { return math.NaN() }
func inf(s int) float64 { return math.Inf(s) }
func nilIfNone(rt *object.Runtime, r object.Ref) object.Ref {
	if r == rt.None {
		return object.Nil
	}
	return r
}

// New builds the _json module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("_json")
	if m == object.Nil {
		return object.Nil
	}
	defs := []*object.MethodDef{
		modargs.Func(&modargs.Spec{Name: "encode", Names: []string{"obj", "skipkeys", "ensure_ascii", "check_circular",
			"allow_nan", "sort_keys", "indent", "key_separator", "item_separator", "default", "py_mode"}, Required: 11}, encode),
		modargs.Func(&modargs.Spec{Name: "encode_basestring_ascii", Names: []string{"s"}, Required: 1, PosOnly: 1},
			func(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref { return basestring(rt, v[0], true) }),
		modargs.Func(&modargs.Spec{Name: "encode_basestring", Names: []string{"s"}, Required: 1, PosOnly: 1},
			func(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref { return basestring(rt, v[0], false) }),
		modargs.Func(&modargs.Spec{Name: "scan", Names: []string{"string", "idx", "strict", "object_hook",
			"object_pairs_hook", "parse_float", "parse_int", "parse_constant"}, Required: 8}, scan),
		modargs.Func(&modargs.Spec{Name: "skipws", Names: []string{"string", "idx"}, Required: 2, PosOnly: 2}, skipws),
		modargs.Func(&modargs.Spec{Name: "new_module", Names: []string{"name"}, Required: 1, PosOnly: 1},
			func(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
				// The submodules json.decoder, ... (module(name) is not callable yet).
				if !rt.IsStr(v[0]) {
					rt.Raise("TypeError", "new_module() argument must be str, not %s", rt.TypeNameOf(v[0]))
					return object.Nil
				}
				return rt.NewModule(rt.GoString(v[0]))
			}),
		modargs.Func(&modargs.Spec{Name: "scanstring", Names: []string{"string", "end", "strict"}, Required: 2, PosOnly: 3}, scanstring),
	}
	if !modargs.AddFuncs(rt, m, defs) {
		rt.Decref(m)
		return object.Nil
	}
	return m
}

func truth(rt *object.Runtime, r object.Ref) (bool, bool) {
	t := rt.IsTrue(r)
	return t == 1, t >= 0
}

// encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
// indent, key_separator, item_separator, default, py_mode) returns the JSON text
// of obj; indent is None or a str, default None or a callable.
func encode(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
	e := &encoder{rt: rt}
	defer e.release()
	flags := []*bool{&e.skipKeys, &e.ensureASCII, &e.checkCircular, &e.allowNaN, &e.sortKeys}
	for i, p := range flags {
		b, ok := truth(rt, v[1+i])
		if !ok {
			return object.Nil
		}
		*p = b
	}
	py, ok := truth(rt, v[10])
	if !ok {
		return object.Nil
	}
	e.pyMode = py
	if v[6] != rt.None {
		if !rt.IsStr(v[6]) {
			rt.Raise("TypeError", "indent must be None or str, not %s", rt.TypeNameOf(v[6]))
			return object.Nil
		}
		e.hasIndent, e.indent = true, sepBytes(rt, v[6])
	}
	for i, p := range []*[]byte{&e.keySep, &e.itemSep} {
		s := v[7+i]
		if !rt.IsStr(s) {
			// CPython's c_make_encoder takes the separators as arguments 5 and 6.
			rt.Raise("TypeError", "make_encoder() argument %d must be str, not %s", 5+i, rt.TypeNameOf(s))
			return object.Nil
		}
		*p = sepBytes(rt, s)
	}
	e.dflt = nilIfNone(rt, v[9])
	if !e.value(v[0]) {
		return object.Nil
	}
	if e.nomem {
		rt.NoMemory()
		return object.Nil
	}
	return e.result()
}

func basestring(rt *object.Runtime, s object.Ref, ascii bool) object.Ref {
	if !rt.IsStr(s) {
		rt.Raise("TypeError", "first argument must be a string, not %s", rt.TypeNameOf(s))
		return object.Nil
	}
	e := &encoder{rt: rt, ensureASCII: ascii}
	defer e.release()
	e.str(s)
	if e.nomem {
		rt.NoMemory()
		return object.Nil
	}
	return e.result()
}

// result3 packs a scan's outcome: (value, end, None) or (None, pos, msg).
func result3(rt *object.Runtime, r scanResult) object.Ref {
	if r.errMsg != "" {
		msg := rt.NewStr(r.errMsg)
		if msg == object.Nil {
			return object.Nil
		}
		pos := rt.NewInt(int64(r.errPos))
		t := rt.TupleFrom(rt.None, pos, msg)
		rt.Decref(pos)
		rt.Decref(msg)
		return t
	}
	if r.val == object.Nil {
		return object.Nil
	}
	end := rt.NewInt(int64(r.end))
	t := rt.TupleFrom(r.val, end, rt.None)
	rt.Decref(end)
	rt.Decref(r.val)
	return t
}

func index(rt *object.Runtime, r object.Ref) (int, bool) {
	if !rt.IsInt(r) {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(r))
		return 0, false
	}
	return rt.AsIndex(r, "OverflowError")
}

// scan(string, idx, strict, object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant) decodes the value at idx (see result3). A hook that
// is None, or float/int for parse_float/parse_int, means the built-in behaviour.
func scan(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
	if !rt.IsStr(v[0]) {
		rt.Raise("TypeError", "first argument must be a string, not %s", rt.TypeNameOf(v[0]))
		return object.Nil
	}
	idx, ok := index(rt, v[1])
	if !ok {
		return object.Nil
	}
	if idx < 0 {
		rt.Raise("ValueError", "idx cannot be negative")
		return object.Nil
	}
	strict, ok := truth(rt, v[2])
	if !ok {
		return object.Nil
	}
	h := &hooks{strict: strict, objectHook: nilIfNone(rt, v[3]), pairsHook: nilIfNone(rt, v[4]),
		parseFloat: nilIfNone(rt, v[5]), parseInt: nilIfNone(rt, v[6]), parseConstant: nilIfNone(rt, v[7])}
	if h.parseFloat == rt.FloatType.Ref {
		h.parseFloat = object.Nil
	}
	if h.parseInt == rt.IntType.Ref {
		h.parseInt = object.Nil
	}
	return result3(rt, scanStr(rt, v[0], idx, h))
}

// scanstring(string, end, strict=True) decodes the JSON string whose opening
// quote is at end-1 (see result3).
func scanstring(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
	if !rt.IsStr(v[0]) {
		rt.Raise("TypeError", "first argument must be a string, not %s", rt.TypeNameOf(v[0]))
		return object.Nil
	}
	end, ok := index(rt, v[1])
	if !ok {
		return object.Nil
	}
	strict := true
	if v[2] != object.Nil {
		if strict, ok = truth(rt, v[2]); !ok {
			return object.Nil
		}
	}
	if end < 0 || end > rt.StrLen(v[0]) {
		rt.Raise("ValueError", "end is out of bounds")
		return object.Nil
	}
	return result3(rt, scanString(rt, v[0], end, strict))
}

// skipws(string, idx) returns the index of the first character at or after idx
// that is not JSON white space (len(string) when there is none).
func skipws(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
	if !rt.IsStr(v[0]) {
		rt.Raise("TypeError", "first argument must be a string, not %s", rt.TypeNameOf(v[0]))
		return object.Nil
	}
	i, ok := index(rt, v[1])
	if !ok {
		return object.Nil
	}
	n := rt.StrLen(v[0])
	for i >= 0 && i < n {
		c := rt.StrAt(v[0], i)
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			break
		}
		i++
	}
	return rt.NewInt(int64(i))
}
