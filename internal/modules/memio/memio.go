// Package memio is the _memio module: CPython 3.11's in-memory streams
// io.StringIO and io.BytesIO (Modules/_io/stringio.c and bytesio.c, with the
// methods they inherit from _io._IOBase, _TextIOBase and _BufferedIOBase), as
// two Go-implemented types that pysrc/io.py exports under their io names. The
// types are named _io.StringIO and _io.BytesIO, as CPython's are, so reprs and
// error messages read the same.
//
// # Layout
//
// Both types share one instance layout. The object is a container (it has a
// __dict__ and weak references, as CPython's do); its text or bytes live in a
// separate block of the private heap that the object owns:
//
//	0  header               8  GC header
//	16 data   heap.Ref      the buffer block (0: none yet)
//	20 cap    uint32        the block's capacity in code units
//	24 size   int64         the stream's length in code units
//	32 pos    int64         the position (may be past size after a seek)
//	40 flags  uint32        kind, closed, initialized, newline mode, newlines seen
//	44 dict   Ref           instance __dict__ (Nil until first set)
//	48 weak   Ref           weak-reference list
//	52 src    Ref           the initial value while it is borrowed (see below)
//
// No Go slice of the buffer survives a call: every method views the block
// afresh through the runtime. The buffer grows geometrically (Realloc by at
// least half again), so a run of small writes at the end costs amortised
// linear time, and getvalue copies the buffer once into a new str or bytes.
// truncate keeps the capacity (a stream emptied with seek(0); truncate(0) is
// usually filled again); close and death free the block.
//
// An initial value that needs no newline translation (an exact str, or an
// exact bytes) is not copied: the stream holds a reference to it in src and
// reads (read, readline, iteration, getvalue) view its data in place, until
// the first write copies its first size units into a buffer of the stream's
// own (it "realizes" the stream, as CPython's StringIO says of its two
// states). So StringIO(text).read() and BytesIO(data).getvalue() copy the
// text once, not twice, and getvalue of an unwritten stream may return the
// initial object itself (CPython 3.11 copies a str; the identity of immutable
// values is not part of the language). truncate only lowers size.
//
// # Text
//
// A StringIO's buffer holds code units of one width, the kind: 1 (Latin-1)
// until a character above U+00FF is written, then 4 (UCS-4) for good; the
// buffer is widened in place, from the end backwards. Two kinds rather than
// PEP 393's three keep the copy loops simple, and Latin-1 text (nearly all
// text programs build in memory) is copied byte for byte to and from strs,
// whose own storage is Latin-1 then. A str made from the buffer is narrowed to
// its smallest kind by the runtime (NewStrLatin1, NewStrFromRunes), as PEP 393
// requires.
//
// Newline translation happens on write, as in CPython: newline=None turns
// "\r\n" and "\r" into "\n" and, like newline="", records which endings it saw
// (the newlines attribute); "\r" and "\r\n" turn each "\n" written into
// themselves. readline then looks for "\n", for "\r", for "\r\n", or (newline="")
// for any of the three. Each write is translated on its own, as CPython's
// decoder does with final=True: a "\r" ending one write and a "\n" starting the
// next are two line endings.
//
// # Inherited methods
//
// CPython's StringIO and BytesIO inherit readlines, writelines, __enter__,
// __exit__, isatty, fileno and detach from the _io base classes, whose closed
// check reads the closed attribute and says "I/O operation on closed file."
// where StringIO's own says it without the period. Both messages are kept. On
// a subclass, iteration calls self.readline() and writelines calls
// self.write(), so overriding them works as in CPython; on the exact types
// they run directly. A subclass's instance that dies unclosed is closed through
// its close method, as _IOBase's finalizer does.
//
// BytesIO's writelines is its own in CPython and writes directly, whatever a
// subclass's write does; so is it here.
//
// isinstance(io.StringIO(), io.IOBase) holds in CPython through ABC
// registration; io.py does the same with a small metaclass on IOBase. The
// module also defines io.UnsupportedOperation (CPython's _io does), which
// fileno and detach raise; the types find it through their Data, the
// per-interpreter modState.
//
// The runtime makes no method wrappers for the slots of a module's types, so
// __init__, __iter__ and __next__ are also defined as methods calling the
// Init, Iter and Next slots (explicit __init__ calls and super().__init__ in
// subclasses need them).
package memio

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// state is the part of an instance after the object and GC headers.
type state struct {
	data  heap.Ref
	cap   uint32
	size  int64
	pos   int64
	flags uint32
	dict  Ref
	weak  Ref
	src   Ref // the initial value, read in place until the first write (Nil: none)
}

const (
	offState = object.HeapTypeFirstField
	offDict  = offState + unsafe.Offsetof(state{}.dict)
	offWeak  = offState + unsafe.Offsetof(state{}.weak)
	objSize  = offState + unsafe.Sizeof(state{})
)

// flags bits.
const (
	flagWide   = 1 << 0 // StringIO: the buffer holds UCS-4 code units
	flagClosed = 1 << 1
	flagOK     = 1 << 2 // __init__ ran
	nlShift    = 3      // StringIO newline mode, 3 bits
	nlMask     = 7 << nlShift
	seenCR     = 1 << 6 // StringIO, newline None or "": line endings seen
	seenLF     = 1 << 7
	seenCRLF   = 1 << 8
	seenAll    = seenCR | seenLF | seenCRLF
)

// Newline modes of a StringIO.
const (
	nlLF    = iota // "\n" (the default): no translation
	nlNone         // None: universal, translated to "\n" on write
	nlEmpty        // "": universal, untranslated
	nlCR           // "\r"
	nlCRLF         // "\r\n"
)

// maxUnits bounds a buffer: a str holds fewer than 2**31 code points.
const maxUnits = 1<<31 - 1

func stateOf(rt *object.Runtime, o Ref) *state {
	return (*state)(unsafe.Add(rt.Ptr(o), offState))
}

// modState is the per-interpreter state the types keep in their Data.
type modState struct {
	stringIO, bytesIO *object.Type
	unsupported       Ref // io.UnsupportedOperation (owned)
}

func msOf(rt *object.Runtime, o Ref) *modState {
	for t := rt.TypeOf(o); t != nil; t = t.Base {
		if ms, ok := t.Data.(*modState); ok {
			return ms
		}
	}
	return nil
}

// unsupported raises io.UnsupportedOperation(msg).
func unsupported(rt *object.Runtime, o Ref, msg string) Ref {
	ms := msOf(rt, o)
	if ms == nil || ms.unsupported == Nil {
		rt.Raise("OSError", "%s", msg)
		return Nil
	}
	rt.SetError(rt.TypeFromRef(ms.unsupported), msg)
	return Nil
}

// grow makes the buffer hold at least n units of unit bytes each, with room to
// spare so that appends are amortised. It returns false with MemoryError set.
func grow(rt *object.Runtime, st *state, n int64, unit int) bool {
	if n <= int64(st.cap) {
		return true
	}
	if n > maxUnits {
		rt.NoMemory()
		return false
	}
	c := int64(st.cap) + int64(st.cap)>>1
	if c < n {
		c = n
	}
	if c < 16 {
		c = 16
	}
	c = min(c, maxUnits)
	nb := rt.Heap().Realloc(st.data, uintptr(c)*uintptr(unit))
	if nb == 0 {
		rt.NoMemory()
		return false
	}
	st.data, st.cap = nb, uint32(c)
	return true
}

// release frees the buffer.
func release(rt *object.Runtime, st *state) {
	if st.data != 0 {
		rt.Heap().Free(st.data)
	}
	st.data, st.cap, st.size = 0, 0, 0
	rt.Replace(&st.src, Nil)
}

// bytesOf views units [lo, hi) of the buffer as bytes (unit bytes each).
func bytesOf(rt *object.Runtime, st *state, lo, hi int64, unit int) []byte {
	if hi <= lo {
		return nil
	}
	p := unsafe.Add(rt.Ptr(Ref(st.data)), uintptr(lo)*uintptr(unit))
	return unsafe.Slice((*byte)(p), uintptr(hi-lo)*uintptr(unit))
}

// wideOf views units [lo, hi) of a UCS-4 buffer.
func wideOf(rt *object.Runtime, st *state, lo, hi int64) []rune {
	if hi <= lo {
		return nil
	}
	p := unsafe.Add(rt.Ptr(Ref(st.data)), uintptr(lo)*4)
	return unsafe.Slice((*rune)(p), hi-lo)
}

// lifetime gives t its container slots: the buffer and the __dict__ are the
// object's; the dict is the only reference it holds.
func lifetime(t *object.Type) {
	t.DictOffset = offDict
	t.WeaklistOffset = offWeak
	t.Traverse = func(rt *object.Runtime, o Ref, visit object.VisitFunc) bool {
		d := stateOf(rt, o).dict
		return d == Nil || visit(d)
	}
	t.Clear = func(rt *object.Runtime, o Ref) { rt.Replace(&stateOf(rt, o).dict, Nil) }
	t.Dealloc = func(rt *object.Runtime, o Ref) {
		if rt.IsTracked(o) {
			rt.Untrack(o)
		}
		st := stateOf(rt, o)
		release(rt, st)
		rt.Replace(&st.dict, Nil)
		rt.FreeObject(o)
	}
	// _IOBase's finalizer: a subclass's instance that is not closed is closed
	// through its close method when it dies, errors ignored (CPython outside
	// development mode). The exact types have nothing to do.
	t.Finalize = func(rt *object.Runtime, o Ref) {
		if rt.TypeOf(o) == t {
			return
		}
		saved := rt.Fetch()
		if attrClosed(rt, o) == 0 {
			rt.Decref(rt.CallMethod(o, "close"))
		}
		rt.ClearErr()
		rt.Restore(saved)
	}
	t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
		o := rt.AllocObject(t, max(t.Size, objSize))
		if o == Nil {
			return Nil
		}
		rt.Track(o)
		return o
	}
}

// ssize converts an index to a Go int as PyNumber_AsSsize_t(v, OverflowError)
// does, false with the error set.
func ssize(rt *object.Runtime, v Ref) (int, bool) {
	if v&1 != 0 {
		return int(v.SmallInt()), true
	}
	if rt.IsFloat(v) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	n, ok := rt.AsIndex(v, "OverflowError")
	if !ok && rt.ErrMatchesName("OverflowError") {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, ok
}

// cint converts an index to a C int.
func cint(rt *object.Runtime, v Ref) (int, bool) {
	n, ok := ssize(rt, v)
	if (!ok && rt.ErrMatchesName("OverflowError")) || ok && (n > 1<<31-1 || n < -1<<31) {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C int")
		return 0, false
	}
	return n, ok
}

func hasIndex(rt *object.Runtime, v Ref) bool {
	if rt.IsInt(v) {
		return true
	}
	n := rt.TypeOf(v).Number
	return n != nil && n.Index != nil
}

// optSize is Argument Clinic's Py_ssize_t(accept={int, NoneType}): absent or
// None gives def.
func optSize(rt *object.Runtime, v Ref, def int) (int, bool) {
	if v == Nil || v == rt.None {
		return def, true
	}
	if v&1 != 0 {
		return int(v.SmallInt()), true
	}
	if !hasIndex(rt, v) {
		rt.Raise("TypeError", "argument should be integer or None, not '%s'", rt.TypeNameOf(v))
		return 0, false
	}
	return ssize(rt, v)
}

// arg0 returns the first argument or Nil.
func arg0(args []Ref) Ref {
	if len(args) > 0 {
		return args[0]
	}
	return Nil
}

// attrClosed reads o.closed and tests it (IOBase's check), -1 on error.
func attrClosed(rt *object.Runtime, o Ref) int {
	v := rt.GetAttrString(o, "closed")
	if v == Nil {
		return -1
	}
	defer rt.Decref(v)
	return rt.IsTrue(v)
}

// checkClosedIOBase is _IOBase's check: through the closed attribute on a
// subclass, through the flag on the exact type.
func checkClosedIOBase(rt *object.Runtime, o Ref, exact bool) bool {
	var c int
	if exact {
		if stateOf(rt, o).flags&flagClosed != 0 {
			c = 1
		}
	} else if c = attrClosed(rt, o); c < 0 {
		return false
	}
	if c > 0 {
		rt.Raise("ValueError", "I/O operation on closed file.")
		return false
	}
	return true
}

// New builds the _memio module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) Ref {
	m := rt.NewModule("_memio")
	if m == Nil {
		return Nil
	}
	ms := &modState{}
	exc := newUnsupported(rt)
	if exc == Nil {
		rt.Decref(m)
		return Nil
	}
	ms.unsupported = exc
	ms.stringIO = newStringIO(rt, ms)
	ms.bytesIO = newBytesIO(rt, ms)
	ns := rt.ModuleDict(m)
	rt.DictSetStr(ns, "StringIO", ms.stringIO.Ref)
	rt.DictSetStr(ns, "BytesIO", ms.bytesIO.Ref)
	rt.DictSetStr(ns, "UnsupportedOperation", exc)
	return m
}

// newUnsupported makes io.UnsupportedOperation, class UnsupportedOperation(OSError,
// ValueError), through the type constructor.
func newUnsupported(rt *object.Runtime) Ref {
	ns := rt.NewDict()
	if ns == Nil {
		return Nil
	}
	defer rt.Decref(ns)
	mod := rt.NewStr("io")
	if mod == Nil {
		return Nil
	}
	r := rt.DictSetStr(ns, "__module__", mod)
	rt.Decref(mod)
	if r < 0 {
		return Nil
	}
	name := rt.NewStr("UnsupportedOperation")
	if name == Nil {
		return Nil
	}
	defer rt.Decref(name)
	bases := rt.TupleFrom(rt.ExcType("OSError").Ref, rt.ExcType("ValueError").Ref)
	if bases == Nil {
		return Nil
	}
	defer rt.Decref(bases)
	return rt.Call(rt.TypeType.Ref, []Ref{name, bases, ns}, Nil)
}

// method is a MethodDef.
func method(name string, fn object.MethodFunc) object.MethodDef {
	return object.MethodDef{Name: name, Fn: fn}
}

// slotMethods exposes t's Init, Iter and Next slots as __init__, __iter__ and
// __next__ (the runtime makes no wrappers for the slots of a module's types).
func slotMethods(t *object.Type) []object.MethodDef {
	return []object.MethodDef{
		method("__init__", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if t.Init(rt, o, args, kw) < 0 {
				return Nil
			}
			return rt.New(rt.None)
		}),
		method("__iter__", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__iter__", args, kw, 0, 0) {
				return Nil
			}
			return t.Iter(rt, o)
		}),
		method("__next__", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__next__", args, kw, 0, 0) {
				return Nil
			}
			r := t.Next(rt, o)
			if r == Nil && !rt.Occurred() {
				rt.Restore(rt.NewException(rt.ExcType("StopIteration"), rt.EmptyTuple))
			}
			return r
		}),
	}
}

// dictGetSet is __dict__: the instance dict, made on first use.
func dictGetSet() object.GetSetDef {
	return object.GetSetDef{Name: "__dict__", Get: getDict}
}

func getDict(rt *object.Runtime, o Ref) Ref {
	st := stateOf(rt, o)
	if st.dict == Nil {
		if st.dict = rt.NewInstanceDict(); st.dict == Nil {
			return Nil
		}
	}
	return rt.New(st.dict)
}
