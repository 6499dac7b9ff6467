// What the embedding API (the root package) needs from the VM: the execution
// budget's counter, and exceptions as Go data. See doc.go.

package vm

import "strings"

// SetBudget sets Budget and starts counting steps afresh (each call from the host
// gets the whole budget).
func (in *Interp) SetBudget(n int64) {
	in.Budget = n
	in.steps = 0
}

// BudgetSpent reports whether the program has used up Budget.
func (in *Interp) BudgetSpent() bool { return in.Budget > 0 && in.steps > in.Budget }

// TracebackEntry is one entry of an exception's traceback.
type TracebackEntry struct {
	File, Name string
	Line       int
}

// TracebackEntries returns exc's traceback, outermost call first.
func (in *Interp) TracebackEntries(exc Ref) []TracebackEntry {
	rt := in.RT
	if !rt.IsException(exc) {
		return nil
	}
	var out []TracebackEntry
	for tb := *rt.ExcField(exc, "traceback"); tb != Nil; tb = *rt.RefAt(tb, tbNext) {
		ci := in.codeOf(*rt.RefAt(tb, tbCode))
		out = append(out, TracebackEntry{File: ci.c.Filename, Name: ci.c.Name, Line: int(*rt.Uint32At(tb, tbLineno))})
	}
	return out
}

// FormatException returns exc as CPython prints it uncaught: the chain of
// tracebacks and the final "Type: message" line.
func (in *Interp) FormatException(exc Ref) string {
	var b strings.Builder
	in.formatChain(&b, exc, map[Ref]bool{})
	return b.String()
}

// FormatExceptionOnly returns exc's last line, "Type: message" (with a
// SyntaxError's location lines before it), without a newline at the end.
func (in *Interp) FormatExceptionOnly(exc Ref) string {
	var b strings.Builder
	in.formatExceptionOnly(&b, exc)
	return strings.TrimSuffix(b.String(), "\n")
}
