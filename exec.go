package pyheap

import (
	"context"
	"math"
	"time"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// Running code from the host: Exec, Eval, Call, and the __main__ namespace they
// share.
//
// Each runs under a context: when it is cancelled or its deadline passes, a
// goroutine of the context package sets the runtime's interrupt request
// (object.Runtime.Interrupt), which the VM polls at every loop back-edge and
// call, and built-in iterations and sorts poll as they go; the program gets
// KeyboardInterrupt, which `except Exception` does not catch, and the request
// stays set until the host call returns, so the program cannot swallow it. A
// context that can never be cancelled (context.Background()) costs nothing.

// enter starts a host call under ctx; the returned function ends it.
func (it *Interpreter) enter(ctx context.Context) (func(), error) {
	if it.closed {
		return nil, ErrClosed
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Type: "KeyboardInterrupt", Message: err.Error(), cause: err}
	}
	in, rt := it.in, it.in.RT
	outer := len(it.ctxs) == 0
	savedBudget := in.Budget
	if outer {
		in.SetBudget(it.opts.Budget)
		select { // a wake-up left from an earlier call
		case <-it.wake:
		default:
		}
	}
	it.ctxs = append(it.ctxs, ctx)
	var stop func() bool
	var fired chan struct{}
	if ctx.Done() != nil {
		if in.Budget == 0 {
			in.Budget = math.MaxInt64 // the VM checks the interrupt with the budget
		}
		fired = make(chan struct{})
		wake := it.wake
		stop = context.AfterFunc(ctx, func() {
			rt.Interrupt(ctx.Err().Error())
			select {
			case wake <- struct{}{}:
			default:
			}
			close(fired)
		})
	}
	return func() {
		it.ctxs = it.ctxs[:len(it.ctxs)-1]
		if stop != nil && !stop() {
			<-fired // it ran: its request is in
		}
		in.Budget = savedBudget
		if outer {
			rt.ClearInterrupt()
			return
		}
		if stop != nil && rt.Interrupted() {
			// This call's context stopped it; an enclosing one may still want to.
			rt.ClearInterrupt()
			for _, c := range it.ctxs {
				if err := c.Err(); err != nil {
					rt.Interrupt(err.Error())
					break
				}
			}
		}
	}, nil
}

// result turns the outcome of running Python into a Value or an *Error.
func (it *Interpreter) result(r object.Ref) (*Value, error) {
	if r == object.Nil {
		it.cancelErr = nil
		for i := len(it.ctxs) - 1; i >= 0; i-- {
			if err := it.ctxs[i].Err(); err != nil {
				it.cancelErr = err
				break
			}
		}
		return nil, it.fetchErr()
	}
	return it.wrap(r), nil
}

// mainDict returns __main__'s namespace (borrowed), making the module first.
func (it *Interpreter) mainDict() (object.Ref, error) {
	in, rt := it.in, it.in.RT
	if it.main == object.Nil {
		m := rt.NewModule("__main__")
		if m == object.Nil {
			return object.Nil, it.fetchErr()
		}
		d := rt.ModuleDict(m)
		b := in.Import(in.Str("builtins"), object.Nil, 0)
		if b == object.Nil || rt.DictSetItem(d, in.Str("__builtins__"), b) < 0 ||
			rt.DictSetItem(in.Modules, in.Str("__main__"), m) < 0 {
			rt.Decref(b)
			rt.Decref(m)
			return object.Nil, it.fetchErr()
		}
		rt.Decref(b)
		rt.DictSetStr(d, "__package__", rt.None)
		rt.DictSetStr(d, "__spec__", rt.None)
		rt.DictSetStr(d, "__loader__", rt.None)
		in.Main = d
		it.main = m
	}
	return rt.ModuleDict(it.main), nil
}

// run compiles src (mode exec or eval) as file name and runs it in __main__.
func (it *Interpreter) run(ctx context.Context, name string, src []byte, mode compile.Mode) (*Value, error) {
	leave, err := it.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	d, err := it.mainDict()
	if err != nil {
		return nil, err
	}
	in, rt := it.in, it.in.RT
	code := in.Compile(name, src, mode)
	if code == object.Nil {
		return it.result(object.Nil)
	}
	r := in.ExecCode(code, d, d)
	rt.Decref(code)
	return it.result(r)
}

// Exec runs Python statements in the interpreter's __main__ namespace, which
// persists from call to call. An uncaught exception is returned as an *Error;
// SystemExit too (Type "SystemExit"). The interpreter stays usable after an
// error, an interruption or a MemoryError.
func (it *Interpreter) Exec(ctx context.Context, src string) error {
	v, err := it.run(ctx, "<string>", []byte(src), compile.Exec)
	v.Close()
	return err
}

// ExecFile is Exec with the code's file name, which tracebacks show (with the
// source lines).
func (it *Interpreter) ExecFile(ctx context.Context, filename string, src []byte) error {
	v, err := it.run(ctx, filename, src, compile.Exec)
	v.Close()
	return err
}

// Eval evaluates a Python expression in __main__'s namespace and returns its
// value, which the caller must Close.
func (it *Interpreter) Eval(ctx context.Context, expr string) (*Value, error) {
	return it.run(ctx, "<string>", []byte(expr), compile.Eval)
}

// Kwargs, passed last to Call, are its keyword arguments.
type Kwargs map[string]any

// Call calls fn (a Python callable) with args converted by NewValue (a *Value
// passes as itself; a final Kwargs gives keyword arguments, in sorted order) and
// returns the result, which the caller must Close.
func (it *Interpreter) Call(ctx context.Context, fn *Value, args ...any) (*Value, error) {
	if err := it.own(fn); err != nil {
		return nil, err
	}
	leave, err := it.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	rt := it.in.RT
	var kw Kwargs
	if n := len(args); n > 0 {
		if k, ok := args[n-1].(Kwargs); ok {
			kw, args = k, args[:n-1]
		}
	}
	refs := make([]object.Ref, 0, len(args)+len(kw))
	defer func() {
		for _, r := range refs {
			rt.Decref(r)
		}
	}()
	for _, a := range args {
		r, err := it.toRef(a)
		if err != nil {
			return nil, err
		}
		refs = append(refs, r)
	}
	kwnames := object.Nil
	if len(kw) > 0 {
		names := sortedKeys(kw)
		kwnames = rt.NewTuple(len(names))
		if kwnames == object.Nil {
			return it.result(object.Nil)
		}
		defer rt.Decref(kwnames)
		for i, k := range names {
			r, err := it.toRef(kw[k])
			if err != nil {
				return nil, err
			}
			refs = append(refs, r)
			rt.TupleItems(kwnames)[i] = rt.NewStr(k)
			if rt.TupleItems(kwnames)[i] == object.Nil {
				return it.result(object.Nil)
			}
		}
	}
	return it.result(rt.Call(fn.ref, refs, kwnames))
}

// Global returns __main__'s variable name (to Close), or a NameError.
func (it *Interpreter) Global(name string) (*Value, error) {
	if it.closed {
		return nil, ErrClosed
	}
	d, err := it.mainDict()
	if err != nil {
		return nil, err
	}
	rt := it.in.RT
	v := rt.DictGetStr(d, it.in.Str(name))
	if v == object.Nil {
		if rt.Occurred() {
			return nil, it.fetchErr()
		}
		return nil, &Error{Type: "NameError", Message: "name '" + name + "' is not defined"}
	}
	return it.wrap(rt.New(v)), nil
}

// SetGlobal sets __main__'s variable name to v, converted by NewValue.
func (it *Interpreter) SetGlobal(name string, v any) error {
	if it.closed {
		return ErrClosed
	}
	d, err := it.mainDict()
	if err != nil {
		return err
	}
	r, err := it.toRef(v)
	if err != nil {
		return err
	}
	rt := it.in.RT
	defer rt.Decref(r)
	if rt.DictSetStr(d, name, r) < 0 {
		return it.fetchErr()
	}
	return nil
}

// sleep is time.sleep: it returns early, false with KeyboardInterrupt raised,
// when a context interrupts the program.
func (it *Interpreter) sleep(d time.Duration) bool {
	rt := it.in.RT
	if rt.CheckInterrupt() {
		return false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			return true
		case <-it.wake:
			if rt.CheckInterrupt() {
				return false
			}
		}
	}
}
