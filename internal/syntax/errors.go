// Syntax errors. See doc.go for the overview.

package syntax

import (
	"fmt"
	"unicode/utf8"
)

// ErrorKind says which Python exception class a *SyntaxError stands for.
type ErrorKind uint8

const (
	KindSyntaxError      ErrorKind = iota // SyntaxError
	KindIndentationError                  // IndentationError (a SyntaxError subclass)
	KindTabError                          // TabError (an IndentationError subclass)
	// KindTooDeep: the input nests deeper than CPython 3.11's parser allows
	// (its MAXSTACK of 6000 rule levels). CPython raises a bare MemoryError
	// there; the VM should do the same. Msg is empty, the position is the
	// token where the limit was hit.
	KindTooDeep
	// KindRecursion: a tree nested deeper than CPython's compiler accepts
	// (internal/symtable's limit); CPython raises RecursionError with Msg
	// "maximum recursion depth exceeded during compilation".
	KindRecursion
)

// SyntaxError is a syntax error with CPython's attributes: Lineno and Offset
// are 1-based and Offset counts characters (not bytes), as CPython's
// SyntaxError.offset does; EndLineno/EndOffset are CPython's end_lineno and
// end_offset (which CPython sometimes sets to 0 or -1: they are reproduced as
// is). Text is the offending source line, as CPython's SyntaxError.text (the
// parser includes the trailing newline, the tokenizer does not).
type SyntaxError struct {
	Kind      ErrorKind
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
	// AtEOF is set when the input ended where more was expected: an open
	// bracket, an unterminated triple-quoted string, a trailing backslash,
	// or a statement cut short at the end (CPython's "incomplete input",
	// which an interactive reader answers by reading another line).
	AtEOF bool
}

// Class returns the Python exception class name for the error.
func (e *SyntaxError) Class() string {
	switch e.Kind {
	case KindIndentationError:
		return "IndentationError"
	case KindTabError:
		return "TabError"
	case KindTooDeep:
		return "MemoryError"
	case KindRecursion:
		return "RecursionError"
	}
	return "SyntaxError"
}

func (e *SyntaxError) Error() string {
	if e.Kind == KindTooDeep {
		return fmt.Sprintf("%s:%d: MemoryError: input nested too deeply", e.Filename, e.Lineno)
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Class(), e.Msg)
}

// charOffset converts a 0-based byte column in line to CPython's 1-based
// character offset.
func charOffset(line []byte, col int) int {
	if col < 0 {
		return col
	}
	if col > len(line) {
		return utf8.RuneCount(line) + 1 + (col - len(line))
	}
	return utf8.RuneCount(line[:col]) + 1
}

// syntaxBail is the panic value used to unwind the scanner and parser on the
// first error; Parse recovers it.
type syntaxBail struct {
	err  *SyntaxError
	soft bool // a generic failure (p.fail), which speculative parses may recover from
}
