// Package tracemalloc is the _tracemalloc module: it traces the allocations of the
// private heap (through heap.Tracer) with the Python traceback of each, as CPython's
// Modules/_tracemalloc.c does. The tracemalloc module's classes (Snapshot,
// Statistic, Filter, ...) are written in Python over it (py/tracemalloc.py).
//
// Traces live on the Go side of the interpreter (a map from block to size and
// traceback; tracebacks interned), never in the private heap they describe, so
// tracing does not change what it measures; get_tracemalloc_memory() reports their
// size. Free-list reuse does not reach the heap and so is not traced, as in CPython.
package tracemalloc

import (
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// Frame is one frame of a traceback.
type Frame struct {
	File string
	Line int
}

// StackFunc returns the current Python call stack, most recent frame first, at
// most limit frames, and how many frames there are in all. The VM provides it.
type StackFunc func(limit int) (frames []Frame, total int)

type trace struct {
	size uintptr
	tb   *traceback
}

type traceback struct {
	frames []Frame
	total  int
}

// Tracer is one interpreter's tracemalloc state.
type Tracer struct {
	rt       *object.Runtime
	stack    StackFunc
	limit    int
	tracing  bool
	traces   map[heap.Ref]trace
	tbs      map[string]*traceback // interned tracebacks
	current  uintptr
	peak     uintptr
	inTracer bool
}

// NewTracer returns the tracer of rt; stack supplies tracebacks (nil: none).
func NewTracer(rt *object.Runtime, stack StackFunc) *Tracer {
	return &Tracer{rt: rt, stack: stack, limit: 1}
}

// Start starts tracing with tracebacks of up to nframe frames.
func (t *Tracer) Start(nframe int) {
	t.limit = nframe
	if t.tracing {
		return
	}
	t.tracing = true
	t.traces = map[heap.Ref]trace{}
	t.tbs = map[string]*traceback{}
	t.current, t.peak = 0, 0
	t.rt.Heap().SetTracer(t)
}

// Stop stops tracing and forgets every trace.
func (t *Tracer) Stop() {
	if !t.tracing {
		return
	}
	t.rt.Heap().SetTracer(nil)
	t.tracing = false
	t.traces, t.tbs = nil, nil
	t.current, t.peak = 0, 0
}

// IsTracing reports whether allocations are traced.
func (t *Tracer) IsTracing() bool { return t.tracing }

// Alloc records a new block (heap.Tracer).
func (t *Tracer) Alloc(r heap.Ref, size uintptr) {
	if t.inTracer {
		return
	}
	t.inTracer = true
	defer func() { t.inTracer = false }()
	if old, ok := t.traces[r]; ok {
		t.current -= old.size
	}
	t.traces[r] = trace{size: size, tb: t.currentTraceback()}
	t.current += size
	t.peak = max(t.peak, t.current)
}

// Free forgets a block (heap.Tracer).
func (t *Tracer) Free(r heap.Ref) {
	if old, ok := t.traces[r]; ok {
		t.current -= old.size
		delete(t.traces, r)
	}
}

func (t *Tracer) currentTraceback() *traceback {
	var frames []Frame
	total := 0
	if t.stack != nil {
		frames, total = t.stack(t.limit)
	}
	if len(frames) == 0 {
		frames, total = []Frame{{File: "<unknown>", Line: 0}}, 1
	}
	key := make([]byte, 0, 64)
	for _, f := range frames {
		key = append(key, f.File...)
		key = append(key, 0, byte(f.Line), byte(f.Line>>8), byte(f.Line>>16), byte(f.Line>>24))
	}
	key = append(key, byte(total), byte(total>>8))
	if tb, ok := t.tbs[string(key)]; ok {
		return tb
	}
	tb := &traceback{frames: frames, total: total}
	t.tbs[string(key)] = tb
	return tb
}

// Memory reports the Go-side memory the traces take, approximately
// (get_tracemalloc_memory).
func (t *Tracer) Memory() int {
	n := len(t.traces) * 48
	for _, tb := range t.tbs {
		n += 48 + len(tb.frames)*24
		for _, f := range tb.frames {
			n += len(f.File)
		}
	}
	return n
}

// tracebackTuple builds CPython's tuple of (filename, lineno) frames, most recent
// first.
func (t *Tracer) tracebackTuple(tb *traceback) object.Ref {
	rt := t.rt
	items := make([]object.Ref, len(tb.frames))
	for i, f := range tb.frames {
		items[i] = rt.TuplePack(rt.NewStr(f.File), rt.NewInt(int64(f.Line)))
	}
	return rt.TuplePack(items...)
}

// New builds the _tracemalloc module over tracer t.
func New(rt *object.Runtime, t *Tracer) object.Ref {
	m := rt.NewModule("_tracemalloc")
	if m == object.Nil {
		return object.Nil
	}
	ns := rt.ModuleDict(m)
	noArgs := func(name string, f func() object.Ref) *object.MethodDef {
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs(name, args, kw, 0, 0) {
				return object.Nil
			}
			return f()
		}}
	}
	defs := []*object.MethodDef{
		noArgs("is_tracing", func() object.Ref { return rt.NewBool(t.tracing) }),
		noArgs("clear_traces", func() object.Ref {
			if t.tracing {
				t.traces = map[heap.Ref]trace{}
				t.tbs = map[string]*traceback{}
				t.current, t.peak = 0, 0
			}
			return rt.None
		}),
		noArgs("stop", func() object.Ref { t.Stop(); return rt.None }),
		noArgs("get_traceback_limit", func() object.Ref { return rt.NewInt(int64(t.limit)) }),
		noArgs("get_traced_memory", func() object.Ref {
			return rt.TuplePack(rt.NewInt(int64(t.current)), rt.NewInt(int64(t.peak)))
		}),
		noArgs("reset_peak", func() object.Ref { t.peak = t.current; return rt.None }),
		noArgs("get_tracemalloc_memory", func() object.Ref { return rt.NewInt(int64(t.Memory())) }),
		{Name: "start", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs("start", args, kw, 0, 1) {
				return object.Nil
			}
			n := 1
			if len(args) == 1 {
				v, ok := rt.AsIndex(args[0], "OverflowError")
				if !ok {
					return object.Nil
				}
				n = v
			}
			if n < 1 || n > 65535 {
				rt.Raise("ValueError", "the number of frames must be in range [1; 65535]")
				return object.Nil
			}
			t.Start(n)
			return rt.None
		}},
		noArgs("_get_traces", func() object.Ref {
			l := rt.NewList(0)
			if l == object.Nil {
				return object.Nil
			}
			// Copy first: building the result allocates, which must not change the map
			// being walked (tracing is off meanwhile for the same reason).
			type entry struct {
				size uintptr
				tb   *traceback
			}
			entries := make([]entry, 0, len(t.traces))
			for _, tr := range t.traces {
				entries = append(entries, entry{tr.size, tr.tb})
			}
			was := t.inTracer
			t.inTracer = true
			defer func() { t.inTracer = was }()
			for _, e := range entries {
				item := rt.TuplePack(object.MakeSmallInt(0), rt.NewInt(int64(e.size)), t.tracebackTuple(e.tb), rt.NewInt(int64(e.tb.total)))
				if item == object.Nil || rt.ListAppend(l, item) < 0 {
					rt.Decref(item)
					rt.Decref(l)
					return object.Nil
				}
				rt.Decref(item)
			}
			return l
		}),
		{Name: "_get_object_traceback", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs("_get_object_traceback", args, kw, 1, 1) {
				return object.Nil
			}
			o := args[0]
			if !t.tracing || o&1 != 0 {
				return rt.None
			}
			tr, ok := t.traces[o.Heap()]
			if !ok {
				return rt.None
			}
			was := t.inTracer
			t.inTracer = true
			defer func() { t.inTracer = was }()
			return t.tracebackTuple(tr.tb)
		}},
	}
	for _, def := range defs {
		f := rt.NewBuiltinFunction(def, m, m)
		if f == object.Nil || rt.DictSetStr(ns, def.Name, f) < 0 {
			rt.Decref(f)
			rt.Decref(m)
			return object.Nil
		}
		rt.Decref(f)
	}
	return m
}
