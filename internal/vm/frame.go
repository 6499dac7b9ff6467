// Frames and the stack region. See doc.go.

package vm

import (
	"math/bits"
	"unsafe"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/heap"
)

// block is an entry of a frame's block stack.
type block struct {
	kind    uint8 // blockFinally, blockHandler
	handler int32 // pc of the handler (blockFinally)
	level   int32 // stack depth to unwind to
	saved   Ref   // blockHandler: the exception this handler is handling (owned)
}

const (
	blockFinally = iota
	blockHandler
)

// Frame is one running call. Its locals and value stack (lp: localsplus, then the
// stack) live in the stack region of the private heap, or, for a generator, in a
// block of its own; the rest are the VM's registers for the call.
type Frame struct {
	code     *codeInfo
	lp       []Ref // localsplus then the value stack
	sp       int   // index in lp of the first free stack slot
	pc       int   // next instruction
	lasti    int   // a finished generator's last instruction (see lastI)
	blocks   []block
	back     *Frame
	fn       Ref // the function (owned), or Nil
	globals  Ref // borrowed from fn, or owned when fn is Nil (ownGlobals)
	builtins Ref
	locals   Ref // the namespace dict of module and class frames (owned), else Nil
	kwnames  Ref // KW_NAMES for the next CALL (borrowed constant)
	entry    bool
	isGen    bool
	gen      Ref // the generator running this frame (borrowed)
	ownNS    bool

	mem      heap.Ref // generator frames: their own block
	chunk    int      // stack region: which chunk, and the offset of lp in it
	chunkOff uintptr
	size     uintptr
	obj      Ref // the frame object made for this running frame (see frameobj.go), or Nil
	initSelf Ref // an __init__ frame called inline by CALL: the new instance (owned)
	// localsDict is what locals() returns in a function frame: one dict per frame,
	// refreshed from the fast locals at each call (names exec() adds stay), as
	// CPython's f_locals.
	localsDict Ref
	// callee is the frame this frame's inline calls run in (eval.go, CALL): made
	// on its first call and reused by every later one, as Lua reuses CallInfo
	// records, since a running frame's previous callee has always returned.
	// chained marks such a frame: it never goes to the pool.
	callee  *Frame
	chained bool
}

// The stack region: chunks of the free store holding frames' localsplus and value
// stacks contiguously, as CPython 3.11's data stack does. Frames are pushed and
// popped in LIFO order; a new chunk is taken when one is full.
type stackRegion struct {
	chunks []stackChunk
	cur    int
	pool   []*Frame // Go-side frames for reuse: no Go allocation per call
	// genPool is the same for generators' frames, which are not in the region
	// (generators.py made 3.5 MB of Go garbage a run before they were reused).
	genPool []*Frame
	// goDepth counts the eval loops running nested on the Go stack (maxGoDepth).
	goDepth int
	// live maps the frame objects of running frames to them (f_lineno follows the
	// frame until it ends; then the object keeps its last line).
	live map[Ref]*Frame
}

type stackChunk struct {
	mem  heap.Ref
	base unsafe.Pointer // mem's address (the private heap never moves)
	size uintptr
	top  uintptr
}

const stackChunkSize = 256 << 10

// newFrame allocates a frame for code ci: its localsplus and stack zeroed.
func (in *Interp) newFrame(ci *codeInfo, isGen bool) *Frame {
	n := ci.frameSize
	size := uintptr(n) * 4
	var f *Frame
	pool := &in.stack.pool
	if isGen {
		pool = &in.stack.genPool
	}
	if k := len(*pool); k > 0 {
		// Reuse a Go-side frame: no Go allocation per call or per generator.
		f = (*pool)[k-1]
		*pool = (*pool)[:k-1]
		// dropFrame left the references Nil, lp, back and code nil and blocks
		// empty; the rest is set field by field (assigning a whole Frame value
		// cost a tenth of binary_trees' time in a bulk write-barrier copy).
		f.code, f.sp, f.size = ci, ci.nlp, size
		f.pc, f.lasti = 0, 0
		f.entry, f.ownNS = false, false
		f.kwnames, f.gen = Nil, Nil
	} else {
		f = &Frame{code: ci, isGen: isGen, sp: ci.nlp, size: size}
	}
	h := in.RT.Heap()
	var p unsafe.Pointer
	if isGen {
		m := h.Alloc(max(size, 16))
		if m == 0 {
			in.RT.NoMemory()
			return nil
		}
		f.mem = m
		p = in.RT.Ptr(Ref(m))
	} else {
		s := &in.stack
		size = (size + 15) &^ 15
		for {
			if s.cur < len(s.chunks) {
				c := &s.chunks[s.cur]
				if c.top+size <= c.size {
					f.chunk, f.chunkOff = s.cur, c.top
					c.top += size
					p = unsafe.Add(in.RT.Ptr(Ref(c.mem)), f.chunkOff)
					break
				}
				if c.top == 0 {
					// an empty chunk too small for this frame: replace it
					h.Free(c.mem)
					s.chunks = append(s.chunks[:s.cur], s.chunks[s.cur+1:]...)
					continue
				}
				s.cur++
				continue
			}
			csize := uintptr(stackChunkSize)
			if size > csize {
				csize = (size + 4095) &^ 4095
			}
			m := h.Alloc(csize)
			if m == 0 {
				in.RT.NoMemory()
				return nil
			}
			h.SetTag(m, heap.TagStack) // for the memory map: the stack region
			s.chunks = append(s.chunks, stackChunk{mem: m, base: in.RT.Ptr(Ref(m)), size: csize})
		}
		f.size = size
	}
	f.lp = refsAt(p, n)
	if isGen {
		clear(f.lp)
	} else {
		// Only the locals need clearing: no slot at or above sp is read before
		// an instruction pushes into it (a counted loop: for small frames it is
		// cheaper than the memclr call Go makes of clear).
		for i := 0; i < ci.nlp; i++ {
			f.lp[i] = Nil
		}
	}
	return f
}

// dropFrame releases a frame: its references and its memory.
func (in *Interp) dropFrame(f *Frame) {
	if f.obj|f.initSelf|f.localsDict|f.locals != Nil || f.ownNS || f.isGen || len(f.blocks) != 0 || f.size == 0 {
		in.dropFrameSlow(f)
		return
	}
	// The common frame: a function's, with nothing but locals, stack and fn. The
	// slots are not cleared: the frame's next use clears its locals.
	rt := in.RT
	for i := 0; i < f.sp; i++ {
		if v := f.lp[i]; heapRef(v) && rt.Unref(v) {
			rt.Dealloc(v)
		}
	}
	if fn := f.fn; fn != Nil {
		f.fn = Nil
		rt.Decref(fn)
	}
	s := &in.stack
	s.chunks[f.chunk].top = f.chunkOff
	s.cur = f.chunk
	f.size = 0
	f.lp = nil
	f.code = nil // a kept frame must not keep a dead code's info alive
	if !f.chained && len(s.pool) < 256 {
		s.pool = append(s.pool, f)
	}
}

// dropFrameSlow is dropFrame for frames with more to release: a frame object,
// an __init__'s instance, locals dicts, handlers' exceptions, a namespace, a
// generator's own block.
func (in *Interp) dropFrameSlow(f *Frame) {
	rt := in.RT
	if f.obj != Nil {
		in.detachFrameObject(f)
	}
	if f.initSelf != Nil {
		rt.Decref(f.initSelf)
		f.initSelf = Nil
	}
	if f.localsDict != Nil {
		rt.Decref(f.localsDict)
		f.localsDict = Nil
	}
	for i := 0; i < f.sp; i++ {
		if v := f.lp[i]; v != Nil {
			f.lp[i] = Nil
			rt.Decref(v)
		}
	}
	for i := len(f.blocks) - 1; i >= 0; i-- {
		if f.blocks[i].kind == blockHandler {
			rt.Decref(f.blocks[i].saved)
		}
	}
	f.blocks = f.blocks[:0] // kept for the frame's next use
	if f.locals != Nil {
		rt.Decref(f.locals)
		f.locals = Nil
	}
	if f.ownNS {
		rt.Decref(f.globals)
		f.globals = Nil
	}
	if f.fn != Nil {
		rt.Decref(f.fn)
		f.fn = Nil
	}
	if f.isGen {
		if f.mem != 0 {
			rt.Heap().Free(f.mem)
			f.mem = 0
		}
		if len(in.stack.genPool) < 256 {
			f.lp, f.code, f.back = nil, nil, nil
			in.stack.genPool = append(in.stack.genPool, f)
			return
		}
	} else if f.size > 0 {
		s := &in.stack
		c := &s.chunks[f.chunk]
		c.top = f.chunkOff
		s.cur = f.chunk
		f.size = 0
		f.lp = nil
		f.code = nil
		if !f.chained && len(in.stack.pool) < 256 {
			in.stack.pool = append(in.stack.pool, f)
		}
		return
	}
	f.lp = nil
}

func (f *Frame) push(v Ref) {
	f.lp[f.sp] = v
	f.sp++
}

// pop takes the top of the stack. The slot keeps its stale value: nothing reads a
// slot at or above sp before a push writes it, and leaving it makes pop cheap
// enough for Go to inline into the eval loop (cost 20 or less).
func (f *Frame) pop() Ref {
	f.sp--
	return f.lp[f.sp]
}

func (f *Frame) top() Ref { return f.lp[f.sp-1] }

// Line returns the frame's current line.
func (f *Frame) Line() int { return f.code.c.LineOf(f.lastI()) }

// lastI returns the index of the instruction running, or, in a suspended
// generator, the one it is suspended at. The eval loop advances pc as it fetches,
// so that is pc-1 (no store per instruction): except before the first
// instruction, in a finished generator (pc -1, lasti recorded), and in a generator
// suspended in YIELD_FROM, which steps pc back onto itself to run again when
// resumed.
func (f *Frame) lastI() int {
	switch {
	case f.pc < 0:
		return f.lasti
	case f.pc == 0:
		return 0
	case f.isGen && f.pc < len(f.code.instrs) && compile.Op(f.code.instrs[f.pc]&0xff) == compile.YIELD_FROM:
		return f.pc
	}
	return f.pc - 1
}

// heapRef reports whether r is a reference to a heap object: neither a small int
// (odd) nor Nil. One compare: rotated right by one, a small int lands at or above
// 1<<31 and Nil at 0. (The eval loop drops references with this and Unref, inline.)
// It is object's isHeapRef written again on purpose: calling an exported copy
// made binary_trees run 1.2% more instructions (the wrapper's inline cost, 13
// against 9, pushed callers of it over Go's inlining budget).
func heapRef(r Ref) bool { return bits.RotateLeft32(uint32(r), -1)-1 < 1<<31-1 }

// refsAt views n Refs at p, private-heap memory, as a slice: unsafe.Slice's checks
// (negative or overflowing lengths, a nil pointer) cost a frame push ~15
// instructions; slicing an array pointer checks n against one constant. No frame
// comes near 1<<28 Refs (a code object has fewer than 2^24 of anything).
func refsAt(p unsafe.Pointer, n int) []Ref { return (*[1 << 28]Ref)(p)[:n:n] }
