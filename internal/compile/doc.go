// Package compile turns the AST of internal/syntax into code units: bytecode with a
// location table, constants and names. It is plain Go data and knows nothing of the
// heap; internal/vm materializes each compiled unit into the private heap (its
// instructions and constants in one sealed, read-only block).
//
// # The machine model
//
// Each call runs in a frame with: pc, the index of the next instruction; localsplus,
// the locals (parameters first), then the cells of the variables inner functions
// capture, then the free variables this unit captures (CPython 3.11's layout); a
// value stack above them in the same contiguous block; and a block stack of active
// try/with handlers (SETUP_FINALLY, SETUP_WITH, and the except-handler blocks the VM
// pushes when it jumps to a handler), as CPython up to 3.10 had. A block records its
// handler and the stack depth to unwind to; when an exception is raised, the VM pops
// blocks until it finds a handler, truncates the stack, pushes the exception and
// jumps (an except-handler block remembers the exception being handled before, and
// POP_EXCEPT restores it).
//
// # Encoding
//
// An instruction is one uint32: the opcode in the low byte, a 24-bit argument above
// it (no EXTENDED_ARG). Jump arguments are absolute instruction indexes. The eval loop
// is one dense switch over the opcode byte, which Go compiles to a jump table. Each
// opcode's stack picture is on its constant in opcodes.go.
//
// # Locations
//
// Each instruction has the source range of the AST node it was compiled for (lines
// and UTF-8 byte columns, as the AST has them): tracebacks print the line and the
// fine-grained ~~~^^^ markers of CPython 3.11 from it. Code.Locations keeps them as
// a compressed table of runs (code.go), as CPython's co_linetable does, read by a
// scan when a traceback or frame.f_lineno asks.
//
// # Frozen units
//
// Marshal and Unmarshal (marshal.go) write and read a code unit in a compact binary
// form: the standard modules pyheap writes in Python are compiled when pyheap is
// built, as CPython freezes its own, and an import reads that form instead of
// compiling the source (the root package's frozen.go; `go generate .` rewrites it).
//
// # Scopes
//
// The scope analysis (which names are local, cells, free, global) is
// internal/symtable's, CPython's symtable.c ported; symtable.go converts its tables
// into the scopes the code generator reads (scope.go).
package compile
