package pyheap

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/object"
)

// Sentinels an *Error may wrap, for errors.Is.
var (
	// ErrBudget: the program used up Options.Budget (a RuntimeError in Python).
	ErrBudget = errors.New("pyheap: execution budget exceeded")
	// ErrMemory: the program ran out of memory (a MemoryError in Python): past
	// Options.MemoryLimit, or the reservation is full.
	ErrMemory = errors.New("pyheap: out of memory")
	// ErrClosed: the interpreter, or the value's interpreter, is closed.
	ErrClosed = errors.New("pyheap: interpreter closed")
)

// maxChain bounds the chained exceptions Error.Traceback shows (the last ones).
const maxChain = 16

// Frame is one entry of a traceback.
type Frame struct {
	File string // the file name given to Exec... ("<string>" for Exec)
	Line int
	Name string // the function, or "<module>"
}

// SyntaxDetails locate a SyntaxError (and IndentationError, TabError).
type SyntaxDetails struct {
	File   string
	Line   int
	Column int    // 1-based, as CPython's offset
	Text   string // the source line
}

// Error is a Python exception that reached the host.
//
// Error() is the last line CPython prints for it ("ZeroDivisionError: division
// by zero"); Traceback is the whole report. When the program was stopped by its
// context, errors.Is(err, context.Canceled) (or DeadlineExceeded) holds and Type
// is "KeyboardInterrupt"; ErrBudget and ErrMemory are matched the same way.
//
// A Go function called from Python may return an *Error (see Raise) to raise an
// exception of that built-in type.
type Error struct {
	Type      string  // the exception's class name: "ZeroDivisionError"
	Message   string  // str() of the exception
	Frames    []Frame // where it was raised, outermost call first
	Traceback string  // the report CPython prints for it, with up to 16 chained exceptions
	Syntax    *SyntaxDetails

	cause error // what it wraps: ctx.Err(), ErrBudget, ErrMemory, or a Go function's error
}

// Raise returns an *Error that, returned by a Go function called from Python,
// raises the built-in exception typ ("ValueError") with the formatted message.
func Raise(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Message: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the cause: the context's error for an interruption, ErrBudget,
// ErrMemory, or the error a Go function returned.
func (e *Error) Unwrap() error { return e.cause }

// fetchErr turns the exception being raised into an *Error (clearing it).
func (it *Interpreter) fetchErr() *Error {
	in, rt := it.in, it.in.RT
	exc := rt.Fetch()
	if exc == object.Nil {
		return &Error{Type: "SystemError", Message: "error return without exception set"}
	}
	defer rt.Decref(exc)
	e := &Error{Type: rt.TypeNameOf(exc)}
	if s := rt.Str(exc); s != object.Nil {
		e.Message = rt.GoString(s)
		rt.Decref(s)
	} else {
		rt.ClearErr()
	}
	for _, f := range in.TracebackEntries(exc) {
		e.Frames = append(e.Frames, Frame{File: f.File, Line: f.Line, Name: f.Name})
	}
	e.Traceback = in.FormatException(exc, maxChain)
	if rt.IsException(exc) && rt.IsInstance(exc, rt.ExcType("SyntaxError")) {
		e.Syntax = &SyntaxDetails{File: attrString(rt, exc, "filename"), Line: attrInt(rt, exc, "lineno"),
			Column: attrInt(rt, exc, "offset"), Text: strings.TrimRight(attrString(rt, exc, "text"), "\n")}
		if args := rt.ExcArgs(exc); rt.TupleLen(args) > 0 && rt.IsStr(rt.TupleItems(args)[0]) {
			e.Message = rt.GoString(rt.TupleItems(args)[0])
		}
	}
	if rt.Occurred() {
		// Formatting ran into trouble of its own (an interrupt still pending, no
		// memory): the report is what it is.
		rt.ClearErr()
	}
	switch {
	case rt.IsInstance(exc, rt.ExcType("KeyboardInterrupt")) && it.cancelErr != nil:
		e.cause = it.cancelErr
	case rt.IsInstance(exc, rt.ExcType("MemoryError")):
		e.cause = ErrMemory
	case e.Type == "RuntimeError" && e.Message == "execution budget exceeded" && it.in.BudgetSpent():
		e.cause = ErrBudget
	}
	return e
}

func attrString(rt *object.Runtime, o object.Ref, name string) string {
	v := rt.GetAttrString(o, name)
	if v == object.Nil {
		rt.ClearErr()
		return ""
	}
	defer rt.Decref(v)
	if !rt.IsStr(v) {
		return ""
	}
	return rt.GoString(v)
}

func attrInt(rt *object.Runtime, o object.Ref, name string) int {
	v := rt.GetAttrString(o, name)
	if v == object.Nil {
		rt.ClearErr()
		return 0
	}
	defer rt.Decref(v)
	if !rt.IsInt(v) {
		return 0
	}
	n, _ := rt.IntAsInt64(v)
	return int(n)
}

// raiseErr raises err inside Python (for a Go function's error): an *Error as
// its type when that is a built-in exception, anything else as RuntimeError.
func (it *Interpreter) raiseErr(err error) {
	rt := it.in.RT
	var pe *Error
	if errors.As(err, &pe) && rt.ExcType(pe.Type) != nil {
		rt.SetError(rt.ExcType(pe.Type), pe.Message)
		return
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		rt.SetError(rt.ExcType("KeyboardInterrupt"), err.Error())
		return
	}
	rt.SetError(rt.ExcType("RuntimeError"), err.Error())
}
