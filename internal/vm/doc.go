// Package vm is pyheap's virtual machine: per-interpreter state (Interp), frames in
// the stack region, the eval loop, calls, functions and closures, classes, exceptions
// and tracebacks, generators and imports. Every Python object it makes lives in the
// private heap through internal/object.
//
// # Code and constant regions
//
// Materialize turns a compiled unit (internal/compile) into code objects: one
// free-store block holds, for every code unit of the compilation, its instructions and
// its tables of constants and names (Refs), and is sealed read-only (heap.Seal) once
// built. The unit owns one reference to each constant object, whose hashes are
// computed before sealing. A unit counts its live code objects; nested code objects
// start at count 0 (only the unit refers to them) and come alive when MAKE_FUNCTION
// uses them; when the last one dies the block is unsealed and freed and the
// constants dropped, so exec() in a loop does not grow memory. (The constant objects
// themselves live in the pools, not in the sealed block.)
//
// # The stack region and calls
//
// A frame's localsplus and value stack are one contiguous run of Refs in a chunk of
// the free store (256 KiB chunks, LIFO, as CPython 3.11's data stack); a generator's
// frame has a block of its own so it can outlive the call. The Go-side Frame holds the
// registers: pc, the stack pointer, the block stack, the code. A call from Python to a
// Python function pushes a frame and the loop continues in it (no Go recursion);
// calls from Go slots into Python (a __eq__ in a dict lookup, __repr__, a generator's
// resumption) run a nested eval loop on the Go stack. Both count toward the recursion
// limit (Interp.depth counts running Python frames; the limit is 1000).
//
// # Dispatch and speed
//
// One dense switch over the opcode byte (Go compiles it to a jump table); small-int
// arithmetic and comparisons are inline on tagged Refs, without allocation. What
// the eval loop does to be fast, each measured with go run ./bench/run and the
// micro-benchmarks of bench_test.go (BenchmarkEval; numbers in docs/benchmarks.md):
//
//   - Inline caches for attributes and globals (cache.go), checked against type
//     version tags and dict keys versions, with the commonest hits written out in
//     the loop; obj.name(args) compiles to LOAD_METHOD/CALL_METHOD so a method
//     found on the class is called without a bound-method object.
//   - Dynamic specializations: a small-int comparison that feeds a branch jumps
//     directly (no bool pushed); list/tuple subscripts by small int are inline; a
//     float operation writes its result into an operand nothing else holds.
//   - Calls move the arguments from the caller's stack into the callee's locals
//     when they match the parameters exactly (no count changes); frames are
//     pooled and reset field by field (assigning a whole Frame literal compiled to
//     a write-barrier bulk copy that cost a tenth of binary_trees). The commonest
//     call (a simple function given exactly its arguments) and its return are
//     written out in the loop: every Go call from eval spills its registers
//     (binary_trees and richards 7% faster).
//   - No per-instruction store of the instruction index (Frame.lastI).
//   - cmd/pyheap is built with profile-guided optimization (default.pgo, made by
//     bench/pgo.sh), which inlines Decref and the slot calls at hot sites.
//
// Go's inliner and the eval loop. A function as big as eval (over 5000 nodes)
// gets only callees of inline cost 20 or less inlined into it, whatever their
// budget elsewhere, and PGO does not lift that limit for big callers. Every other
// call spills the loop's registers (Go's ABI has no callee-saved registers). So
// the hot paths use accessors written to stay within 20 (object.Unref plus
// Dealloc for a dropped reference, RawType and TypeOfRaw for TypeOf, TupleLen,
// ListLen, DictKeysVersionIs, DictBloomTest, FloatSlot) and heapRef for the tag
// test; Decref (89) and Refcnt (43) are calls there. Counted with valgrind's
// cachegrind (instructions are deterministic where timings on this machine are
// not; a str hash seed still moves a run by a few percent), the session-3 changes
// below took binary_trees (short) from 1.777G to 1.576G instructions, nbody from
// 2.883G to 2.325G, richards from ~1.84G to ~1.57G:
//
//   - Dispatch keeps few variables live across the loop (in, rt, f, and the
//     instructions as one pointer indexed under a 24-bit mask, not a slice): each
//     costs moves at the loop head of every instruction. Exceptions leave the
//     inner loop by two labels (fail, failReraise) instead of a reraise flag.
//   - Frame.pop does not clear the slot, and nothing clears slots above sp: no
//     code reads a slot at or above sp before a push writes it (dropFrame, the
//     collector's view of generator frames and frame objects all stop at sp or
//     nlp; newFrame and the inline call clear the locals).
//   - Dynamic superinstructions: LOAD_FAST LOAD_ATTR (the LOAD_ATTR body sits
//     after the switch under a label both reach by goto), and the attribute,
//     store and method caches' four ways searched inline.
//   - LOAD_METHOD's hit inline, with the instance dict's Bloom filter (bits 8-31
//     of its flags word, object/dict.go) proving the method unshadowed; probing
//     the dict for a name it does not hold was a tenth of richards.
//   - Two exact floats added, subtracted or multiplied inline, the result written
//     into an operand whose count is 1; small-int + and - inline.
//   - The inline call: closures included (their cells copied), the callee frame
//     kept by its caller (Frame.callee, reused by every later call, as Lua reuses
//     CallInfo records) instead of popped from and pushed to the pool.
//   - `x is None` / `x is not None` as a test compile to POP_JUMP_IF_NONE /
//     POP_JUMP_IF_NOT_NONE (CPython 3.11's).
//
// Tried in session 3 and not kept: LOAD_FAST LOAD_CONST and JUMP FOR_ITER as
// dynamic superinstructions (0.5% and 0.05% fewer instructions: the dispatch
// they save is mostly paid back by the test for the next opcode); dropping the
// binary's text pages after start-up (MADV_DONTNEED: binary_trees' peak RSS 15.3
// -> 13.4 MiB, but unsafe for a PIE build whose relocated read-only pages would
// revert to the file's); the collector's container test through the type
// object's heap flags word (5% on BenchmarkCollectLiveHeap, gone once the debug
// allocator cross-checks the copy); inline Decref in releaseAll and the dict's
// freeKeys (no change); heapRef as a call of an exported object.IsHeapRef
// (binary_trees +1.2%: the wrapper's cost pushed its callers over the budget).
//
// What remains, in instructions: a dispatch is ~17 (load pc, fetch under the mask,
// store pc, range-check the opcode, spill the instruction and its argument, jump),
// against ~6 for CPython's computed goto; a simple call and its return were ~280
// in binary_trees before the last three changes above (the frame's fields set one
// by one, the argument moves, the depth, budget and collector checks).
//
// Tried and not kept: remembering, per method cache, the last instance dict found
// not to shadow the method and its keys version (to skip the dict probe on the
// next call): richards went from 1.8 s to 2.2 s (the version bookkeeping costs more
// than the probe it saves). A single-entry attribute cache per name: polymorphic
// sites (a base-class method reading self.x for several subclasses) refilled it so
// often that richards spent a tenth of its time in fillAttr; four ways fixed that.
// Keeping pc in a local variable of eval (stored to the frame at each fetch,
// reloaded when the frame changes), to take the store-to-load dependency off the
// fetch: no measurable change (a while loop at 22.6 vs 24.6 ns per iteration), so
// the simpler form stayed.
//
// Session 4 added the paths CPython 3.11 specializes that the benchmark programs
// had not reached, each found by timing a feature against CPython in isolation:
//
//   - s += t (or s = s + t) followed by STORE_FAST s, with s held by that local
//     and the stack alone: the local lets go and object.StrAppend resizes the str
//     in place (BINARY_OP_INPLACE_ADD_UNICODE). Building a str in a loop was
//     quadratic: 6x CPython, now 1.2x.
//   - Module attributes (math.pi, math.sqrt(x)) through the attribute cache: kind
//     attrModule keeps the module dict's keys version and the entry's address
//     (LOAD_ATTR_MODULE), inline for LOAD_ATTR and LOAD_METHOD.
//   - super().name(...) resolved by LOAD_METHOD itself for an exact super object:
//     a plain function found after the class in the MRO is left as meth self,
//     without a bound method (CPython 3.12's LOAD_SUPER_ATTR); -17% instructions
//     on a constructor calling super().__init__.
//   - The generic CALL tries object.CallBuiltin first: a built-in function, or a
//     method descriptor applied to an instance of exactly its type without
//     keywords (l.append(x) after LOAD_METHOD), called without Call's dispatch.
//   - The loop gives the Go scheduler a turn every 16384 backward jumps and calls
//     (Interp.yield): a goroutine that runs 10 ms without one gets a preemption
//     signal, whose handler looks the interrupted function up in the binary's
//     tables; over a run that brought dozens of table pages into resident memory.
//
// What remains (the next steps): instance attributes live in a separate dict
// whose entries are three dependent loads away from the object (CPython 3.11
// keeps them inline, two loads); a call still costs about twice CPython's (frame
// bookkeeping spread over many small steps); the frame's pc and stack pointer are
// fields of *Frame, reloaded and stored by every instruction.
//
// # Exceptions
//
// The block stack model (compile/doc.go). An error jumps to fail:, which records a
// traceback entry (code, instruction, line) unless the exception is re-raised, sets
// the implicit __context__ from the exception being handled, and unwinds blocks and
// then frames. Tracebacks print as CPython 3.11 does, with the ~~~^^^ markers
// computed from the instruction's columns (print.go), and exception groups in
// CPython's nested boxes. Frames running the code of an embedded module (a file
// name under EmbeddedFilePrefix, "<pyheap>/collections.py") get no traceback
// entries, as CPython's modules written in C show none.
//
// # Frame objects
//
// A running frame has no heap object of its own; sys._getframe() and tb_frame make a
// snapshot (code, globals, line, locals). When an exception leaves a frame, its
// locals move into the frame object of its traceback entry instead of being
// released, so they live as long as the traceback, as in CPython (frameobj.go).
//
// # Safe points
//
// The cycle collector (internal/gc) counts allocations; when a collection is due,
// the eval loop runs it at the next backward jump or call. The same points count
// toward Interp.Budget, an optional bound on loop iterations and calls (the fuzz
// test uses it), and check the host's interrupt request (object.Runtime.Interrupt,
// which the embedding API sets when a call's context is done): both checks run
// only when Budget is set, so a host that may interrupt sets it (at most
// math.MaxInt64) and one that never does pays nothing.
//
// # Classes
//
// A class is an object.Type created at run time (a heap type) whose slots are Go
// closures that look the dunder up in the class's MRO and call it (slots.go); the
// built-in ancestor's slots are the fallback; the dunders found are cached per class
// and the cache is reset when a class attribute changes (Hooks.TypeModified). Layout:
// the base's fields, then __dict__ and __weakref__ Refs unless __slots__ says
// otherwise, then one Ref per slot. The built-in types get "slot wrappers"
// (object.__init__, int.__add__, ...) made from their Go slots (wrappers.go), so
// super().__init__() and friends work; as in CPython they are wrapper_descriptor
// objects, method-wrapper once bound (internal/object decides which special
// methods are slot wrappers).
//
// # Known divergences
//
//   - A class's __dict__ is its real dict, not a mappingproxy.
//   - Frame objects are snapshots: f_lineno does not advance after sys._getframe().
//   - The "[Previous line repeated N more times]" folding and the fine-grained
//     caret lines follow CPython 3.11's C traceback printer.
package vm
