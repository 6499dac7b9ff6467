// The str type's representation and core: creation, interning, hashing, equality.
// Methods are in str_methods.go. See doc.go.

package object

import (
	"hash/maphash"
	"unicode/utf8"
	"unsafe"
)

// A str is stored as in CPython's PEP 393: every code point takes the same number of
// bytes, the smallest that holds the largest one (1: Latin-1, 2: UCS-2, 4: UCS-4), so
// indexing and slicing are O(1). Layout:
//
//	offset 0   header (refcnt, type)
//	       8   length  uint32   code points
//	      12   state   uint32   kind (1, 2 or 4) | strASCII | strInterned
//	      16   hash    int64    -1 until computed
//	      24   data    length*kind bytes, then one zero code unit
//
// An ASCII string of n characters occupies 25+n bytes rounded up to 16 (CPython:
// 49+n). Lone surrogates (U+D800..U+DFFF) are stored like any code point.
const (
	strOffLength = 8
	strOffState  = 12
	strOffHash   = 16
	strOffData   = 24

	strKindMask = 7
	strASCII    = 1 << 3
	strInterned = 1 << 4
)

// StrLen returns the number of code points of a str.
func (rt *Runtime) StrLen(s Ref) int { return int(*rt.Uint32At(s, strOffLength)) }

// StrKind returns the bytes per code point of a str (1, 2 or 4).
func (rt *Runtime) StrKind(s Ref) int { return int(*rt.Uint32At(s, strOffState) & strKindMask) }

// StrIsASCII reports whether every code point of s is below 128.
func (rt *Runtime) StrIsASCII(s Ref) bool { return *rt.Uint32At(s, strOffState)&strASCII != 0 }

// StrData returns the raw code units of s (length*kind bytes).
func (rt *Runtime) StrData(s Ref) []byte {
	return rt.Bytes(s, strOffData, uintptr(rt.StrLen(s)*rt.StrKind(s)))
}

// StrAt returns the code point at index i of s (0 <= i < StrLen(s)).
func (rt *Runtime) StrAt(s Ref, i int) rune {
	p := rt.field(s, strOffData)
	switch rt.StrKind(s) {
	case 1:
		return rune(*(*uint8)(unsafe.Add(p, i)))
	case 2:
		return rune(*(*uint16)(unsafe.Add(p, 2*i)))
	}
	return rune(*(*uint32)(unsafe.Add(p, 4*i)))
}

// newStrRaw allocates a str of n code points of the given kind, data uninitialized
// but terminated; it returns Nil with MemoryError set on failure.
func (rt *Runtime) newStrRaw(n, kind int, ascii bool) Ref {
	size := uintptr(strOffData + (n+1)*kind)
	s := rt.alloc(size)
	if s == Nil {
		return Nil
	}
	h := rt.hdr(s)
	h.refcnt, h.typ = 1, rt.StrType.Ref
	*rt.Uint32At(s, strOffLength) = uint32(n)
	state := uint32(kind)
	if ascii {
		state |= strASCII
	}
	*rt.Uint32At(s, strOffState) = state
	*(*int64)(rt.field(s, strOffHash)) = -1
	clear(rt.Bytes(s, strOffData+uintptr(n*kind), uintptr(kind)))
	return s
}

// NewStrFromRunes returns a new str holding the code points cps (any value in
// 0..0x10FFFF, surrogates included).
func (rt *Runtime) NewStrFromRunes(cps []rune) Ref {
	maxc := rune(0)
	for _, c := range cps {
		maxc = max(maxc, c)
	}
	if len(cps) == 0 {
		return rt.New(rt.EmptyStr)
	}
	if len(cps) == 1 && maxc < 256 && rt.latin1[maxc] != Nil {
		return rt.New(rt.latin1[maxc])
	}
	kind := kindFor(maxc)
	s := rt.newStrRaw(len(cps), kind, maxc < 128)
	if s == Nil {
		return Nil
	}
	p := rt.field(s, strOffData)
	for i, c := range cps {
		switch kind {
		case 1:
			*(*uint8)(unsafe.Add(p, i)) = uint8(c)
		case 2:
			*(*uint16)(unsafe.Add(p, 2*i)) = uint16(c)
		default:
			*(*uint32)(unsafe.Add(p, 4*i)) = uint32(c)
		}
	}
	return s
}

func kindFor(maxc rune) int {
	switch {
	case maxc < 256:
		return 1
	case maxc < 0x10000:
		return 2
	}
	return 4
}

// NewStr returns a new str from a Go string (UTF-8; invalid bytes become U+FFFD).
func (rt *Runtime) NewStr(s string) Ref {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		return rt.NewStrFromRunes([]rune(s))
	}
	if len(s) == 0 {
		return rt.New(rt.EmptyStr)
	}
	if len(s) == 1 && rt.latin1[s[0]] != Nil {
		return rt.New(rt.latin1[s[0]])
	}
	r := rt.newStrRaw(len(s), 1, true)
	if r != Nil {
		copy(rt.StrData(r), s)
	}
	return r
}

// GoString returns s as a Go string (UTF-8; lone surrogates are encoded as CPython's
// "surrogatepass" would, three bytes each, so that no information is lost).
func (rt *Runtime) GoString(s Ref) string {
	if rt.StrIsASCII(s) {
		return string(rt.StrData(s))
	}
	n := rt.StrLen(s)
	buf := make([]byte, 0, n*2)
	for i := range n {
		c := rt.StrAt(s, i)
		if c >= 0xD800 && c <= 0xDFFF {
			buf = append(buf, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			continue
		}
		buf = utf8.AppendRune(buf, c)
	}
	return string(buf)
}

// StrHash returns the hash of s, computing and caching it on first use. The hash is
// seeded per interpreter (like CPython's randomized str hashing), and equal to the
// hash of the same code points whatever their storage kind.
func (rt *Runtime) StrHash(s Ref) int64 {
	hp := (*int64)(rt.field(s, strOffHash))
	if *hp != -1 {
		return *hp
	}
	var h uint64
	if rt.StrKind(s) == 1 {
		h = maphash.Bytes(rt.hashSeed, rt.StrData(s))
	} else {
		// Hash the code points as 4-byte units so that the kind does not matter...
		// but a str is always stored in its smallest kind, so equal strs have equal
		// kinds: hashing the raw data is enough.
		h = maphash.Bytes(rt.hashSeed, rt.StrData(s))
	}
	v := int64(h)
	if v == -1 {
		v = -2
	}
	*hp = v
	return v
}

// StrEqual reports whether two strs hold the same code points.
func (rt *Runtime) StrEqual(a, b Ref) bool {
	if a == b {
		return true
	}
	if rt.StrLen(a) != rt.StrLen(b) || rt.StrKind(a) != rt.StrKind(b) {
		return false
	}
	ha, hb := *(*int64)(rt.field(a, strOffHash)), *(*int64)(rt.field(b, strOffHash))
	if ha != -1 && hb != -1 && ha != hb {
		return false
	}
	return string(rt.StrData(a)) == string(rt.StrData(b))
}

// StrEqualGo reports whether s holds the code points of the Go string lit (UTF-8),
// without allocating: for matching keyword names and the like against literals.
func (rt *Runtime) StrEqualGo(s Ref, lit string) bool {
	if rt.StrIsASCII(s) {
		return string(rt.StrData(s)) == lit
	}
	n, i := rt.StrLen(s), 0
	for _, c := range lit {
		if i == n || rt.StrAt(s, i) != c {
			return false
		}
		i++
	}
	return i == n
}

// Intern returns the interned str equal to s, a new reference. s (borrowed) becomes
// the interned one if none existed. Interned strs are compared by identity first in
// attribute and global lookups.
func (rt *Runtime) Intern(s Ref) Ref {
	if *rt.Uint32At(s, strOffState)&strInterned != 0 {
		return rt.New(s)
	}
	key := string(rt.StrData(s)) + string(rune('0'+rt.StrKind(s)))
	if r, ok := rt.interned[key]; ok {
		return rt.New(r)
	}
	rt.Incref(s) // the table's reference
	*rt.Uint32At(s, strOffState) |= strInterned
	rt.interned[key] = s
	return rt.New(s)
}

// InternString returns the interned str for a Go string (a new reference), or Nil
// with MemoryError set.
func (rt *Runtime) InternString(s string) Ref {
	// The table's key is the content and the kind digit ("1" for these ASCII
	// names); built in a stack buffer, the lookup makes no Go string.
	var buf [64]byte
	if len(s) < len(buf) {
		key := append(append(buf[:0], s...), '1')
		if r, ok := rt.interned[string(key)]; ok && isASCII(s) {
			return rt.New(r)
		}
	} else if r, ok := rt.interned[s+"1"]; ok && isASCII(s) {
		return rt.New(r)
	}
	n := rt.NewStr(s)
	if n == Nil {
		return Nil
	}
	if isASCII(s) && rt.StrKind(n) == 1 {
		// Not in the table (looked up above): enter it without a second lookup.
		*rt.Uint32At(n, strOffState) |= strInterned
		rt.interned[s+"1"] = n // the table's reference is NewStr's
		return rt.New(n)
	}
	r := rt.Intern(n)
	rt.Decref(n)
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func strDealloc(rt *Runtime, s Ref) { rt.FreeObject(s) }
