// The matcher: a backtracking machine over a prog, with an explicit stack of
// choice points and undo records instead of Go recursion, so that the depth of
// a match is bounded by memory, not by the Go stack. See doc.go.

package re

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
)

// char is the code unit type of a subject: str kinds 1, 2, 4 and bytes.
type char interface{ ~uint8 | ~uint16 | ~uint32 }

// Kinds of stack frames.
const (
	fBranch    uint8 = iota // resume at pc, pos a
	fCap                    // undo: caps[a] = b, lastIndex = c
	fCnt                    // undo: cnt[a] = b, last[a] = c
	fRepGreedy              // repeat-one at pc: start a, count b, min c
	fRepLazy                // repeat-one at pc: start a, count b
	fAtom                   // atomic region's base: saved pos a; pc >= 0: negative lookaround's continuation
	fLazyBody               // lazy Until: try the body at pc from pos a as iteration b of counter c
)

type frame struct {
	kind uint8
	pc   int32
	c    int32
	a, b int
}

// maxStack bounds the backtracking stack (entries) of a machine without a
// heap (the Go tests); past it a match fails with overflow set.
const maxStack = 1 << 24

// machine is the matcher's reusable state. Its stack lives in the free store of
// the interpreter's private heap when it has one (heap != nil), so that a deep
// match counts against the interpreter's memory limit and raises MemoryError
// past it, like any other allocation.
type machine struct {
	p    *prog
	caps []int
	// out is sub's result buffer, kept with the machine (taken by one call at a
	// time, so a repl function's nested sub gets another): a fresh slice per
	// call was Go garbage as long as the result.
	out       []rune
	cnt, last []int
	atomBase  []int
	stack     []frame // a view of stackRef's block when heap != nil
	lastIndex int
	overflow  bool // the stack could not grow

	// limit bounds the backtracking steps of one search (0: none), steps
	// counts them; budgetOut is set when a search stops at the limit.
	limit, steps int64
	budgetOut    bool

	heap     *heap.Heap
	stackRef heap.Ref
}

const frameSize = unsafe.Sizeof(frame{})

// grow doubles the stack's capacity; false (with overflow set) when memory
// runs out.
func (m *machine) grow() bool {
	n := max(256, 2*cap(m.stack))
	if m.heap == nil {
		if n > maxStack {
			m.overflow = true
			return false
		}
		s := make([]frame, len(m.stack), n)
		copy(s, m.stack)
		m.stack = s
		return true
	}
	r := m.heap.Realloc(m.stackRef, uintptr(n)*frameSize)
	if r == 0 {
		m.overflow = true
		return false
	}
	m.stackRef = r
	m.stack = unsafe.Slice((*frame)(m.heap.Ptr(r)), n)[:len(m.stack)]
	return true
}

// release gives the stack's block back to the heap.
func (m *machine) release() {
	if m.heap != nil && m.stackRef != 0 {
		m.heap.Free(m.stackRef)
	}
	m.stackRef = 0
	m.stack = nil
}

func (m *machine) reset(p *prog) {
	m.p = p
	m.caps = grow(m.caps, p.ncaps)
	m.cnt = grow(m.cnt, p.ncnt)
	m.last = grow(m.last, p.ncnt)
	m.atomBase = grow(m.atomBase, p.natom)
	m.overflow = false
	m.budgetOut = false
	m.steps = 0
}

// failed reports whether the last search stopped without an answer.
func (m *machine) failed() bool { return m.overflow || m.budgetOut }

func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func (m *machine) push(f frame) bool {
	if len(m.stack) == cap(m.stack) && !m.grow() {
		return false
	}
	m.stack = append(m.stack, f)
	return true
}

// testOne reports whether the one-character matcher in accepts ch.
func testOne(in *inst, ch rune) bool {
	switch in.op {
	case iChar:
		return ch == in.c
	case iNotChar:
		return ch != in.c
	case iCharIgnore:
		if in.ascii {
			return lowerASCII(ch) == in.c
		}
		return lowerUni(ch) == in.c
	case iNotCharIgnore:
		if in.ascii {
			return lowerASCII(ch) != in.c
		}
		return lowerUni(ch) != in.c
	case iCharSet:
		l := lowerUni(ch)
		found := false
		for _, r := range in.runes {
			if r == l {
				found = true
				break
			}
		}
		return found != (in.mode == 1)
	case iAny:
		return ch != '\n'
	case iAnyAll:
		return true
	case iClass:
		return in.cls.has(ch)
	}
	return false
}

// countOne counts the characters from pos (at most n) that in accepts.
func countOne[T char](in *inst, s []T, pos, n int) int {
	end := pos + n
	if end > len(s) || n < 0 {
		end = len(s)
	}
	p := pos
	switch in.op {
	case iAnyAll:
		return end - pos
	case iAny:
		for p < end && s[p] != '\n' {
			p++
		}
	case iChar:
		for p < end && rune(s[p]) == in.c {
			p++
		}
	case iClass:
		cc := in.cls
		if cc.ignore == 0 && !cc.neg {
			for p < end {
				ch := rune(s[p])
				if ch < 256 {
					if cc.low[ch>>6]&(1<<(ch&63)) == 0 {
						break
					}
				} else if !cc.has(ch) {
					break
				}
				p++
			}
			break
		}
		for p < end && cc.has(rune(s[p])) {
			p++
		}
	default:
		for p < end && testOne(in, rune(s[p])) {
			p++
		}
	}
	return p - pos
}

func isWordAt[T char](s []T, i int, ascii bool) bool {
	if ascii {
		return isWordASCII(rune(s[i]))
	}
	ch := rune(s[i])
	return ch == '_' || isWordUni(ch)
}

// atOK evaluates an iAt assertion.
func atOK[T char](in *inst, s []T, pos int) bool {
	n := len(s)
	switch atKind(in.kind) {
	case atBeginning, atBeginningString:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || s[pos-1] == '\n'
	case atEnd:
		return pos == n || pos == n-1 && s[pos] == '\n'
	case atEndLine:
		return pos == n || s[pos] == '\n'
	case atEndString:
		return pos == n
	case atBoundary, atNonBoundary:
		if n == 0 {
			return false
		}
		this := pos < n && isWordAt(s, pos, in.ascii)
		that := pos > 0 && isWordAt(s, pos-1, in.ascii)
		return (this != that) == (atKind(in.kind) == atBoundary)
	}
	return false
}

// run tries to match at start; s is the subject up to endpos. On success
// m.caps[0:2] hold the match's span.
func run[T char](m *machine, s []T, start int, full, mustAdvance bool) bool {
	p := m.p
	insts := p.insts
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.stack = m.stack[:0]
	m.lastIndex = -1
	n := len(s)
	pc, pos := 0, start
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case iChar:
			if pos < n && rune(s[pos]) == in.c {
				pos++
				pc++
			} else {
				ok = false
			}
		case iNotChar, iCharIgnore, iNotCharIgnore, iCharSet, iAny, iAnyAll, iClass:
			if pos < n && testOne(in, rune(s[pos])) {
				pos++
				pc++
			} else {
				ok = false
			}
		case iAt:
			if atOK(in, s, pos) {
				pc++
			} else {
				ok = false
			}
		case iSave:
			if !m.push(frame{kind: fCap, a: in.x, b: m.caps[in.x], c: int32(m.lastIndex)}) {
				return false
			}
			m.caps[in.x] = pos
			if in.x&1 == 1 {
				m.lastIndex = in.x / 2
			}
			pc++
		case iSplit:
			if !m.push(frame{kind: fBranch, pc: int32(in.y), a: pos}) {
				return false
			}
			pc = in.x
		case iJmp:
			pc = in.x
		case iRepeatOne:
			switch in.mode {
			case lazy:
				if countOne(in.one, s, pos, in.min) < in.min {
					ok = false
					break
				}
				if in.max > in.min {
					if !m.push(frame{kind: fRepLazy, pc: int32(pc), a: pos, b: in.min}) {
						return false
					}
				}
				pos += in.min
				pc++
			default:
				cnt := countOne(in.one, s, pos, in.max)
				if cnt < in.min {
					ok = false
					break
				}
				if in.mode == possessive {
					pos += cnt
					pc++
					break
				}
				if in.next >= 0 {
					for cnt >= in.min && (pos+cnt >= n || rune(s[pos+cnt]) != in.next) {
						cnt--
					}
					if cnt < in.min {
						ok = false
						break
					}
				} else if nx := in.nextOne; nx != nil {
					for cnt >= in.min && (pos+cnt >= n || !testOne(nx, rune(s[pos+cnt]))) {
						cnt--
					}
					if cnt < in.min {
						ok = false
						break
					}
				}
				if cnt > in.min {
					if !m.push(frame{kind: fRepGreedy, pc: int32(pc), a: pos, b: cnt, c: int32(in.min)}) {
						return false
					}
				}
				pos += cnt
				pc++
			}
		case iRepStart:
			if !m.push(frame{kind: fCnt, a: in.x, b: m.cnt[in.x], c: int32(m.last[in.x])}) {
				return false
			}
			m.cnt[in.x] = -1
			m.last[in.x] = -1
			pc++
		case iUntil:
			id := in.x
			count := m.cnt[id] + 1
			if count < in.min {
				if !m.push(frame{kind: fCnt, a: id, b: m.cnt[id], c: int32(m.last[id])}) {
					return false
				}
				m.cnt[id] = count
				pc = in.width
				break
			}
			if (count < in.max || in.max == maxRepeat) && pos != m.last[id] {
				if in.mode == lazy {
					if !m.push(frame{kind: fLazyBody, pc: int32(in.width), a: pos, b: count, c: int32(id)}) {
						return false
					}
					pc = in.y
					break
				}
				if !m.push(frame{kind: fBranch, pc: int32(in.y), a: pos}) ||
					!m.push(frame{kind: fCnt, a: id, b: m.cnt[id], c: int32(m.last[id])}) {
					return false
				}
				m.cnt[id] = count
				m.last[id] = pos
				pc = in.width
				break
			}
			pc = in.y
		case iAtomStart:
			if in.width > 0 && pos < in.width {
				if in.kind == atomLookNeg {
					pc = in.y
				} else {
					ok = false
				}
				break
			}
			cont := int32(-1)
			if in.kind == atomLookNeg {
				cont = int32(in.y)
			}
			if !m.push(frame{kind: fAtom, pc: cont, a: pos}) {
				return false
			}
			m.atomBase[in.x] = len(m.stack) - 1
			pos -= in.width
			pc++
		case iAtomEnd:
			base := m.atomBase[in.x]
			saved := m.stack[base].a
			switch in.kind {
			case atomAtomic, atomLookPos:
				// Keep the undo records above the base, drop the choice points.
				j := base
				for i := base + 1; i < len(m.stack); i++ {
					if k := m.stack[i].kind; k == fCap || k == fCnt {
						m.stack[j] = m.stack[i]
						j++
					}
				}
				m.stack = m.stack[:j]
				if in.kind == atomLookPos {
					pos = saved
				}
				pc++
			default:
				// The negative lookaround's body matched: undo it and fail.
				for i := len(m.stack) - 1; i > base; i-- {
					f := &m.stack[i]
					switch f.kind {
					case fCap:
						m.caps[f.a] = f.b
						m.lastIndex = int(f.c)
					case fCnt:
						m.cnt[f.a] = f.b
						m.last[f.a] = int(f.c)
					}
				}
				m.stack = m.stack[:base]
				ok = false
			}
		case iBackref:
			g := in.x
			bs, be := m.caps[2*g], m.caps[2*g+1]
			if bs < 0 || be < 0 || be < bs || pos+(be-bs) > n {
				ok = false
				break
			}
			l := be - bs
			for i := 0; i < l; i++ {
				a, b := rune(s[bs+i]), rune(s[pos+i])
				if a != b {
					if !in.ignore {
						ok = false
						break
					}
					if in.ascii {
						a, b = lowerASCII(a), lowerASCII(b)
					} else {
						a, b = lowerUni(a), lowerUni(b)
					}
					if a != b {
						ok = false
						break
					}
				}
			}
			if ok {
				pos += l
				pc++
			}
		case iCond:
			g := in.x
			if 2*g+1 < len(m.caps) && m.caps[2*g] >= 0 && m.caps[2*g+1] >= m.caps[2*g] {
				pc++
			} else {
				pc = in.y
			}
		case iMatch:
			if full && pos != n || mustAdvance && pos == start {
				ok = false
				break
			}
			m.caps[0], m.caps[1] = start, pos
			return true
		}
		if ok {
			continue
		}
		// Backtrack.
	back:
		for {
			top := len(m.stack) - 1
			if top < 0 {
				return false
			}
			if m.steps++; m.limit > 0 && m.steps > m.limit {
				m.budgetOut = true
				return false
			}
			f := &m.stack[top]
			switch f.kind {
			case fBranch:
				pc, pos = int(f.pc), f.a
				m.stack = m.stack[:top]
				break back
			case fCap:
				m.caps[f.a] = f.b
				m.lastIndex = int(f.c)
				m.stack = m.stack[:top]
			case fCnt:
				m.cnt[f.a] = f.b
				m.last[f.a] = int(f.c)
				m.stack = m.stack[:top]
			case fRepGreedy:
				in := &insts[f.pc]
				cnt := f.b - 1
				if in.next >= 0 {
					for cnt >= int(f.c) && (f.a+cnt >= n || rune(s[f.a+cnt]) != in.next) {
						cnt--
					}
				} else if nx := in.nextOne; nx != nil {
					for cnt >= int(f.c) && (f.a+cnt >= n || !testOne(nx, rune(s[f.a+cnt]))) {
						cnt--
					}
				}
				if cnt < int(f.c) {
					m.stack = m.stack[:top]
					continue
				}
				pos, pc = f.a+cnt, int(f.pc)+1
				if cnt == int(f.c) {
					m.stack = m.stack[:top]
				} else {
					f.b = cnt
				}
				break back
			case fRepLazy:
				in := &insts[f.pc]
				p := f.a + f.b
				if in.max != maxRepeat && f.b >= in.max || p >= n || !testOne(in.one, rune(s[p])) {
					m.stack = m.stack[:top]
					continue
				}
				f.b++
				pos, pc = p+1, int(f.pc)+1
				break back
			case fAtom:
				m.stack = m.stack[:top]
				if f.pc >= 0 {
					pc, pos = int(f.pc), f.a
					break back
				}
			case fLazyBody:
				id := int(f.c)
				body, at, count := int(f.pc), f.a, f.b
				m.stack = m.stack[:top]
				if !m.push(frame{kind: fCnt, a: id, b: m.cnt[id], c: int32(m.last[id])}) {
					return false
				}
				m.cnt[id] = count
				m.last[id] = at
				pos, pc = at, body
				break back
			}
		}
	}
}

// search finds the first match at or after start (only at start when
// anchored); s is the subject up to endpos.
func search[T char](m *machine, s []T, start int, anchored, full, mustAdvance bool) bool {
	p := m.p
	if anchored || p.anchored {
		if p.anchored && !anchored && start > 0 && atKind(p.insts[0].kind) == atBeginning {
			return false
		}
		return run(m, s, start, full, mustAdvance)
	}
	n := len(s)
	for pos := start; pos <= n; pos++ {
		if first := p.first; first != nil {
		scan:
			for ; pos < n; pos++ {
				ch := rune(s[pos])
				if ch < 256 {
					if p.firstLow[ch>>6]&(1<<(ch&63)) != 0 {
						break
					}
					continue
				}
				for _, f := range first {
					if testOne(f, ch) {
						break scan
					}
				}
			}
			if pos >= n {
				return false
			}
		}
		if run(m, s, pos, full, mustAdvance) {
			return true
		}
		if m.failed() {
			return false
		}
		mustAdvance = false
	}
	return false
}
