// The encoder: writes a Python value as JSON text into a Go byte buffer. See doc.go.

package json

import (
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// encoder holds the options of one encode call and its output, WTF-8 (UTF-8 in
// which lone surrogates keep their 3-byte form) so that no str is lost.
type encoder struct {
	rt                                                       *object.Runtime
	out                                                      []byte
	ensureASCII, checkCircular, allowNaN, sortKeys, skipKeys bool
	hasIndent                                                bool
	indent, keySep, itemSep                                  string
	dflt                                                     object.Ref // default(o) (borrowed); Nil: none
	markers                                                  map[object.Ref]struct{}
	level                                                    int
	// pyMode: CPython would run its Python encoder here (indent given, or
	// iterencode without _one_shot), whose messages differ slightly from the C
	// one's.
	pyMode bool
}

const hexDigits = "0123456789abcdef"

func (e *encoder) recursionWhere() string {
	if e.pyMode {
		return " while calling a Python object"
	}
	return " while encoding a JSON object"
}

// str appends the JSON string for the str s.
func (e *encoder) str(s object.Ref) {
	rt := e.rt
	e.out = append(e.out, '"')
	n := rt.StrLen(s)
	data := rt.StrData(s)
	switch rt.StrKind(s) {
	case 1:
		e.out = appendUnits(e.out, data[:n:n], e.ensureASCII)
	case 2:
		e.out = appendUnits(e.out, unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(data))), n), e.ensureASCII)
	default:
		e.out = appendUnits(e.out, unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(data))), n), e.ensureASCII)
	}
	e.out = append(e.out, '"')
}

func appendU(out []byte, c rune) []byte {
	return append(out, '\\', 'u', hexDigits[c>>12&15], hexDigits[c>>8&15], hexDigits[c>>4&15], hexDigits[c&15])
}

// appendUnits escapes code points: '"', '\\' and controls always; with ascii,
// everything from U+007F on too (astral code points as surrogate pairs).
func appendUnits[T unit](out []byte, units []T, ascii bool) []byte {
	for _, u := range units {
		c := rune(u)
		if c >= ' ' && c < 0x7f && c != '"' && c != '\\' {
			out = append(out, byte(c))
			continue
		}
		switch c {
		case '"':
			out = append(out, '\\', '"')
		case '\\':
			out = append(out, '\\', '\\')
		case '\b':
			out = append(out, '\\', 'b')
		case '\f':
			out = append(out, '\\', 'f')
		case '\n':
			out = append(out, '\\', 'n')
		case '\r':
			out = append(out, '\\', 'r')
		case '\t':
			out = append(out, '\\', 't')
		default:
			switch {
			case c < ' ':
				out = appendU(out, c)
			case !ascii && c >= 0xD800 && c <= 0xDFFF:
				out = append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			case !ascii:
				out = utf8.AppendRune(out, c)
			case c >= 0x10000:
				v := c - 0x10000
				out = appendU(out, 0xD800|(v>>10)&0x3FF)
				out = appendU(out, 0xDC00|v&0x3FF)
			default:
				out = appendU(out, c)
			}
		}
	}
	return out
}

// float appends a float's JSON form (float.__repr__, or NaN/Infinity).
func (e *encoder) float(o object.Ref) bool {
	v := e.rt.FloatValue(o)
	if !math.IsInf(v, 0) && !math.IsNaN(v) {
		e.out = append(e.out, object.FloatRepr(v)...)
		return true
	}
	if !e.allowNaN {
		if e.pyMode {
			e.rt.Raise("ValueError", "Out of range float values are not JSON compliant: %s", object.FloatRepr(v))
		} else {
			e.rt.Raise("ValueError", "Out of range float values are not JSON compliant")
		}
		return false
	}
	switch {
	case math.IsNaN(v):
		e.out = append(e.out, "NaN"...)
	case v > 0:
		e.out = append(e.out, "Infinity"...)
	default:
		e.out = append(e.out, "-Infinity"...)
	}
	return true
}

// int appends int.__repr__(o) (whatever a subclass's __repr__ says).
func (e *encoder) int(o object.Ref) bool {
	if v, ok := e.rt.IntAsInt64(o); ok {
		e.out = appendInt(e.out, v)
		return true
	}
	s, ok := e.rt.IntDecimal(o)
	if !ok {
		return false
	}
	e.out = append(e.out, s...)
	return true
}

func appendInt(out []byte, v int64) []byte {
	var b [20]byte
	i := len(b)
	u := uint64(v)
	if v < 0 {
		u = uint64(-v)
	}
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if v < 0 {
		out = append(out, '-')
	}
	return append(out, b[i:]...)
}

func (e *encoder) newline() {
	e.out = append(e.out, '\n')
	for i := 0; i < e.level; i++ {
		e.out = append(e.out, e.indent...)
	}
}

// enter marks o as being encoded (circular check) and counts a recursion level.
func (e *encoder) enter(o object.Ref) bool {
	if e.checkCircular {
		if _, ok := e.markers[o]; ok {
			e.rt.Raise("ValueError", "Circular reference detected")
			return false
		}
	}
	if !enterNested(e.rt, e.recursionWhere()) {
		return false
	}
	if e.checkCircular {
		e.markers[o] = struct{}{}
	}
	return true
}

func (e *encoder) leave(o object.Ref) {
	if e.checkCircular {
		delete(e.markers, o)
	}
	e.rt.LeaveRecursiveCall()
}

// value appends the JSON text of o.
func (e *encoder) value(o object.Ref) bool {
	rt := e.rt
	switch {
	case o == rt.None:
		e.out = append(e.out, "null"...)
		return true
	case o == rt.True:
		e.out = append(e.out, "true"...)
		return true
	case o == rt.False:
		e.out = append(e.out, "false"...)
		return true
	case rt.IsStr(o):
		e.str(o)
		return true
	case rt.IsInt(o):
		return e.int(o)
	case rt.IsFloat(o):
		return e.float(o)
	case rt.IsList(o) || rt.IsTuple(o):
		return e.list(o)
	case rt.IsDict(o):
		return e.dict(o)
	}
	if e.dflt == object.Nil {
		rt.Raise("TypeError", "Object of type %s is not JSON serializable", rt.TypeNameOf(o))
		return false
	}
	if !e.enter(o) {
		return false
	}
	n := rt.Call(e.dflt, []object.Ref{o}, object.Nil)
	ok := n != object.Nil && e.value(n)
	rt.Decref(n)
	e.leave(o)
	return ok
}

func (e *encoder) list(o object.Ref) bool {
	rt := e.rt
	var items []object.Ref
	if rt.IsList(o) {
		items = rt.ListItems(o)
	} else {
		items = rt.TupleItems(o)
	}
	if len(items) == 0 {
		e.out = append(e.out, '[', ']')
		return true
	}
	if !e.enter(o) {
		return false
	}
	e.out = append(e.out, '[')
	if e.hasIndent {
		e.level++
		e.newline()
	}
	ok := true
	// A list may change size while default() runs: index it afresh each time.
	for i := 0; ; i++ {
		if rt.IsList(o) {
			items = rt.ListItems(o)
		}
		if i >= len(items) {
			break
		}
		if i > 0 {
			e.sep()
		}
		it := rt.New(items[i])
		ok = e.value(it)
		rt.Decref(it)
		if !ok {
			break
		}
	}
	if ok {
		if e.hasIndent {
			e.level--
			e.newline()
		}
		e.out = append(e.out, ']')
	}
	e.leave(o)
	return ok
}

func (e *encoder) sep() {
	e.out = append(e.out, e.itemSep...)
	if e.hasIndent {
		e.newline()
	}
}

// key appends a dict key as a JSON string; skip reports a key skipkeys drops.
func (e *encoder) key(k object.Ref) (ok, skip bool) {
	rt := e.rt
	switch {
	case rt.IsStr(k):
		e.str(k)
		return true, false
	case rt.IsFloat(k):
		e.out = append(e.out, '"')
		if !e.float(k) {
			return false, false
		}
	case k == rt.True:
		e.out = append(e.out, `"true`...)
	case k == rt.False:
		e.out = append(e.out, `"false`...)
	case k == rt.None:
		e.out = append(e.out, `"null`...)
	case rt.IsInt(k):
		e.out = append(e.out, '"')
		if !e.int(k) {
			return false, false
		}
	case e.skipKeys:
		return true, true
	default:
		rt.Raise("TypeError", "keys must be str, int, float, bool or None, not %s", rt.TypeNameOf(k))
		return false, false
	}
	e.out = append(e.out, '"')
	return true, false
}

// dictItems returns the (key, value) pairs of a dict as a list of tuples (new
// reference): dict.items() for subclasses (OrderedDict keeps its order), sorted
// when sort_keys asks.
func (e *encoder) dictItems(o object.Ref) object.Ref {
	rt := e.rt
	var l object.Ref
	if rt.TypeOf(o) == rt.DictType {
		l = rt.NewList(0)
		if l == object.Nil {
			return object.Nil
		}
		pos := 0
		for {
			k, v, ok := rt.DictNext(o, &pos)
			if !ok {
				break
			}
			t := rt.TupleFrom(k, v)
			if t == object.Nil || rt.ListAppend(l, t) < 0 {
				rt.Decref(t)
				rt.Decref(l)
				return object.Nil
			}
			rt.Decref(t)
		}
	} else {
		items := rt.CallMethod(o, "items")
		if items == object.Nil {
			return object.Nil
		}
		l = rt.SequenceList(items)
		rt.Decref(items)
		if l == object.Nil {
			return object.Nil
		}
	}
	if e.sortKeys && rt.ListSort(l, object.Nil, false) < 0 {
		rt.Decref(l)
		return object.Nil
	}
	return l
}

func (e *encoder) dict(o object.Ref) bool {
	rt := e.rt
	if rt.DictLen(o) == 0 {
		e.out = append(e.out, '{', '}')
		return true
	}
	if !e.enter(o) {
		return false
	}
	defer e.leave(o)
	var items object.Ref
	// Unsorted exact dicts are walked in place, without building the item list.
	if rt.TypeOf(o) != rt.DictType || e.sortKeys {
		items = e.dictItems(o)
		if items == object.Nil {
			return false
		}
		defer rt.Decref(items)
	}
	e.out = append(e.out, '{')
	if e.hasIndent {
		e.level++
		e.newline()
	}
	first := true
	pair := func(k, v object.Ref) bool {
		mark := len(e.out)
		if !first {
			e.sep()
		}
		ok, skip := e.key(k)
		if !ok {
			return false
		}
		if skip {
			e.out = e.out[:mark]
			return true
		}
		first = false
		e.out = append(e.out, e.keySep...)
		return e.value(v)
	}
	if items != object.Nil {
		for i := 0; i < rt.ListLen(items); i++ {
			t := rt.New(rt.ListItems(items)[i])
			if !rt.IsTuple(t) || rt.TupleLen(t) != 2 {
				rt.Decref(t)
				rt.Raise("ValueError", "items must return tuples of length 2")
				return false
			}
			ok := pair(rt.TupleItems(t)[0], rt.TupleItems(t)[1])
			rt.Decref(t)
			if !ok {
				return false
			}
		}
	} else {
		pos := 0
		for {
			k, v, ok := rt.DictNext(o, &pos)
			if !ok {
				break
			}
			k, v = rt.New(k), rt.New(v)
			ok = pair(k, v)
			rt.Decref(k)
			rt.Decref(v)
			if !ok {
				return false
			}
		}
	}
	if e.hasIndent {
		e.level--
		e.newline()
	}
	e.out = append(e.out, '}')
	return true
}

// result returns the output as a str.
func (e *encoder) result() object.Ref {
	if len(e.out) == 0 {
		return e.rt.NewStr("")
	}
	// The str constructors copy the bytes into the heap: no Go copy first.
	s := unsafe.String(&e.out[0], len(e.out))
	for _, c := range e.out {
		if c >= 0x80 {
			return e.rt.NewStrWTF8(s)
		}
	}
	return e.rt.NewStr(s)
}
