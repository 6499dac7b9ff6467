// Package re is the re module: Python 3.11's regular expressions, with
// CPython's syntax, semantics and error messages, implemented in Go.
//
// The pipeline has three stages, each in its own file:
//
//   - parse.go reads a pattern (str, or bytes as Latin-1) into a tree with the
//     rules of Lib/re/_parser.py: escapes, classes, groups (named, atomic,
//     lookaround, conditional), inline and scoped flags, greedy, lazy and
//     possessive repeats, and its error messages and positions.
//   - compile.go turns the tree into a program for a backtracking machine,
//     resolving flags per node (scoped flags) and applying _sre's case rules for
//     IGNORECASE: a character matches when its simple lowercase equals the
//     pattern's lowercase, or is one of re._casefix's extra equivalents (the
//     tables in tables.go are generated from CPython by gentables.py).
//   - exec.go runs the program. It keeps its choice points and undo records
//     (captures, repeat counters) on an explicit stack, so a match never
//     recurses on the Go stack however long the subject: "(a|b)*" over 200,000
//     characters uses a few megabytes of stack entries, bounded by maxStack
//     (past it the match raises MemoryError). Single-character repeats
//     (_sre's REPEAT_ONE) take one stack entry for the whole run; general
//     repeats follow _sre's MAX_UNTIL/MIN_UNTIL rules, including the guard
//     against empty iterations; atomic groups, possessive repeats and
//     lookarounds cut the stack back to their base, keeping only the undo
//     records. The matcher is generic over the code unit (uint8, uint16,
//     uint32), so it reads str objects in their PEP 393 storage and bytes in
//     place, with positions in code points. The stack's memory comes from the
//     free store of the interpreter's private heap, so a deep match counts
//     against the memory limit like any allocation and raises MemoryError
//     past it. When the embedder sets a step budget (Interp.Budget), one
//     search may take at most that many backtracking steps, then raises
//     RuntimeError("execution budget exceeded"): a catastrophic pattern
//     cannot hang a bounded interpreter.
//
// Searching tries each start position, as _sre does, but first skips the
// positions where no match can start: compile.go collects the one-character
// matchers one of which must accept a match's first character (through
// alternatives, optional items and group marks) and keeps a bitmap of the
// characters below 256 they accept. A greedy single-character repeat gives
// back characters only down to where the tail's first character (a literal or
// a class, past group marks) can match. Both are invisible to results.
//
// Where pyheap differs: \N{...} knows only a few character names (there is no
// unicodedata database); a possessive repeat of a group holding alternatives
// reports the captures of the equivalent atomic group (?>...*), where
// CPython's POSSESSIVE_REPEAT can leave a stale mark ("((a)|b)*+" on "ab": group
// 2 is 'a', CPython says the empty string); CPython's DeprecationWarnings
// and FutureWarnings are not issued; RegexFlag is an int subtype
// defined in Go, not an enum.IntFlag (its members, reprs and operators match).
//
// Objects: Pattern, Match and the finditer iterator are Go-implemented types
// whose instances live on the private heap (types.go). A Pattern stores the
// index of its compiled program in the per-interpreter state's table (the
// state hangs off the module's closures and the Pattern type's Data); the slot
// is released when the Pattern is freed. The module keeps CPython's cache of
// compiled patterns as the dict re._cache (512 entries, oldest dropped first),
// so it belongs to the interpreter and purge() clears it. re.error and
// RegexFlag are written in Python (prelude.go).
package re
