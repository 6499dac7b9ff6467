// The Runtime: one interpreter's object space. See doc.go.

package object

import (
	"fmt"
	"hash/maphash"
	"sync/atomic"
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
)

// Hooks are the calls the object layer makes upward, into the collector and the VM.
// The layers above install them (DESIGN.md, "Layers"); a nil hook is skipped.
type Hooks struct {
	// GCAllocated is told of each new container, for the collector's allocation count;
	// not of one reused from a free list (CPython 3.11 counts in _PyObject_GC_Link).
	GCAllocated func()
	// GCFreed is told of each container whose memory is freed; not of one put on a
	// free list (CPython 3.11 counts in PyObject_GC_Del).
	GCFreed func()
	// UnraisableError reports an exception that cannot propagate (in __del__, a
	// weakref callback): CPython's "Exception ignored in: ..." block.
	UnraisableError func(exc Ref, where string, obj Ref)
	// ClassGetItem handles subscripting a type object (cls[key]).
	ClassGetItem func(cls, key Ref) Ref
	// NewClass creates a class: type(name, bases, dict).
	NewClass func(meta *Type, args []Ref, kwnames Ref) Ref
	// TypeModified is told when an attribute of a class changes (method caches).
	TypeModified func(t *Type, name Ref)
	// StaticTypeReady is told of each built-in type made after start-up
	// (NewStaticType), once its namespace is built: the VM adds its slot wrappers.
	StaticTypeReady func(t *Type)
}

// Runtime is one interpreter's object space: its private heap, its type table, the
// static objects of its data area, its free lists and interned strings, and the
// exception being raised. Nothing of it is shared between interpreters, and it is
// used by one goroutine at a time.
type Runtime struct {
	heap *heap.Heap
	base unsafe.Pointer // the heap's reservation, for Ptr

	types     []*Type  // index → Type (TypeOf reads the index from the type object)
	freeTypes []uint32 // indexes of dead heap types, for reuse
	// splitBuf is str.split's reusable buffer of field bounds (str_meth.go).
	splitBuf [][2]int
	// runeBufs lends code-point buffers to str operations on wide text
	// (borrowRunes), so that they make no Go garbage per call.
	runeBufs [][]rune
	// typeVersion is the last Type.Version given out; dictVersion the last dict
	// keys version (DictKeysVersion).
	typeVersion, dictVersion uint32

	// The data area: static objects (types, singletons, caches) bump-allocated in one
	// block of the free store, immortal.
	data, dataEnd Ref
	dataNext      Ref

	// Built-in types.
	TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType            *Type
	IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType             *Type
	TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType *Type
	ModuleType, SeqIterType, WeakrefType                                        *Type
	WeakProxyType, WeakCallableProxyType, MemoryViewType                        *Type
	builtinFunctionType, methodDescrType, classMethodDescrType, getsetDescrType *Type
	wrapperDescrType, methodWrapperType                                         *Type

	methodDefs []*MethodDef // built-in functions and methods by index (descr.go)
	getsetDefs []*GetSetDef

	// Singletons and caches (immortal, in the data area).
	None, True, False, Ellipsis, NotImplemented Ref
	EmptyTuple, EmptyStr, EmptyBytes            Ref
	latin1                                      [256]Ref // 1-character strings U+0000..U+00FF

	// Exceptions.
	exc         Ref // the exception being raised, or Nil
	excTypes    map[string]*Type
	memoryError Ref // the preallocated MemoryError raised when the heap is full

	gcLists [NumGCLists]Ref // sentinels of the generation lists (gc.go), in the data area

	interned map[string]Ref // interned strings by content (each holds a reference)
	hashSeed maphash.Seed

	free freeLists
	num  numState // the numeric types' settings (int_parse.go)

	// Deallocation worklist (ref.go).
	deallocating bool
	pending      []Ref

	reprStack []Ref // containers being repr'd (ReprEnter)

	// RecursionDepth and RecursionLimit are the recursion count and
	// sys.getrecursionlimit(), shared by the VM's frames and the object layer's
	// recursive operations (recursion.go).
	RecursionDepth, RecursionLimit int

	hooks Hooks

	// interrupt is the host's request to stop the running program (interrupt.go):
	// the only field another goroutine may touch.
	interrupt atomic.Pointer[string]
}

// Config configures a Runtime.
type Config struct {
	Heap heap.Config
}

// NewRuntime creates an object space on a new private heap and builds its data area.
func NewRuntime(cfg Config) (*Runtime, error) {
	h, err := heap.New(cfg.Heap)
	if err != nil {
		return nil, err
	}
	rt := &Runtime{heap: h, base: h.Ptr(0), interned: make(map[string]Ref, 1024), excTypes: make(map[string]*Type, 80),
		hashSeed: maphash.MakeSeed(), RecursionLimit: DefaultRecursionLimit}
	if err := rt.buildDataArea(); err != nil {
		h.Close()
		return nil, err
	}
	return rt, nil
}

// HasRoom reports whether the heap's limit leaves room for n more bytes; code
// that builds a big result on the Go side first asks, so that the Go heap does
// not grow past what the private heap could take.
func (rt *Runtime) HasRoom(n uintptr) bool {
	l := rt.heap.Limit()
	return l == 0 || rt.heap.Footprint() <= l && n <= l-rt.heap.Footprint()
}

// Close frees the runtime's whole heap at once. No Ref may be used afterwards.
func (rt *Runtime) Close() error { return rt.heap.Close() }

// Heap returns the runtime's private heap.
func (rt *Runtime) Heap() *heap.Heap { return rt.heap }

// SetHooks installs the upward calls. The collector's two hooks (GCAllocated,
// GCFreed) are kept when h leaves them nil: internal/gc installs them with
// SetGCHooks, the VM the rest.
func (rt *Runtime) SetHooks(h Hooks) {
	if h.GCAllocated == nil && h.GCFreed == nil {
		h.GCAllocated, h.GCFreed = rt.hooks.GCAllocated, rt.hooks.GCFreed
	}
	if h.StaticTypeReady == nil {
		h.StaticTypeReady = rt.hooks.StaticTypeReady
	}
	rt.hooks = h
}

// SetGCHooks installs the collector's allocation and deallocation counters.
func (rt *Runtime) SetGCHooks(allocated, freed func()) {
	rt.hooks.GCAllocated, rt.hooks.GCFreed = allocated, freed
}

// field returns the address of the field at byte offset off of object r.
func (rt *Runtime) field(r Ref, off uintptr) unsafe.Pointer {
	return unsafe.Add(rt.base, uintptr(r)<<heap.RefShift+off)
}

// refField reads a Ref field (borrowed).
func (rt *Runtime) refField(r Ref, off uintptr) Ref { return *(*Ref)(rt.field(r, off)) }

// RefAt returns the address of a Ref field of r, for layers that lay out their own
// objects.
func (rt *Runtime) RefAt(r Ref, off uintptr) *Ref { return (*Ref)(rt.field(r, off)) }

// Uint32At returns the address of a uint32 field of r.
func (rt *Runtime) Uint32At(r Ref, off uintptr) *uint32 { return (*uint32)(rt.field(r, off)) }

// Bytes returns a view of n bytes of r starting at byte offset off.
func (rt *Runtime) Bytes(r Ref, off, n uintptr) []byte {
	return unsafe.Slice((*byte)(rt.field(r, off)), n)
}

// alloc returns size bytes of new memory for an object, or Nil with MemoryError set.
func (rt *Runtime) alloc(size uintptr) Ref {
	r := rt.heap.TryAlloc(size)
	if r == 0 {
		r = rt.heap.Alloc(size)
		if r == 0 {
			rt.NoMemory()
			return Nil
		}
	}
	return Ref(r)
}

// AllocObject allocates an instance of t of size bytes (t.Size for fixed-size types)
// with its header set (one reference) and, for GC types, an untracked GC header. The
// rest of the memory is zeroed. It returns Nil with MemoryError set on failure.
func (rt *Runtime) AllocObject(t *Type, size uintptr) Ref {
	r := rt.allocObject(t, size)
	if r != Nil && t.Flags&TypeGC != 0 && rt.hooks.GCAllocated != nil {
		rt.hooks.GCAllocated()
	}
	return r
}

// allocObject is AllocObject without telling the collector's allocation count.
func (rt *Runtime) allocObject(t *Type, size uintptr) Ref {
	r := rt.alloc(size)
	if r == Nil {
		return Nil
	}
	clear(rt.Bytes(r, 0, size))
	h := rt.hdr(r)
	h.refcnt = 1
	h.typ = t.Ref
	if t.Flags&TypeHeapType != 0 {
		rt.Incref(t.Ref) // instances of a class keep it alive, as in CPython
	}
	return r
}

// FreeObject returns an object's memory to the heap: the last step of a Dealloc
// slot, after the object dropped its references and was untracked.
func (rt *Runtime) FreeObject(r Ref) {
	if rt.TypeOf(r).Flags&TypeGC != 0 && rt.hooks.GCFreed != nil {
		rt.hooks.GCFreed()
	}
	rt.freeObject(r)
}

// freeObject is FreeObject without telling the collector's allocation count.
func (rt *Runtime) freeObject(r Ref) {
	t := rt.TypeOf(r)
	heapType := t.Flags&TypeHeapType != 0
	if !rt.heap.TryFree(heap.Ref(r)) {
		rt.heap.Free(heap.Ref(r))
	}
	if heapType {
		rt.Decref(t.Ref)
	}
}

// SizeOf reports the bytes r really occupies: its block's usable size, plus the
// separately allocated parts types add (what sys.getsizeof reports, without the GC
// header CPython adds since pyheap's is counted inside the block).
//
// It calls the object's __sizeof__, as sys.getsizeof does, so that a list counts
// its item array, a dict its table, and a class can say what it holds; object's
// __sizeof__ is the block's size. If __sizeof__ fails, the error is dropped and the
// block's size returned.
func (rt *Runtime) SizeOf(r Ref) uintptr {
	if r&1 != 0 {
		return 16 // what a boxed int of that value would take
	}
	n := rt.CallMethod(r, "__sizeof__")
	if n == Nil {
		rt.ClearErr()
		return rt.BlockSize(r)
	}
	defer rt.Decref(n)
	v, ok := rt.IntAsInt64(n)
	if !ok || v < 0 || !rt.IsInt(n) {
		return rt.BlockSize(r)
	}
	return uintptr(v)
}

// BlockSize is the size of the block r occupies (object.__sizeof__).
func (rt *Runtime) BlockSize(r Ref) uintptr {
	if r&1 != 0 {
		return 16
	}
	if rt.isStatic(r) {
		return rt.staticSize(r)
	}
	return rt.heap.UsableSize(heap.Ref(r))
}

// staticSize is the size of an immortal object of the data area (the built-in
// types, None, True, the empty tuple and str, the one-character strs): what
// allocStatic took for it, which the data area does not record.
func (rt *Runtime) staticSize(r Ref) uintptr {
	t := rt.TypeOf(r)
	size := t.Size
	switch {
	case rt.IsType(r):
		size = typeObjectSize
	case rt.IsStr(r):
		size = strOffData + uintptr((rt.StrLen(r)+1)*rt.StrKind(r))
	case rt.IsInt(r):
		n := rt.intSize(r)
		if n < 0 {
			n = -n
		}
		size = intOffDigits + uintptr(n)*4
	case t.Flags&TypeTupleSubclass != 0:
		size = t.Size + uintptr(rt.TupleLen(r))*4
	}
	return (size + 15) &^ 15
}

// dataAreaSize is the size of the data area: room for the built-in types, the
// singletons and the caches.
const dataAreaSize = 256 << 10

func (rt *Runtime) buildDataArea() error {
	d := rt.heap.AllocZeroed(dataAreaSize)
	if d == 0 {
		return fmt.Errorf("object: no memory for the data area: %w", rt.heap.LastError())
	}
	rt.heap.SetTag(d, heap.TagData)
	rt.data, rt.dataNext, rt.dataEnd = Ref(d), Ref(d), Ref(d)+Ref(dataAreaSize>>heap.RefShift)
	rt.initTypes()
	return nil
}

// allocStatic bump-allocates an immortal object of size bytes in the data area.
func (rt *Runtime) allocStatic(t *Type, size uintptr) Ref {
	size = (size + 15) &^ 15
	r := rt.dataNext
	if uintptr(rt.dataEnd-r)<<heap.RefShift < size {
		panic("object: the data area is full; raise dataAreaSize")
	}
	rt.dataNext += Ref(size >> heap.RefShift)
	h := rt.hdr(r)
	h.refcnt = immortal
	if t != nil {
		h.typ = t.Ref
	}
	return r
}

// FreeListCounts reports how many objects each free list holds, by name ("float",
// "list", "dict", "tuple1".."tuple20"), for sys._debugmallocstats and the memory
// map.
func (rt *Runtime) FreeListCounts() map[string]int {
	m := map[string]int{"float": rt.free.floatCount, "list": rt.free.listCount, "dict": rt.free.dictCount}
	for i, n := range rt.free.tupleCount {
		m[fmt.Sprintf("tuple%d", i+1)] = n
	}
	return m
}

// InternedCount reports how many strings are interned.
func (rt *Runtime) InternedCount() int { return len(rt.interned) }

// NumTypes reports how many types the runtime knows (built-in and live classes).
func (rt *Runtime) NumTypes() int { return len(rt.types) - len(rt.freeTypes) }

// DataArea reports the data area's offset and size, and the bytes used, for the
// memory map.
func (rt *Runtime) DataArea() (start Ref, size, used uintptr) {
	return rt.data, dataAreaSize, uintptr(rt.dataNext-rt.data) << heap.RefShift
}
