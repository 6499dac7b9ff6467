// Building strs: the helpers str's methods share (code point access, substrings,
// concatenation, repetition), each keeping PEP 393's invariant that a str is stored in
// the smallest kind that holds its largest code point (StrEqual and StrHash rely on
// it). See str.go for the representation.

package object

import (
	"math"
	"slices"
	"strings"
	"unsafe"
)

// strRunes returns the code points of s as a Go slice (a copy on the Go heap, for
// methods that work on runes).
// borrowRunes lends an empty code-point buffer with room for n, to be given back
// with returnRunes once nothing refers to it: case mapping and the other str
// methods on non-ASCII text work on code points, and a fresh Go slice per call
// was garbage the Go heap grew to hold (str.upper on a 6,000-character text in a
// loop: 57 MB of it, 2 MiB of peak RSS). A few buffers of up to 64 Ki code
// points are kept; longer ones go back to Go's collector.
func (rt *Runtime) borrowRunes(n int) []rune {
	if k := len(rt.runeBufs); k > 0 {
		b := rt.runeBufs[k-1]
		rt.runeBufs = rt.runeBufs[:k-1]
		if cap(b) >= n {
			return b[:0]
		}
	}
	return make([]rune, 0, max(n, 64))
}

// returnRunes takes back a buffer from borrowRunes (or one that grew from it).
func (rt *Runtime) returnRunes(b []rune) {
	if cap(b) > 0 && cap(b) <= 1<<16 && len(rt.runeBufs) < 4 {
		rt.runeBufs = append(rt.runeBufs, b)
	}
}

func (rt *Runtime) strRunes(s Ref) []rune {
	return rt.appendStrRunes(nil, s)
}

// appendStrRunes appends the code points of s to dst (a caller's stack buffer, say).
func (rt *Runtime) appendStrRunes(dst []rune, s Ref) []rune {
	n := rt.StrLen(s)
	at := len(dst)
	dst = slices.Grow(dst, n)[:at+n]
	out := dst[at:]
	p := rt.field(s, strOffData)
	switch rt.StrKind(s) {
	case 1:
		for i, b := range unsafe.Slice((*uint8)(p), n) {
			out[i] = rune(b)
		}
	case 2:
		for i, u := range unsafe.Slice((*uint16)(p), n) {
			out[i] = rune(u)
		}
	default:
		for i, u := range unsafe.Slice((*uint32)(p), n) {
			out[i] = rune(u)
		}
	}
	return dst
}

// NewStrLatin1 returns a new str of the Latin-1 code points b (ASCII digits built
// in a caller's stack buffer, say): no Go memory.
func (rt *Runtime) NewStrLatin1(b []byte) Ref { return rt.newStrLatin1(b) }

// newStrLatin1 returns a new str of the Latin-1 code points b.
func (rt *Runtime) newStrLatin1(b []byte) Ref {
	switch len(b) {
	case 0:
		return rt.New(rt.EmptyStr)
	case 1:
		return rt.New(rt.latin1[b[0]])
	}
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	s := rt.newStrRaw(len(b), 1, ascii)
	if s != Nil {
		copy(rt.StrData(s), b)
	}
	return s
}

// strMaxChar returns the largest code point of s[start:end].
func (rt *Runtime) strMaxChar(s Ref, start, end int) rune {
	p := rt.field(s, strOffData)
	m := rune(0)
	switch rt.StrKind(s) {
	case 1:
		if rt.StrIsASCII(s) {
			return 0x7f
		}
		for _, b := range unsafe.Slice((*uint8)(unsafe.Add(p, start)), end-start) {
			m = max(m, rune(b))
		}
	case 2:
		for _, u := range unsafe.Slice((*uint16)(unsafe.Add(p, 2*start)), end-start) {
			m = max(m, rune(u))
		}
	default:
		for _, u := range unsafe.Slice((*uint32)(unsafe.Add(p, 4*start)), end-start) {
			m = max(m, rune(u))
		}
	}
	return m
}

// strCopy copies src[start:start+n] into dst at code point index at; dst's kind must
// hold every code point copied.
func (rt *Runtime) strCopy(dst Ref, at int, src Ref, start, n int) {
	dk, sk := rt.StrKind(dst), rt.StrKind(src)
	dp := unsafe.Add(rt.field(dst, strOffData), at*dk)
	sp := unsafe.Add(rt.field(src, strOffData), start*sk)
	if dk == sk {
		copy(unsafe.Slice((*byte)(dp), n*dk), unsafe.Slice((*byte)(sp), n*sk))
		return
	}
	for i := range n {
		var c uint32
		switch sk {
		case 1:
			c = uint32(*(*uint8)(unsafe.Add(sp, i)))
		case 2:
			c = uint32(*(*uint16)(unsafe.Add(sp, 2*i)))
		default:
			c = *(*uint32)(unsafe.Add(sp, 4*i))
		}
		switch dk {
		case 1:
			*(*uint8)(unsafe.Add(dp, i)) = uint8(c)
		case 2:
			*(*uint16)(unsafe.Add(dp, 2*i)) = uint16(c)
		default:
			*(*uint32)(unsafe.Add(dp, 4*i)) = c
		}
	}
}

// strSubstr returns s[start:end] (0 <= start <= end <= len), s itself when that is
// all of it and s is an exact str.
func (rt *Runtime) strSubstr(s Ref, start, end int) Ref {
	n := end - start
	switch {
	case n <= 0:
		return rt.New(rt.EmptyStr)
	case n == rt.StrLen(s) && rt.isExactStr(s):
		return rt.New(s)
	case n == 1:
		if c := rt.StrAt(s, start); c < 256 {
			return rt.New(rt.latin1[c])
		}
	}
	m := rt.strMaxChar(s, start, end)
	r := rt.newStrRaw(n, kindFor(m), m < 128)
	if r != Nil {
		rt.strCopy(r, 0, s, start, n)
	}
	return r
}

// strConcat returns a + b for two strs.
func (rt *Runtime) strConcat(a, b Ref) Ref {
	na, nb := rt.StrLen(a), rt.StrLen(b)
	if nb == 0 && rt.isExactStr(a) {
		return rt.New(a)
	}
	if na == 0 && rt.isExactStr(b) {
		return rt.New(b)
	}
	if na+nb > maxStrLen {
		rt.Raise("OverflowError", "strings are too large to concat")
		return Nil
	}
	kind := max(rt.StrKind(a), rt.StrKind(b))
	r := rt.newStrRaw(na+nb, kind, rt.StrIsASCII(a) && rt.StrIsASCII(b))
	if r == Nil {
		return Nil
	}
	rt.strCopy(r, 0, a, 0, na)
	rt.strCopy(r, na, b, 0, nb)
	return r
}

// StrJoinParts returns the concatenation of parts, exact strs (borrowed): the
// VM's BUILD_STRING, for f-strings, in one allocation and without Go strings.
// Each part's kind is the narrowest for its characters, so the widest of them is
// the result's.
func (rt *Runtime) StrJoinParts(parts []Ref) Ref {
	total, kind, ascii := 0, 1, true
	for _, p := range parts {
		total += rt.StrLen(p)
		kind = max(kind, rt.StrKind(p))
		ascii = ascii && rt.StrIsASCII(p)
	}
	switch {
	case total == 0:
		return rt.New(rt.EmptyStr)
	case total > maxStrLen:
		rt.Raise("OverflowError", "join() result is too long for a Python string")
		return Nil
	case len(parts) == 1:
		return rt.New(parts[0])
	}
	if total == 1 {
		for _, p := range parts {
			if rt.StrLen(p) == 1 {
				return rt.New(p) // one-character strs are canonical objects already
			}
		}
	}
	r := rt.newStrRaw(total, kind, ascii)
	if r == Nil {
		return Nil
	}
	at := 0
	for _, p := range parts {
		n := rt.StrLen(p)
		rt.strCopy(r, at, p, 0, n)
		at += n
	}
	return r
}

// maxStrLen bounds a str's length: its length field is 32 bits.
const maxStrLen = 1<<31 - 1

// strRepeat returns s * n.
func (rt *Runtime) strRepeat(s Ref, n int) Ref {
	l := rt.StrLen(s)
	if n <= 0 || l == 0 {
		return rt.New(rt.EmptyStr)
	}
	if n == 1 && rt.isExactStr(s) {
		return rt.New(s)
	}
	if l > maxStrLen/n {
		if l > math.MaxInt64/n {
			rt.Raise("OverflowError", "repeated string is too long")
			return Nil
		}
		return rt.NoMemory() // CPython's answer for a size it cannot allocate
	}
	kind := rt.StrKind(s)
	r := rt.newStrRaw(l*n, kind, rt.StrIsASCII(s))
	if r == Nil {
		return Nil
	}
	src := rt.StrData(s)
	dst := rt.StrData(r)
	if len(src) == 1 {
		c := src[0]
		for i := range dst {
			dst[i] = c
		}
		return r
	}
	done := copy(dst, src)
	for done < len(dst) {
		done += copy(dst[done:], dst[:done])
	}
	return r
}

// newStrFromRunesLike returns a new str of cps; when cps equals s's code points and
// s is an exact str, s itself (CPython returns the same object from methods that
// change nothing, e.g. "abc".strip()).
func (rt *Runtime) strResult(s Ref, cps []rune) Ref {
	if rt.isExactStr(s) && len(cps) == rt.StrLen(s) {
		same := true
		for i, c := range cps {
			if rt.StrAt(s, i) != c {
				same = false
				break
			}
		}
		if same {
			return rt.New(s)
		}
	}
	return rt.NewStrFromRunes(cps)
}

// runesIndex returns the first index >= start (with the match ending <= end) where
// sub occurs in h, or -1.
func runesIndex(h, sub []rune, start, end int) int {
	n := len(sub)
	if end > len(h) {
		end = len(h)
	}
	if start < 0 {
		start = 0
	}
	if n == 0 {
		if start <= end {
			return start
		}
		return -1
	}
	first := sub[0]
outer:
	for i := start; i+n <= end; i++ {
		if h[i] != first {
			continue
		}
		for j := 1; j < n; j++ {
			if h[i+j] != sub[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

func addPtr(p unsafe.Pointer, n int) unsafe.Pointer { return unsafe.Add(p, n) }

func stringIndex(h, sub string) int { return strings.Index(h, sub) }

// newListSteal returns a new list of items, taking over the references.
func (rt *Runtime) newListSteal(items []Ref) Ref {
	l := rt.NewList(len(items))
	if l == Nil {
		rt.decrefAll(items)
		return Nil
	}
	copy(rt.ListItems(l), items)
	return l
}

// StrAppend performs *ps += b for strs (CPython's PyUnicode_Append): *ps is a
// reference the caller owns, replaced by the result. When *ps is an exact str that
// nothing else refers to (reference count 1, not interned) and wide enough for b's
// code points, it is resized in place (heap.Realloc, which grows a block without
// copying when it can), so that building a str by repeated += in a loop is linear,
// as in CPython. Otherwise it is a plain concatenation. It returns -1 with an
// exception set (and *ps dropped and set to Nil) on error.
func (rt *Runtime) StrAppend(ps *Ref, b Ref) int {
	a := *ps
	if !rt.IsStr(b) {
		rt.Raise("TypeError", "can only concatenate str (not \"%s\") to str", rt.TypeNameOf(b))
		rt.Replace(ps, Nil)
		return -1
	}
	na, nb := rt.StrLen(a), rt.StrLen(b)
	if nb == 0 {
		return 0
	}
	if rt.isExactStr(a) && rt.hdr(a).refcnt == 1 && na > 0 && na+nb <= maxStrLen &&
		*rt.Uint32At(a, strOffState)&strInterned == 0 && rt.StrKind(a) >= rt.StrKind(b) &&
		(rt.StrKind(a) > 1 || rt.StrIsASCII(a) || rt.StrKind(b) == 1) {
		kind := rt.StrKind(a)
		size := uintptr(strOffData + (na+nb+1)*kind)
		nr := Ref(rt.heap.Realloc(a.Heap(), size))
		if nr == Nil {
			rt.NoMemory()
			rt.Replace(ps, Nil)
			return -1
		}
		*ps = nr
		rt.strCopy(nr, na, b, 0, nb)
		*rt.Uint32At(nr, strOffLength) = uint32(na + nb)
		if !rt.StrIsASCII(b) {
			*rt.Uint32At(nr, strOffState) &^= strASCII
		}
		*(*int64)(rt.field(nr, strOffHash)) = -1
		clear(rt.Bytes(nr, strOffData+uintptr((na+nb)*kind), uintptr(kind)))
		return 0
	}
	r := rt.strConcat(a, b)
	rt.Replace(ps, r)
	if r == Nil {
		return -1
	}
	return 0
}

// strSearch returns the first (or, with last, the last) index i in [start, end-m]
// where sub (m code points) occurs in s, or -1. It searches the raw code units,
// without converting either str: sub is widened to s's kind when narrower, and
// matches must fall on code point boundaries.
func (rt *Runtime) strSearch(s, sub Ref, start, end int, last bool) int {
	n, m := rt.StrLen(s), rt.StrLen(sub)
	end = min(end, n)
	start = max(start, 0)
	if end-start < m {
		return -1
	}
	if m == 0 {
		if last {
			return end
		}
		return start
	}
	k, ks := rt.StrKind(s), rt.StrKind(sub)
	if ks > k {
		return -1 // sub has a code point s cannot hold
	}
	needle := rt.StrData(sub)
	if ks < k {
		w := make([]byte, m*k)
		for i := range m {
			c := uint32(rt.StrAt(sub, i))
			for b := range k {
				w[i*k+b] = byte(c >> (8 * b))
			}
		}
		needle = w
	}
	h := rt.StrData(s)[start*k : end*k]
	if !last {
		for off := 0; ; {
			i := indexBytes(h[off:], needle)
			if i < 0 {
				return -1
			}
			if (off+i)%k == 0 {
				return start + (off+i)/k
			}
			off += i + 1
		}
	}
	for lim := len(h); ; {
		i := lastIndexBytes(h[:lim], needle)
		if i < 0 {
			return -1
		}
		if i%k == 0 {
			return start + i/k
		}
		lim = i + len(needle) - 1
	}
}

func lastIndexBytes(h, sub []byte) int {
	return strings.LastIndex(unsafe.String(unsafe.SliceData(h), len(h)), unsafe.String(unsafe.SliceData(sub), len(sub)))
}

// strView1 is the data of a one-byte str as a Go string, without copying.
func (rt *Runtime) strView1(s Ref) string {
	d := rt.StrData(s)
	return unsafe.String(unsafe.SliceData(d), len(d))
}

// strCount counts the non-overlapping occurrences of sub in s[start:end].
func (rt *Runtime) strCount(s, sub Ref, start, end int) int {
	m := rt.StrLen(sub)
	if m == 0 {
		return max(0, min(end, rt.StrLen(s))-start+1)
	}
	if rt.StrKind(s) == 1 && rt.StrKind(sub) == 1 && start < end {
		// One byte per character: the bytes' non-overlapping count is the answer.
		d := rt.StrData(s)[start:min(end, rt.StrLen(s))]
		return strings.Count(unsafe.String(unsafe.SliceData(d), len(d)), rt.strView1(sub))
	}
	c := 0
	for {
		i := rt.strSearch(s, sub, start, end, false)
		if i < 0 {
			return c
		}
		c++
		start = i + m
	}
}

// StrConcat returns a + b for two strs (a new reference).
func (rt *Runtime) StrConcat(a, b Ref) Ref { return rt.strConcat(a, b) }

// StrSlice returns s[start:end] for 0 <= start <= end <= len(s) (a new reference).
func (rt *Runtime) StrSlice(s Ref, start, end int) Ref { return rt.strSubstr(s, start, end) }

// StrBuild concatenates strs (borrowed), as the VM's BUILD_STRING does for
// f-strings: one allocation of the result's size and kind.
func (rt *Runtime) StrBuild(items []Ref) Ref {
	total, maxc, ascii := 0, rune(0), true
	for _, it := range items {
		n := rt.StrLen(it)
		total += n
		if total > maxStrLen {
			rt.Raise("OverflowError", "join() result is too long for a Python string")
			return Nil
		}
		if n > 0 {
			maxc = max(maxc, rt.strMaxChar(it, 0, n))
		}
		ascii = ascii && rt.StrIsASCII(it)
	}
	switch {
	case total == 0:
		return rt.New(rt.EmptyStr)
	case len(items) == 1 && rt.isExactStr(items[0]):
		return rt.New(items[0])
	case total == 1 && maxc < 256:
		for _, it := range items {
			if rt.StrLen(it) == 1 {
				return rt.New(rt.latin1[rt.StrAt(it, 0)])
			}
		}
	}
	r := rt.newStrRaw(total, kindFor(maxc), ascii)
	if r == Nil {
		return Nil
	}
	at := 0
	for _, it := range items {
		n := rt.StrLen(it)
		rt.strCopy(r, at, it, 0, n)
		at += n
	}
	return r
}

// LookupEncoding returns the canonical name of a codec pyheap has ("utf-8",
// "latin-1", ...) for an encoding name as Python code spells it, or false.
func LookupEncoding(name string) (string, bool) {
	c := lookupCodec(name)
	return c, c != ""
}

// NewStrWTF8 returns a new str from WTF-8: UTF-8 in which lone surrogates
// (U+D800..U+DFFF) are written in the 3-byte form, as GoString writes them and the
// parser keeps them in string literals. Bytes that are not WTF-8 become U+FFFD.
func (rt *Runtime) NewStrWTF8(s string) Ref {
	if isASCII(s) {
		return rt.NewStr(s)
	}
	// Two passes over s, counting then writing: the code points go straight into
	// the new str (json.dumps(ensure_ascii=False) makes such strs of megabytes).
	n, maxc := 0, rune(0)
	var first rune
	for i := 0; i < len(s); {
		c, size := wtf8Next(s, i)
		if n == 0 {
			first = c
		}
		n++
		maxc = max(maxc, c)
		i += size
	}
	if n == 1 {
		one := [1]rune{first}
		return rt.NewStrFromRunes(one[:])
	}
	r := rt.newStrRaw(n, kindFor(maxc), false)
	if r == Nil {
		return Nil
	}
	p := rt.field(r, strOffData)
	k := 0
	for i := 0; i < len(s); k++ {
		c, size := wtf8Next(s, i)
		switch kindFor(maxc) {
		case 1:
			*(*uint8)(unsafe.Add(p, k)) = uint8(c)
		case 2:
			*(*uint16)(unsafe.Add(p, 2*k)) = uint16(c)
		default:
			*(*uint32)(unsafe.Add(p, 4*k)) = uint32(c)
		}
		i += size
	}
	return r
}

// wtf8Next decodes the code point at s[i:] (WTF-8; U+FFFD for a byte that is not)
// and its length in bytes.
func wtf8Next(s string, i int) (rune, int) {
	b := s[i]
	if b < 0x80 {
		return rune(b), 1
	}
	if b == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	var buf [4]byte
	end := min(len(s), i+4)
	c, size, why := decodeUTF8Rune(buf[:copy(buf[:], s[i:end])])
	if why != "" {
		c, size = 0xFFFD, max(size, 1)
	}
	return c, size
}
