// The encoder: writes a Python value as JSON text into a buffer in the private
// heap. See the package comment.

package json

import (
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// encoder holds the options of one encode call and its output, WTF-8 (UTF-8 in
// which lone surrogates keep their 3-byte form) so that no str is lost.
//
// The output lives in the private heap, not in Go memory: out is a view of the
// block buf, grown by Realloc, and every append to out is preceded by a reserve of
// the bytes it may add, so that append never moves out into Go memory. Encoding a
// document of megabytes thus leaves no Go garbage behind (which would keep the Go
// heap's goal, and the resident set, megabytes higher), and the block goes back to
// the heap when the call ends (release).
type encoder struct {
	rt                                                       *object.Runtime
	out                                                      []byte
	buf                                                      heap.Ref // the block out views; 0: none yet
	nomem                                                    bool     // a reserve failed: MemoryError
	ensureASCII, checkCircular, allowNaN, sortKeys, skipKeys bool
	hasIndent                                                bool
	// The separators, views of the argument strs' data (borrowed for the call)
	// or WTF-8 copies of non-Latin-1 ones.
	indent, keySep, itemSep []byte
	dflt                    object.Ref // default(o) (borrowed); Nil: none
	// The containers being encoded, for check_circular: the first len(path) of
	// them in path, the deeper ones (rare) in deep.
	path  [64]object.Ref
	depth int
	deep  map[object.Ref]struct{}
	level int
	// pyMode: CPython would run its Python encoder here (indent given, or
	// iterencode without _one_shot), whose messages differ slightly from the C
	// one's.
	pyMode bool
}

// reserve makes room for n more bytes in out. When the heap cannot grow it sets
// nomem and leaves out as it is: the appends that follow then go to Go memory,
// and the call raises MemoryError at the next value (value checks nomem).
func (e *encoder) reserve(n int) {
	if cap(e.out)-len(e.out) >= n {
		return
	}
	rt := e.rt
	h := rt.Heap()
	size := max(2*cap(e.out), len(e.out)+n, 4096)
	var b heap.Ref
	if e.buf != 0 && len(e.out) > 0 && unsafe.SliceData(e.out) == (*byte)(rt.Ptr(object.Ref(e.buf))) {
		b = h.Realloc(e.buf, uintptr(size)) // a large block may grow in place
	} else {
		// First block (or out left the block after a failed reserve): copy.
		b = h.Alloc(uintptr(size))
		if b != 0 {
			copy(unsafe.Slice((*byte)(rt.Ptr(object.Ref(b))), size), e.out)
			h.Free(e.buf)
		}
	}
	if b == 0 {
		e.nomem = true
		return
	}
	e.buf = b
	e.out = unsafe.Slice((*byte)(rt.Ptr(object.Ref(b))), size)[:len(e.out)]
}

// release returns the output block to the heap; out is invalid afterwards.
func (e *encoder) release() {
	e.rt.Heap().Free(e.buf)
	e.buf, e.out = 0, nil
}

// write appends s.
func (e *encoder) write(s string) {
	e.reserve(len(s))
	e.out = append(e.out, s...)
}

// writeBytes appends b.
func (e *encoder) writeBytes(b []byte) {
	e.reserve(len(b))
	e.out = append(e.out, b...)
}

// sepBytes returns the code points of the str s as WTF-8: a view of s's data when
// it is ASCII (s must then outlive the use), a Go copy otherwise.
func sepBytes(rt *object.Runtime, s object.Ref) []byte {
	if rt.StrIsASCII(s) {
		return rt.StrData(s)
	}
	return []byte(rt.GoString(s))
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
	n := rt.StrLen(s)
	data := rt.StrData(s)
	switch rt.StrKind(s) {
	case 1:
		strUnits(e, data[:n:n])
	case 2:
		strUnits(e, unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(data))), n))
	default:
		strUnits(e, unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(data))), n))
	}
}

// unitChunk is how many code units strUnits escapes per reserve: a code unit takes
// at most maxEscape bytes (an astral code point as two \uXXXX escapes).
const (
	unitChunk = 1024
	maxEscape = 12
)

func strUnits[T unit](e *encoder, units []T) {
	e.reserve(len(units) + 2) // the common case, nothing to escape: one reserve
	e.out = append(e.out, '"')
	for len(units) > 0 {
		k := min(len(units), unitChunk)
		e.reserve(k*maxEscape + 1)
		e.out = appendUnits(e.out, units[:k], e.ensureASCII)
		units = units[k:]
	}
	e.reserve(1)
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
		e.reserve(object.MaxFloatReprLen)
		e.out = object.AppendFloatRepr(e.out, v)
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
		e.write("NaN")
	case v > 0:
		e.write("Infinity")
	default:
		e.write("-Infinity")
	}
	return true
}

// int appends int.__repr__(o) (whatever a subclass's __repr__ says).
func (e *encoder) int(o object.Ref) bool {
	if v, ok := e.rt.IntAsInt64(o); ok {
		e.reserve(20)
		e.out = appendInt(e.out, v)
		return true
	}
	s, ok := e.rt.IntDecimal(o)
	if !ok {
		return false
	}
	e.write(s)
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
	e.reserve(1 + e.level*len(e.indent))
	e.out = append(e.out, '\n')
	for i := 0; i < e.level; i++ {
		e.out = append(e.out, e.indent...)
	}
}

// enter marks o as being encoded (circular check) and counts a recursion level.
// Containers are entered and left in nesting order, so the marks form a stack.
func (e *encoder) enter(o object.Ref) bool {
	if e.checkCircular {
		_, deep := e.deep[o]
		if deep || slicesContains(e.path[:min(e.depth, len(e.path))], o) {
			e.rt.Raise("ValueError", "Circular reference detected")
			return false
		}
	}
	if !enterNested(e.rt, e.recursionWhere()) {
		return false
	}
	if e.checkCircular {
		if e.depth < len(e.path) {
			e.path[e.depth] = o
		} else {
			if e.deep == nil {
				e.deep = map[object.Ref]struct{}{}
			}
			e.deep[o] = struct{}{}
		}
		e.depth++
	}
	return true
}

func (e *encoder) leave(o object.Ref) {
	if e.checkCircular {
		e.depth--
		if e.depth >= len(e.path) {
			delete(e.deep, o)
		}
	}
	e.rt.LeaveRecursiveCall()
}

func slicesContains(s []object.Ref, o object.Ref) bool {
	for _, x := range s {
		if x == o {
			return true
		}
	}
	return false
}

// value appends the JSON text of o.
func (e *encoder) value(o object.Ref) bool {
	rt := e.rt
	if e.nomem {
		rt.NoMemory()
		return false
	}
	switch {
	case o == rt.None:
		e.write("null")
		return true
	case o == rt.True:
		e.write("true")
		return true
	case o == rt.False:
		e.write("false")
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
	n := rt.Call1(e.dflt, o)
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
		e.write("[]")
		return true
	}
	if !e.enter(o) {
		return false
	}
	e.write("[")
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
		e.write("]")
	}
	e.leave(o)
	return ok
}

func (e *encoder) sep() {
	e.writeBytes(e.itemSep)
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
		e.write(`"`)
		if !e.float(k) {
			return false, false
		}
	case k == rt.True:
		e.write(`"true`)
	case k == rt.False:
		e.write(`"false`)
	case k == rt.None:
		e.write(`"null`)
	case rt.IsInt(k):
		e.write(`"`)
		if !e.int(k) {
			return false, false
		}
	case e.skipKeys:
		return true, true
	default:
		rt.Raise("TypeError", "keys must be str, int, float, bool or None, not %s", rt.TypeNameOf(k))
		return false, false
	}
	e.write(`"`)
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
		e.write("{}")
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
	e.write("{")
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
		e.writeBytes(e.keySep)
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
	e.write("}")
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
