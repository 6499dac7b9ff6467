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
		out = append(out, TracebackEntry{File: ci.c.Filename, Name: ci.c.Name, Line: in.tbLine(tb)})
	}
	return out
}

// FormatException returns exc as CPython prints it uncaught: the chain of
// tracebacks and the final "Type: message" line. At most maxChain exceptions of
// the chain (__cause__, __context__) are shown, the last ones (0: all), so that a
// program cannot make the report huge (each link can repeat a deep traceback).
func (in *Interp) FormatException(exc Ref, maxChain int) string {
	rt := in.RT
	seen := map[Ref]bool{}
	if maxChain > 0 {
		// Mark the first exception past the limit: formatChain stops at it.
		visited := map[Ref]bool{}
		e := exc
		for n := 0; e != Nil && rt.IsException(e) && !visited[e]; n++ {
			if n == maxChain {
				seen[e] = true
				break
			}
			visited[e] = true
			next := *rt.ExcField(e, "cause")
			if next == Nil && *rt.ExcSuppressContext(e) == 0 {
				next = *rt.ExcField(e, "context")
			}
			e = next
		}
	}
	var b strings.Builder
	in.formatChain(&b, exc, seen)
	return b.String()
}

// FormatExceptionOnly returns exc's last line, "Type: message" (with a
// SyntaxError's location lines before it), without a newline at the end.
func (in *Interp) FormatExceptionOnly(exc Ref) string {
	var b strings.Builder
	in.formatExceptionOnly(&b, exc)
	return strings.TrimSuffix(b.String(), "\n")
}
