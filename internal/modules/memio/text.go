// The StringIO buffer: writing a str with newline translation, widening from
// Latin-1 to UCS-4, finding line ends, and making strs of parts. See memio.go.

package memio

import (
	"bytes"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// unitAt returns code unit i of data stored kind bytes a unit.
func unitAt(data []byte, kind, i int) rune {
	switch kind {
	case 1:
		return rune(data[i])
	case 2:
		return rune(*(*uint16)(unsafe.Pointer(&data[2*i])))
	}
	return *(*rune)(unsafe.Pointer(&data[4*i]))
}

// putUnit stores c as unit j of dst (unit bytes a unit).
func putUnit(dst []byte, unit, j int, c rune) {
	if unit == 1 {
		dst[j] = byte(c)
	} else {
		*(*rune)(unsafe.Pointer(&dst[4*j])) = c
	}
}

// newlineCounts counts the line endings of a str's data: lone "\n", lone
// "\r", and "\r\n".
func newlineCounts(data []byte, kind, n int) (lf, cr, crlf int) {
	if kind == 1 && bytes.IndexByte(data, '\r') < 0 {
		return bytes.Count(data, []byte{'\n'}), 0, 0
	}
	for i := 0; i < n; i++ {
		switch unitAt(data, kind, i) {
		case '\n':
			lf++
		case '\r':
			if i+1 < n && unitAt(data, kind, i+1) == '\n' {
				crlf++
				i++
			} else {
				cr++
			}
		}
	}
	return lf, cr, crlf
}

// translate copies n units of src (kind bytes each) to dst (unit bytes each),
// applying the write translation of mode.
func translate(dst []byte, unit int, src []byte, kind, n, mode int) {
	if mode == nlLF || mode == nlEmpty {
		if unit == kind {
			copy(dst, src)
			return
		}
		for i := 0; i < n; i++ {
			putUnit(dst, unit, i, unitAt(src, kind, i))
		}
		return
	}
	j := 0
	for i := 0; i < n; i++ {
		c := unitAt(src, kind, i)
		switch {
		case c == '\r' && mode == nlNone:
			if i+1 < n && unitAt(src, kind, i+1) == '\n' {
				i++
			}
			c = '\n'
		case c == '\n' && mode == nlCR:
			c = '\r'
		case c == '\n' && mode == nlCRLF:
			putUnit(dst, unit, j, '\r')
			j++
		}
		putUnit(dst, unit, j, c)
		j++
	}
}

// translation returns the translation a write of n units with the given line
// endings needs under newline mode (nlLF: a plain copy) and the length it
// produces.
func translation(mode, n, lf, cr, crlf int) (tr, out int) {
	switch {
	case mode == nlNone && cr+crlf > 0:
		return nlNone, n - crlf
	case mode == nlCR && lf+crlf > 0:
		return nlCR, n
	case mode == nlCRLF && lf+crlf > 0:
		return nlCRLF, n + lf + crlf
	}
	return nlLF, n
}

// widen turns a Latin-1 buffer into a UCS-4 one, in place from the end.
func widen(rt *object.Runtime, st *state) bool {
	if st.cap > 0 {
		nb := rt.Heap().Realloc(st.data, uintptr(st.cap)*4)
		if nb == 0 {
			rt.NoMemory()
			return false
		}
		st.data = nb
		b := bytesOf(rt, st, 0, int64(st.cap), 4)
		for i := st.size - 1; i >= 0; i-- {
			*(*rune)(unsafe.Pointer(&b[4*i])) = rune(b[i])
		}
	}
	st.flags |= flagWide
	return true
}

// realizeText copies the first size units of the borrowed initial value into
// a buffer of the stream's own: Latin-1 for a Latin-1 str, else UCS-4.
func realizeText(rt *object.Runtime, st *state) bool {
	src := st.src
	kind := rt.StrKind(src)
	unit := 1
	if kind > 1 {
		unit = 4
	}
	size := st.size
	st.src = Nil
	if !grow(rt, st, size, unit) {
		st.src = src
		return false
	}
	if unit == 4 {
		st.flags |= flagWide
	}
	translate(bytesOf(rt, st, 0, size, unit), unit, rt.StrData(src), kind, int(size), nlLF)
	rt.Decref(src)
	return true
}

// writeStr writes the str s at the position, translating newlines, padding a
// gap after the end with NULs. It returns false with an exception set.
func writeStr(rt *object.Runtime, st *state, s Ref) bool {
	if st.src != Nil && !realizeText(rt, st) {
		return false
	}
	n := rt.StrLen(s)
	kind := rt.StrKind(s)
	src := rt.StrData(s)
	mode := int(st.flags&nlMask) >> nlShift
	out := int64(n)
	tr := nlLF
	if mode != nlLF {
		lf, cr, crlf := newlineCounts(src, kind, n)
		if mode == nlNone || mode == nlEmpty {
			if lf > 0 {
				st.flags |= seenLF
			}
			if cr > 0 {
				st.flags |= seenCR
			}
			if crlf > 0 {
				st.flags |= seenCRLF
			}
		}
		var o int
		tr, o = translation(mode, n, lf, cr, crlf)
		out = int64(o)
	}
	if kind > 1 && st.flags&flagWide == 0 && !widen(rt, st) {
		return false
	}
	unit := 1
	if st.flags&flagWide != 0 {
		unit = 4
	}
	pos := st.pos
	end := pos + out
	if end < pos {
		rt.Raise("OverflowError", "new position too large")
		return false
	}
	if !grow(rt, st, end, unit) {
		return false
	}
	if pos > st.size {
		clear(bytesOf(rt, st, st.size, pos, unit))
	}
	translate(bytesOf(rt, st, pos, end, unit), unit, src, kind, n, tr)
	st.pos = end
	if end > st.size {
		st.size = end
	}
	return true
}

// textOf returns units [lo, hi) of the buffer as a new str.
func textOf(rt *object.Runtime, st *state, lo, hi int64) Ref {
	if hi <= lo {
		return rt.New(rt.EmptyStr)
	}
	if st.src != Nil {
		return rt.StrSlice(st.src, int(lo), int(hi))
	}
	if st.flags&flagWide != 0 {
		return rt.NewStrFromRunes(wideOf(rt, st, lo, hi))
	}
	return rt.NewStrLatin1(bytesOf(rt, st, lo, hi, 1))
}

// lineEnd returns the length of the line starting at unit lo and ending at the
// first line ending of mode before hi, or -1 when there is none.
func lineEnd(rt *object.Runtime, st *state, lo, hi int64, mode int) int64 {
	if hi <= lo {
		return -1
	}
	var b []byte
	switch {
	case st.src != Nil:
		kind := rt.StrKind(st.src)
		b = rt.StrData(st.src)[lo*int64(kind) : hi*int64(kind)]
		switch kind {
		case 2:
			return int64(lineEndIn(unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), hi-lo), mode))
		case 4:
			return int64(lineEndIn(unsafe.Slice((*rune)(unsafe.Pointer(&b[0])), hi-lo), mode))
		}
	case st.flags&flagWide != 0:
		return int64(lineEndIn(wideOf(rt, st, lo, hi), mode))
	default:
		b = bytesOf(rt, st, lo, hi, 1)
	}
	switch mode {
	case nlLF, nlNone:
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return int64(i + 1)
		}
		return -1
	case nlCR:
		if i := bytes.IndexByte(b, '\r'); i >= 0 {
			return int64(i + 1)
		}
		return -1
	}
	return int64(lineEndIn(b, mode))
}

// lineEndIn is lineEnd over a slice of units.
func lineEndIn[T byte | uint16 | rune](b []T, mode int) int {
	for i, c := range b {
		switch {
		case c == '\n' && (mode == nlLF || mode == nlNone || mode == nlEmpty):
			return i + 1
		case c == '\r' && mode == nlCR:
			return i + 1
		case c == '\r' && mode == nlEmpty:
			if i+1 < len(b) && b[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case c == '\r' && mode == nlCRLF:
			if i+1 < len(b) && b[i+1] == '\n' {
				return i + 2
			}
		}
	}
	return -1
}
