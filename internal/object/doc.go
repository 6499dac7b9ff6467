// Package object defines what a Python object is in pyheap and implements the
// built-in types on the private heap (internal/heap), with reference counting as the
// way memory is freed. It never imports the VM: code written in Python reaches these
// types only through the slots the VM installs (Type's function fields, Hooks).
//
// # References and objects
//
// A Ref is 32 bits. A heap object's Ref is its offset in the heap in 8-byte units; an
// int in [-2^30, 2^30) is a small int that lives inside the Ref itself, marked by
// the low bit, with no memory behind it; Nil (0) is no object.
//
//	Ref:  oooooooooooooooooooooooooooooo0   heap object (every object is 16-byte aligned)
//	      vvvvvvvvvvvvvvvvvvvvvvvvvvvvvv1   small int v
//
// Every heap object starts with an 8-byte header: its reference count and its type
// object's Ref. Containers (TypeGC) follow it with an 8-byte GC header (gc.go; after
// the object header, not before it as in CPython, so that all objects stay 16-byte
// aligned and the tag bit stays free). Each type file documents its layout; a few
// sizes against CPython 3.11 on 64-bit (bytes of the pool block):
//
//	object              pyheap   CPython
//	small int           0        32 (28; -5..256 cached)
//	float               16       32 (24)
//	2-tuple             32       64 (56)
//	empty list          32       64 (56)
//	dict object         32       64 (48 + 16 GC)
//	"a" (str)           32       64 (50)
//
// # Small ints: tagged, measured
//
// The choice between tagging small ints in the Ref and caching boxed ints -5..256
// as CPython does was measured on the prototype of PERFORMANCE.md: tagged ints made
// the VM ~10% faster on allocation-heavy code (0.53× vs 0.58× CPython's time on binary
// trees), and they make loop counters and most arithmetic allocation-free. The costs
// are a branch in Incref/Decref (which needs one anyway, for immortal objects) and
// that TypeOf must check the tag. Consistency: `is` is value equality for small ints
// (true for -5..256 as in CPython, and beyond); id() of a small int is the Ref itself,
// an odd number no heap object has; hash() is the value (CPython's rule, -1 → -2);
// sys.getsizeof reports 16, the size a boxed int of that value would take.
//
// # Ownership of references
//
// The rules are CPython's. A function that returns a Ref returns a new reference:
// the caller owns it and must Decref it (or hand it on), unless the function's doc
// says "borrowed". Arguments are borrowed: the callee Increfs what it keeps, unless the
// doc says the function "steals" (takes over) a reference, as TuplePack does. A Nil
// return means an exception was raised (Runtime.Err); functions returning int return
// -1 for that. Every function here says which kind it returns and takes when it is
// not the default.
//
// # Immortal objects and the data area
//
// The built-in types, None, True, False, Ellipsis, NotImplemented, the empty tuple
// and str, and the 256 one-character Latin-1 strings are built once per Runtime in the
// data area (init.go): one block of the free store, bump-allocated, whose objects
// have a reference count at or above immortal. Incref and Decref leave such counts
// alone, so immortal objects are never freed and never written; the compiler's
// constants use the same mark so that they can live in read-only pages.
//
// # Types
//
// A type is a heap object (its name, __dict__, __bases__, __mro__ are Refs) plus a Go
// Type holding its slots, because Go function values cannot live outside the Go
// heap. The type object stores its Type's index in Runtime.types; TypeOf goes header
// → type object → index → *Type. The slots are CPython's (tp_dealloc, tp_traverse,
// tp_clear, tp_finalize, tp_repr, tp_hash, tp_richcompare, tp_getattro, tp_iter,
// tp_call, the number, sequence and mapping protocols, descriptors); abstract.go
// implements the generic operations over them with CPython's dispatch rules
// (reflected operands, NotImplemented, the error messages).
//
// # Deallocation
//
// When a count reaches zero, dealloc runs the type's finalizer (PEP 442: once, and
// the object survives if it was resurrected), clears weak references through a hook,
// and calls Dealloc, which drops the object's references and frees its memory. A
// reference dropped while another object is being destroyed is queued, not followed,
// so freeing a million nested lists or a long linked chain is a loop, never a deep
// recursion on the Go stack (ref.go). A dying str, int or bytes is freed at once
// rather than queued: it holds no references and runs no code.
//
// # Free lists and interning
//
// Freed floats (100), tuples of 1..20 items (2000 each), lists (80) and dicts (80)
// are kept for reuse as CPython 3.11 sizes them, threaded through the freed objects;
// reuse does not reach the pool allocator. Strings used as identifiers are interned
// (Intern), so attribute and global lookups compare them by identity first.
//
// # Go memory
//
// Python data lives in the private heap; the Go heap holds the runtime's own
// bookkeeping, made at start-up. An operation a program repeats (a method call, a
// conversion, a raise) makes no Go garbage: Go's collector keeps its heap goal at
// 4 MB at least and at twice the live Go data, so a steady stream of Go garbage
// keeps the resident set megabytes above the private heap's. The patterns: work in
// place on a str's data (StrData, StrEqualGo, a view of an ASCII str); format into
// a stack buffer (AppendFloatRepr, strconv.Append*) and build the str from it;
// write a result straight into a str or bytes made at its counted size; put
// scratch arrays that outlive a stack frame in the private heap (the sort's key
// array and merge buffer, Call1's argument); keep a reused Go scratch on the
// Runtime only with a size cap (split bounds, big-int words, the dealloc queue).
// Errors are the exception: their messages may use fmt. TestHotPathsNoGoAlloc pins
// the common operations to zero Go allocations.
package object
