// Package weakref is the _weakref module: weak references and proxies
// (internal/object implements them) and the functions that count and list them. The
// weakref module's Python-level classes (WeakValueDictionary, WeakKeyDictionary,
// WeakSet, finalize) build on it.
package weakref

import "github.com/pyheap/pyheap/internal/object"

// New builds the _weakref module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("_weakref")
	if m == object.Nil {
		return object.Nil
	}
	ns := rt.ModuleDict(m)
	for name, t := range map[string]*object.Type{"ref": rt.WeakrefType, "ReferenceType": rt.WeakrefType,
		"ProxyType": rt.WeakProxyType, "CallableProxyType": rt.WeakCallableProxyType} {
		rt.DictSetStr(ns, name, t.Ref)
	}
	oneArg := func(name string, f func(rt *object.Runtime, o object.Ref) object.Ref) *object.MethodDef {
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs(name, args, kw, 1, 1) {
				return object.Nil
			}
			return f(rt, args[0])
		}}
	}
	defs := []*object.MethodDef{
		oneArg("getweakrefcount", func(rt *object.Runtime, o object.Ref) object.Ref {
			return rt.NewInt(int64(rt.WeakrefCount(o)))
		}),
		oneArg("getweakrefs", func(rt *object.Runtime, o object.Ref) object.Ref {
			return rt.ListFrom(rt.Weakrefs(o)...)
		}),
		{Name: "proxy", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.NoKwargs("proxy", kw) {
				return object.Nil
			}
			if len(args) < 1 || len(args) > 2 {
				if len(args) < 1 {
					rt.Raise("TypeError", "proxy expected at least 1 argument, got 0")
				} else {
					rt.Raise("TypeError", "proxy expected at most 2 arguments, got %d", len(args))
				}
				return object.Nil
			}
			cb := object.Nil
			if len(args) == 2 && args[1] != rt.None {
				cb = args[1]
			}
			return rt.NewWeakProxy(args[0], cb)
		}},
		{Name: "_remove_dead_weakref", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			// _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weakref.
			if !rt.CheckArgs("_remove_dead_weakref", args, kw, 2, 2) {
				return object.Nil
			}
			d, key := args[0], args[1]
			if !rt.IsDict(d) {
				rt.Raise("TypeError", "_remove_dead_weakref() argument 1 must be dict, not %s", rt.TypeNameOf(d))
				return object.Nil
			}
			v := rt.DictGetItem(d, key)
			if v == object.Nil {
				if rt.Occurred() {
					if !rt.ErrMatchesName("KeyError") {
						return object.Nil
					}
					rt.ClearErr()
				}
				return rt.None
			}
			if rt.IsWeakref(v) && rt.WeakrefReferent(v) == object.Nil {
				if rt.DictDelItem(d, key) < 0 {
					return object.Nil
				}
			}
			return rt.None
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
