// Package gc is the Python gc module: the interface to the cycle collector
// (internal/gc), with CPython 3.11's API, argument checking and messages.
//
// The module object holds gc.garbage and gc.callbacks as ordinary lists in its
// namespace, as CPython does; the collector reports to them through its SaveGarbage
// and Callbacks hooks, which New installs.
package gc

import (
	"io"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/object"
)

// New builds the gc module for collector c, writing its debug output to stderr.
// It returns a new reference, or Nil with an exception set.
func New(rt *object.Runtime, c *gcpkg.Collector, stderr io.Writer) object.Ref {
	m := rt.NewModule("gc")
	if m == object.Nil {
		return object.Nil
	}
	ns := rt.ModuleDict(m)
	garbage, callbacks := rt.NewList(0), rt.NewList(0)
	if garbage == object.Nil || callbacks == object.Nil {
		rt.Decref(m)
		return object.Nil
	}
	rt.DictSetStr(ns, "garbage", garbage)
	rt.DictSetStr(ns, "callbacks", callbacks)
	rt.DictSetStr(ns, "__doc__", rt.NewStr(moduleDoc))
	// The module keeps the lists alive; the hooks borrow them.
	rt.Decref(garbage)
	rt.Decref(callbacks)
	for name, v := range map[string]int64{"DEBUG_STATS": gcpkg.DebugStats, "DEBUG_COLLECTABLE": gcpkg.DebugCollectable,
		"DEBUG_UNCOLLECTABLE": gcpkg.DebugUncollectable, "DEBUG_SAVEALL": gcpkg.DebugSaveAll, "DEBUG_LEAK": gcpkg.DebugLeak} {
		rt.DictSetStr(ns, name, rt.NewInt(v))
	}

	c.Stderr = stderr
	c.SaveGarbage = func(r object.Ref) {
		if rt.ListAppend(garbage, r) < 0 {
			rt.ClearErr()
		}
	}
	c.Callbacks = func(phase string, generation, collected, uncollectable int) {
		invokeCallbacks(rt, callbacks, phase, generation, collected, uncollectable)
	}

	for _, def := range functions(c) {
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

const moduleDoc = `This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`

// invokeCallbacks calls each of gc.callbacks with (phase, info), reporting errors as
// unraisable (CPython's invoke_gc_callback).
func invokeCallbacks(rt *object.Runtime, callbacks object.Ref, phase string, generation, collected, uncollectable int) {
	if rt.ListLen(callbacks) == 0 {
		return
	}
	saved := rt.Fetch()
	defer rt.Restore(saved)
	info := rt.NewDict()
	if info == object.Nil {
		rt.WriteUnraisable("", object.Nil)
		return
	}
	defer rt.Decref(info)
	for k, v := range map[string]int{"generation": generation, "collected": collected, "uncollectable": uncollectable} {
		rt.DictSetStr(info, k, rt.NewInt(int64(v)))
	}
	p := rt.NewStr(phase)
	defer rt.Decref(p)
	for i := 0; i < rt.ListLen(callbacks); i++ {
		cb := rt.New(rt.ListItems(callbacks)[i])
		r := rt.Call(cb, []object.Ref{p, info}, object.Nil)
		if r == object.Nil {
			rt.WriteUnraisable("", cb)
		}
		rt.Decref(r)
		rt.Decref(cb)
	}
}

// toList returns a new list holding refs (borrowed).
func toList(rt *object.Runtime, refs []object.Ref) object.Ref {
	return rt.ListFrom(refs...)
}

func intArg(rt *object.Runtime, v object.Ref) (int, bool) {
	if rt.IsFloat(v) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	return rt.AsIndex(v, "OverflowError")
}

func functions(c *gcpkg.Collector) []*object.MethodDef {
	none := func(rt *object.Runtime) object.Ref { return rt.None }
	noArgs := func(name string, f func(rt *object.Runtime) object.Ref) *object.MethodDef {
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs(name, args, kw, 0, 0) {
				return object.Nil
			}
			return f(rt)
		}}
	}
	oneArg := func(name string, f func(rt *object.Runtime, a object.Ref) object.Ref) *object.MethodDef {
		qual := "gc." + name // made once: a concatenation per call was Go garbage
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.NoKwargs(qual, kw) {
				return object.Nil
			}
			if len(args) != 1 {
				rt.Raise("TypeError", "gc.%s() takes exactly one argument (%d given)", name, len(args))
				return object.Nil
			}
			return f(rt, args[0])
		}}
	}
	triple := func(rt *object.Runtime, v [3]int) object.Ref {
		return rt.TuplePack(rt.NewInt(int64(v[0])), rt.NewInt(int64(v[1])), rt.NewInt(int64(v[2])))
	}
	return []*object.MethodDef{
		noArgs("enable", func(rt *object.Runtime) object.Ref { c.Enable(); return none(rt) }),
		noArgs("disable", func(rt *object.Runtime) object.Ref { c.Disable(); return none(rt) }),
		noArgs("isenabled", func(rt *object.Runtime) object.Ref { return rt.NewBool(c.IsEnabled()) }),
		{Name: "collect", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			gen, ok := optionalArg(rt, "collect", "generation", args, kw)
			if !ok {
				return object.Nil
			}
			g := gcpkg.NumGenerations - 1
			if gen != object.Nil {
				if g, ok = intArg(rt, gen); !ok {
					return object.Nil
				}
			}
			if g < 0 || g >= gcpkg.NumGenerations {
				rt.Raise("ValueError", "invalid generation")
				return object.Nil
			}
			return rt.NewInt(int64(c.Collect(g)))
		}},
		noArgs("get_count", func(rt *object.Runtime) object.Ref { return triple(rt, c.Count()) }),
		noArgs("get_threshold", func(rt *object.Runtime) object.Ref { return triple(rt, c.Threshold()) }),
		{Name: "set_threshold", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.NoKwargs("set_threshold", kw) {
				return object.Nil
			}
			if len(args) < 1 {
				rt.Raise("TypeError", "set_threshold() takes at least 1 argument (0 given)")
				return object.Nil
			}
			if len(args) > 3 {
				rt.Raise("TypeError", "set_threshold() takes at most 3 arguments (%d given)", len(args))
				return object.Nil
			}
			t := c.Threshold()
			for i, a := range args {
				v, ok := intArg(rt, a)
				if !ok {
					return object.Nil
				}
				t[i] = v
			}
			c.SetThreshold(t)
			return rt.None
		}},
		noArgs("get_debug", func(rt *object.Runtime) object.Ref { return rt.NewInt(int64(c.DebugFlags())) }),
		oneArg("set_debug", func(rt *object.Runtime, a object.Ref) object.Ref {
			v, ok := intArg(rt, a)
			if !ok {
				return object.Nil
			}
			c.SetDebug(v)
			return rt.None
		}),
		{Name: "get_objects", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			gen, ok := optionalArg(rt, "get_objects", "generation", args, kw)
			if !ok {
				return object.Nil
			}
			g := -1
			if gen != object.Nil && gen != rt.None {
				if !rt.IsInt(gen) {
					rt.Raise("TypeError", "argument should be integer or None, not '%s'", rt.TypeNameOf(gen))
					return object.Nil
				}
				if g, ok = intArg(rt, gen); !ok {
					return object.Nil
				}
				if g >= gcpkg.NumGenerations {
					rt.Raise("ValueError", "generation parameter must be less than the number of available generations (%d)", gcpkg.NumGenerations)
					return object.Nil
				}
				if g < -1 {
					rt.Raise("ValueError", "generation parameter cannot be negative")
					return object.Nil
				}
			}
			return toList(rt, c.Objects(g))
		}},
		noArgs("get_stats", func(rt *object.Runtime) object.Ref {
			stats := c.Stats()
			l := rt.NewList(0)
			for _, s := range stats {
				d := rt.NewDict()
				rt.DictSetStr(d, "collections", rt.NewInt(int64(s.Collections)))
				rt.DictSetStr(d, "collected", rt.NewInt(int64(s.Collected)))
				rt.DictSetStr(d, "uncollectable", rt.NewInt(int64(s.Uncollectable)))
				rt.ListAppend(l, d)
				rt.Decref(d)
			}
			return l
		}),
		{Name: "get_referrers", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.NoKwargs("get_referrers", kw) {
				return object.Nil
			}
			return toList(rt, c.Referrers(args))
		}},
		{Name: "get_referents", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.NoKwargs("get_referents", kw) {
				return object.Nil
			}
			return toList(rt, c.Referents(args))
		}},
		oneArg("is_tracked", func(rt *object.Runtime, a object.Ref) object.Ref { return rt.NewBool(rt.IsTracked(a)) }),
		oneArg("is_finalized", func(rt *object.Runtime, a object.Ref) object.Ref { return rt.NewBool(rt.IsFinalized(a)) }),
		noArgs("freeze", func(rt *object.Runtime) object.Ref { c.Freeze(); return none(rt) }),
		noArgs("unfreeze", func(rt *object.Runtime) object.Ref { c.Unfreeze(); return none(rt) }),
		noArgs("get_freeze_count", func(rt *object.Runtime) object.Ref { return rt.NewInt(int64(c.FreezeCount())) }),
	}
}

// optionalArg parses the one optional argument (positional or by keyword) of
// collect and get_objects, with Argument Clinic's messages. It returns Nil when the
// argument was not given.
func optionalArg(rt *object.Runtime, fname, pname string, args []object.Ref, kw object.Ref) (object.Ref, bool) {
	nkw := rt.NumKwargs(kw)
	npos := len(args) - nkw
	if len(args) > 1 {
		if nkw > 0 {
			rt.Raise("TypeError", "%s() takes at most 1 keyword argument (%d given)", fname, len(args))
		} else {
			rt.Raise("TypeError", "%s() takes at most 1 argument (%d given)", fname, len(args))
		}
		return object.Nil, false
	}
	if npos == 1 {
		return args[0], true
	}
	if nkw == 1 {
		name := rt.TupleItems(kw)[0]
		if rt.GoString(name) != pname {
			rt.Raise("TypeError", "%s() got an unexpected keyword argument '%s'", fname, rt.GoString(name))
			return object.Nil, false
		}
		return args[0], true
	}
	return object.Nil, true
}
