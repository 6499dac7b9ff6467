// The decoder: a recursive-descent scanner over a str's code units. See doc.go.

package json

import (
	"strconv"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// unit is the storage of one code point of a str (PEP 393 kinds 1, 2 and 4).
type unit interface{ ~uint8 | ~uint16 | ~uint32 }

// hooks are the decoder's callables (borrowed); Nil means the built-in behaviour.
type hooks struct {
	strict                                                     bool
	objectHook, pairsHook, parseFloat, parseInt, parseConstant object.Ref
}

// scanner decodes one JSON value from the code units of a str. A syntax error
// stops it with errMsg and errPos set (the JSONDecodeError the Python side
// raises); any other failure (a hook raised, MemoryError, RecursionError) leaves
// errMsg empty with the exception set.
type scanner[T unit] struct {
	rt     *object.Runtime
	str    object.Ref // the document (borrowed)
	buf    []T
	h      *hooks
	errMsg string
	errPos int
	// memo shares one str object between equal keys of kind-1 documents, as
	// CPython's scanner memoizes keys (a document with many equal keys then holds
	// one copy of each). The map owns a reference to each value.
	memo  map[string]object.Ref
	runes []rune // scratch for strings with escapes
}

func (s *scanner[T]) fail(msg string, pos int) object.Ref {
	s.errMsg, s.errPos = msg, pos
	return object.Nil
}

func (s *scanner[T]) release() {
	for _, v := range s.memo {
		s.rt.Decref(v)
	}
	s.memo = nil
}

func isWS[T unit](c T) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (s *scanner[T]) skipWS(i int) int {
	for i < len(s.buf) && isWS(s.buf[i]) {
		i++
	}
	return i
}

// has reports whether the ASCII word w starts at index i.
func (s *scanner[T]) has(i int, w string) bool {
	if i+len(w) > len(s.buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s.buf[i+k] != T(w[k]) {
			return false
		}
	}
	return true
}

// value decodes the value starting at i and returns it (a new reference) with the
// index after it, or Nil.
func (s *scanner[T]) value(i int) (object.Ref, int) {
	rt := s.rt
	if i >= len(s.buf) {
		return s.fail("Expecting value", i), 0
	}
	switch c := s.buf[i]; c {
	case '"':
		return s.string(i + 1)
	case '{':
		if !enterNested(rt, " while decoding a JSON object from a unicode string") {
			return object.Nil, 0
		}
		r, end := s.object(i + 1)
		rt.LeaveRecursiveCall()
		return r, end
	case '[':
		if !enterNested(rt, " while decoding a JSON array from a unicode string") {
			return object.Nil, 0
		}
		r, end := s.array(i + 1)
		rt.LeaveRecursiveCall()
		return r, end
	case 'n':
		if s.has(i, "null") {
			return rt.None, i + 4
		}
	case 't':
		if s.has(i, "true") {
			return rt.True, i + 4
		}
	case 'f':
		if s.has(i, "false") {
			return rt.False, i + 5
		}
	case 'N':
		if s.has(i, "NaN") {
			return s.constant("NaN"), i + 3
		}
	case 'I':
		if s.has(i, "Infinity") {
			return s.constant("Infinity"), i + 8
		}
	case '-':
		if s.has(i, "-Infinity") {
			return s.constant("-Infinity"), i + 9
		}
	}
	return s.number(i)
}

func (s *scanner[T]) constant(name string) object.Ref {
	rt := s.rt
	if s.h.parseConstant == object.Nil {
		switch name {
		case "NaN":
			return rt.NewFloat(nan())
		case "Infinity":
			return rt.NewFloat(inf(1))
		}
		return rt.NewFloat(inf(-1))
	}
	arg := rt.NewStr(name)
	if arg == object.Nil {
		return object.Nil
	}
	defer rt.Decref(arg)
	return rt.Call1(s.h.parseConstant, arg)
}

func isDigit[T unit](c T) bool { return c >= '0' && c <= '9' }

// number decodes a number at i: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (s *scanner[T]) number(start int) (object.Ref, int) {
	rt, b := s.rt, s.buf
	i := start
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i++; i < len(b) && isDigit(b[i]); i++ {
		}
	case i < len(b) && b[i] == '0':
		i++
	default:
		return s.fail("Expecting value", start), 0
	}
	isFloat := false
	if i+1 < len(b) && b[i] == '.' && isDigit(b[i+1]) {
		isFloat = true
		for i += 2; i < len(b) && isDigit(b[i]); i++ {
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		j := i + 1
		if j < len(b) && (b[j] == '-' || b[j] == '+') {
			j++
		}
		if j < len(b) && isDigit(b[j]) {
			for j++; j < len(b) && isDigit(b[j]); j++ {
			}
			isFloat, i = true, j
		}
	}
	// The number is ASCII: copy it out as a Go string.
	var tmp [32]byte
	txt := tmp[:0]
	for _, c := range b[start:i] {
		txt = append(txt, byte(c))
	}
	hook := s.h.parseInt
	if isFloat {
		hook = s.h.parseFloat
	}
	if hook != object.Nil {
		arg := rt.NewStr(string(txt))
		if arg == object.Nil {
			return object.Nil, 0
		}
		r := rt.Call1(hook, arg)
		rt.Decref(arg)
		return r, i
	}
	if isFloat {
		v, _ := strconv.ParseFloat(unsafe.String(&txt[0], len(txt)), 64) // syntax checked above; ±Inf on overflow like float()
		return rt.NewFloat(v), i
	}
	if len(txt) <= 18 {
		v, _ := strconv.ParseInt(unsafe.String(&txt[0], len(txt)), 10, 64)
		return rt.NewInt(v), i
	}
	arg := rt.NewStr(string(txt))
	if arg == object.Nil {
		return object.Nil, 0
	}
	r := rt.IntFromStr(arg, 10)
	rt.Decref(arg)
	return r, i
}

// string decodes a string whose opening quote is at i-1.
func (s *scanner[T]) string(i int) (object.Ref, int) {
	rt, b := s.rt, s.buf
	begin := i - 1
	// Fast path: no escapes.
	j := i
	for j < len(b) {
		c := b[j]
		if c == '"' {
			return rt.StrSlice(s.str, i, j), j + 1
		}
		if c == '\\' || c < 0x20 {
			break
		}
		j++
	}
	runes := s.runes[:0]
	for _, c := range b[i:j] {
		runes = append(runes, rune(c))
	}
	for {
		if j >= len(b) {
			s.runes = runes
			return s.fail("Unterminated string starting at", begin), 0
		}
		c := b[j]
		switch {
		case c == '"':
			s.runes = runes
			return rt.NewStrFromRunes(runes), j + 1
		case c < 0x20 && s.h.strict:
			s.runes = runes
			return s.fail("Invalid control character at", j), 0
		case c != '\\':
			runes = append(runes, rune(c))
			j++
			continue
		}
		// An escape at j.
		if j+1 >= len(b) {
			s.runes = runes
			return s.fail("Unterminated string starting at", begin), 0
		}
		e := b[j+1]
		var r rune
		switch e {
		case '"', '\\', '/':
			r = rune(e)
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		case 'u':
			u := j + 1
			v, ok := s.hex4(u)
			if !ok {
				s.runes = runes
				return s.fail("Invalid \\uXXXX escape", u), 0
			}
			j = u + 5
			// A high surrogate followed by an escaped low one is one code point.
			if v >= 0xD800 && v <= 0xDBFF && j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
				if w, ok := s.hex4(j + 1); ok && w >= 0xDC00 && w <= 0xDFFF {
					v = 0x10000 + (v-0xD800)<<10 | (w - 0xDC00)
					j += 6
				}
			}
			runes = append(runes, v)
			continue
		default:
			s.runes = runes
			return s.fail("Invalid \\escape", j), 0
		}
		runes = append(runes, r)
		j += 2
	}
}

// hex4 decodes the four hex digits after the 'u' at u; like CPython it also wants
// one more character after them (the closing quote at least).
func (s *scanner[T]) hex4(u int) (rune, bool) {
	b := s.buf
	if u+5 >= len(b) {
		return 0, false
	}
	var v rune
	for _, c := range b[u+1 : u+5] {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = rune(c - '0')
		case c >= 'a' && c <= 'f':
			d = rune(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, false
		}
		v = v<<4 | d
	}
	return v, true
}

// key decodes an object key at i (after its quote), memoized when possible.
func (s *scanner[T]) key(i int) (object.Ref, int) {
	var zero T
	if unsafe.Sizeof(zero) == 1 {
		j := i
		for j < len(s.buf) && s.buf[j] != '"' && s.buf[j] != '\\' && s.buf[j] >= 0x20 {
			j++
		}
		if j < len(s.buf) && s.buf[j] == '"' {
			raw := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s.buf[i:j]))), j-i)
			if k, ok := s.memo[string(raw)]; ok {
				return s.rt.New(k), j + 1
			}
			k := s.rt.StrSlice(s.str, i, j)
			if k == object.Nil {
				return object.Nil, 0
			}
			if s.memo == nil {
				s.memo = map[string]object.Ref{}
			}
			s.memo[string(raw)] = s.rt.New(k)
			return k, j + 1
		}
	}
	return s.string(i)
}

// object decodes an object whose '{' is at i-1.
func (s *scanner[T]) object(i int) (object.Ref, int) {
	rt, b := s.rt, s.buf
	usePairs := s.h.pairsHook != object.Nil
	var d, pairs object.Ref
	if usePairs {
		pairs = rt.NewList(0)
		d = pairs
	} else {
		d = rt.NewDict()
	}
	if d == object.Nil {
		return object.Nil, 0
	}
	i = s.skipWS(i)
	if i >= len(b) || b[i] != '}' {
		for {
			if i >= len(b) || b[i] != '"' {
				rt.Decref(d)
				return s.fail("Expecting property name enclosed in double quotes", i), 0
			}
			k, end := s.key(i + 1)
			if k == object.Nil {
				rt.Decref(d)
				return object.Nil, 0
			}
			i = s.skipWS(end)
			if i >= len(b) || b[i] != ':' {
				rt.Decref(k)
				rt.Decref(d)
				return s.fail("Expecting ':' delimiter", i), 0
			}
			v, end := s.value(s.skipWS(i + 1))
			if v == object.Nil {
				rt.Decref(k)
				rt.Decref(d)
				return object.Nil, 0
			}
			var rc int
			if usePairs {
				t := rt.TupleFrom(k, v)
				rc = -1
				if t != object.Nil {
					rc = rt.ListAppend(pairs, t)
					rt.Decref(t)
				}
			} else {
				rc = rt.DictSetItem(d, k, v)
			}
			rt.Decref(k)
			rt.Decref(v)
			if rc < 0 {
				rt.Decref(d)
				return object.Nil, 0
			}
			i = s.skipWS(end)
			if i < len(b) && b[i] == '}' {
				break
			}
			if i >= len(b) || b[i] != ',' {
				rt.Decref(d)
				return s.fail("Expecting ',' delimiter", i), 0
			}
			i = s.skipWS(i + 1)
		}
	}
	i++ // the '}'
	hook := s.h.objectHook
	if usePairs {
		hook = s.h.pairsHook
	}
	if hook == object.Nil {
		return d, i
	}
	r := rt.Call1(hook, d)
	rt.Decref(d)
	return r, i
}

// array decodes an array whose '[' is at i-1.
func (s *scanner[T]) array(i int) (object.Ref, int) {
	rt, b := s.rt, s.buf
	l := rt.NewList(0)
	if l == object.Nil {
		return object.Nil, 0
	}
	i = s.skipWS(i)
	if i < len(b) && b[i] == ']' {
		return l, i + 1
	}
	for {
		v, end := s.value(i)
		if v == object.Nil {
			rt.Decref(l)
			return object.Nil, 0
		}
		rc := rt.ListAppend(l, v)
		rt.Decref(v)
		if rc < 0 {
			rt.Decref(l)
			return object.Nil, 0
		}
		i = s.skipWS(end)
		if i < len(b) && b[i] == ']' {
			return l, i + 1
		}
		if i >= len(b) || b[i] != ',' {
			rt.Decref(l)
			return s.fail("Expecting ',' delimiter", i), 0
		}
		i = s.skipWS(i + 1)
	}
}

// scanResult is what scanStr found: a value (new reference) and the index after
// it, or a syntax error (msg, pos), or neither (an exception is set).
type scanResult struct {
	val    object.Ref
	end    int
	errMsg string
	errPos int
}

func runScan[T unit](rt *object.Runtime, str object.Ref, buf []T, idx int, h *hooks) scanResult {
	s := &scanner[T]{rt: rt, str: str, buf: buf, h: h}
	v, end := s.value(idx)
	s.release()
	return scanResult{val: v, end: end, errMsg: s.errMsg, errPos: s.errPos}
}

// scanStr decodes the value at code point idx of the str str.
func scanStr(rt *object.Runtime, str object.Ref, idx int, h *hooks) scanResult {
	data := rt.StrData(str)
	n := rt.StrLen(str)
	switch rt.StrKind(str) {
	case 1:
		return runScan(rt, str, data[:n:n], idx, h)
	case 2:
		return runScan(rt, str, unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(data))), n), idx, h)
	}
	return runScan(rt, str, unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(data))), n), idx, h)
}

// scanString is scanstring(s, end, strict): the string whose opening quote is
// at end-1.
func scanString(rt *object.Runtime, str object.Ref, end int, strict bool) scanResult {
	h := &hooks{strict: strict}
	data := rt.StrData(str)
	n := rt.StrLen(str)
	do := func(r object.Ref, e int, msg string, pos int) scanResult {
		return scanResult{val: r, end: e, errMsg: msg, errPos: pos}
	}
	switch rt.StrKind(str) {
	case 1:
		s := &scanner[uint8]{rt: rt, str: str, buf: data[:n:n], h: h}
		r, e := s.string(end)
		return do(r, e, s.errMsg, s.errPos)
	case 2:
		s := &scanner[uint16]{rt: rt, str: str, buf: unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(data))), n), h: h}
		r, e := s.string(end)
		return do(r, e, s.errMsg, s.errPos)
	}
	s := &scanner[uint32]{rt: rt, str: str, buf: unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(data))), n), h: h}
	r, e := s.string(end)
	return do(r, e, s.errMsg, s.errPos)
}
