// Package functools is the _functools module: the call path of lru_cache in Go,
// as CPython 3.11 writes it in C (Modules/_functoolsmodule.c). The rest of
// functools stays in Python (internal/modules/pysrc/functools.py), whose
// _lru_cache_wrapper subclasses the type here and adds cache_info, cache_clear,
// cache_parameters, __get__ and the wrapper attributes update_wrapper sets.
//
// # The cache
//
//	_lru_cache_base object
//	offset 0   header
//	       8   GC header
//	      16   fn       Ref    the user function
//	      20   cache    Ref    a dict: key -> result, least recently used first
//	      24   maxsize  Ref    None (unbounded) or an int >= 0
//	      28   mark     Ref    this cache's separator of positional and keyword args
//	      32   typed    uint32
//	      40   hits     int64
//	      48   misses   int64
//
// A call's key is its one argument when that is an exact int or str and the
// cache is not typed (CPython's fast path), else a tuple: the positional
// arguments, then the mark and each keyword's name and value, then (typed) the
// arguments' types. CPython keeps a bounded cache's order in a linked list; here
// the dict's own insertion order is the list: a hit moves its key to the end (a
// delete and a re-insert), and an insert past maxsize evicts the first key. The
// keys and the evictions are CPython's, so cache_info() counts the same.
//
// In Python the wrapper made a key through _make_key and a _HashedSeq, looked it
// up with dict.get and counted in instance attributes: 7x CPython on a hit. Here
// a hit is one dict lookup and no allocation for one int or str argument.
package functools

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

const (
	offFn      = object.HeapTypeFirstField
	offCache   = offFn + 4
	offMaxsize = offFn + 8
	offMark    = offFn + 12
	offTyped   = offFn + 16
	offHits    = offFn + 24
	offMisses  = offFn + 32
	size       = offFn + 40
)

func counter(rt *object.Runtime, c Ref, off uintptr) *int64 {
	return (*int64)(unsafe.Add(rt.Ptr(c), off))
}

// New builds the _functools module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) Ref {
	m := rt.NewModule("_functools")
	if m == Nil {
		return Nil
	}
	t := newCacheType(rt)
	rt.DictSetStr(rt.ModuleDict(m), "_lru_cache_base", t.Ref)
	return m
}

func newCacheType(rt *object.Runtime) *object.Type {
	return rt.NewStaticType("functools._lru_cache_base", nil, size, object.TypeGC|object.TypeBaseType, func(t *object.Type) {
		modargs.RefFields(t, 4)
		t.New = cacheNew
		// The arguments were taken by __new__; a Python subclass's __init__
		// (update_wrapper) sees them too.
		t.Init = func(rt *object.Runtime, c Ref, args []Ref, kw Ref) int { return 0 }
		t.Call = cacheCall
		t.GetSets = []object.GetSetDef{
			{Name: "_cache", Get: func(rt *object.Runtime, c Ref) Ref { return rt.New(*rt.RefAt(c, offCache)) }},
			{Name: "_maxsize", Get: func(rt *object.Runtime, c Ref) Ref { return rt.New(*rt.RefAt(c, offMaxsize)) }},
			{Name: "_typed", Get: func(rt *object.Runtime, c Ref) Ref { return rt.NewBool(*rt.Uint32At(c, offTyped) != 0) }},
			{Name: "_hits", Get: getCounter(offHits), Set: setCounter(offHits)},
			{Name: "_misses", Get: getCounter(offMisses), Set: setCounter(offMisses)},
		}
	})
}

func getCounter(off uintptr) func(rt *object.Runtime, c Ref) Ref {
	return func(rt *object.Runtime, c Ref) Ref { return rt.NewInt(*counter(rt, c, off)) }
}

func setCounter(off uintptr) func(rt *object.Runtime, c, v Ref) int {
	return func(rt *object.Runtime, c, v Ref) int {
		n, ok := rt.IntAsInt64(v)
		if v == Nil || !ok || !rt.IsInt(v) {
			rt.Raise("TypeError", "the cache counters must be ints")
			return -1
		}
		*counter(rt, c, off) = n
		return 0
	}
}

// cacheNew is _lru_cache_base(user_function, maxsize, typed): maxsize None for
// unbounded, a negative one counting as 0 (lru_cache normalizes it first).
func cacheNew(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
	if !rt.NoKwargs("_lru_cache_wrapper", kw) {
		return Nil
	}
	if len(args) != 3 {
		rt.Raise("TypeError", "_lru_cache_wrapper() takes exactly 3 arguments (%d given)", len(args))
		return Nil
	}
	fn, maxsize := args[0], args[1]
	if rt.TypeOf(fn).Call == nil {
		rt.Raise("TypeError", "the first argument must be callable")
		return Nil
	}
	if maxsize != rt.None {
		n, ok := rt.IntAsInt64(maxsize)
		if !ok || !rt.IsInt(maxsize) {
			rt.Raise("TypeError", "maxsize should be integer or None")
			return Nil
		}
		if n < 0 {
			maxsize = object.MakeSmallInt(0)
		}
	}
	typed := rt.IsTrue(args[2])
	if typed < 0 {
		return Nil
	}
	cache := rt.NewDict()
	if cache == Nil {
		return Nil
	}
	mark := rt.AllocObject(rt.ObjectType, rt.ObjectType.Size)
	if mark == Nil {
		rt.Decref(cache)
		return Nil
	}
	c := rt.AllocObject(t, max(t.Size, size))
	if c == Nil {
		rt.Decref(cache)
		rt.Decref(mark)
		return Nil
	}
	*rt.RefAt(c, offFn) = rt.New(fn)
	*rt.RefAt(c, offCache) = cache
	*rt.RefAt(c, offMaxsize) = rt.New(maxsize)
	*rt.RefAt(c, offMark) = mark
	*rt.Uint32At(c, offTyped) = uint32(typed)
	rt.Track(c)
	return c
}

// makeKey returns the cache key of a call (a new reference), or Nil with an
// exception set.
func makeKey(rt *object.Runtime, c Ref, args []Ref, kw Ref) Ref {
	typed := *rt.Uint32At(c, offTyped) != 0
	nkw := rt.NumKwargs(kw)
	npos := len(args) - nkw
	if nkw == 0 && !typed && len(args) == 1 {
		if a := args[0]; a&1 != 0 || rt.TypeOf(a) == rt.IntType || rt.TypeOf(a) == rt.StrType {
			return rt.New(a)
		}
	}
	n := len(args)
	if nkw > 0 {
		n += 1 + nkw
	}
	if typed {
		n += len(args)
	}
	key := rt.NewTuple(n)
	if key == Nil {
		return Nil
	}
	items := rt.TupleItems(key)
	i := 0
	put := func(v Ref) {
		items[i] = rt.New(v)
		i++
	}
	for _, a := range args[:npos] {
		put(a)
	}
	if nkw > 0 {
		put(*rt.RefAt(c, offMark))
		names := rt.TupleItems(kw)
		for k := 0; k < nkw; k++ {
			put(names[k])
			put(args[npos+k])
		}
	}
	if typed {
		for _, a := range args {
			put(rt.TypeRefOf(a))
		}
	}
	return key
}

// cacheCall is the wrapper's __call__ (CPython's bounded_lru_cache_wrapper and
// infinite_lru_cache_wrapper).
func cacheCall(rt *object.Runtime, c Ref, args []Ref, kw Ref) Ref {
	fn, cache, maxsize := *rt.RefAt(c, offFn), *rt.RefAt(c, offCache), *rt.RefAt(c, offMaxsize)
	if maxsize == object.MakeSmallInt(0) {
		*counter(rt, c, offMisses)++
		return rt.Call(fn, args, kw)
	}
	key := makeKey(rt, c, args, kw)
	if key == Nil {
		return Nil
	}
	defer rt.Decref(key)
	// Hold the fields across calls into Python: cache_clear may replace nothing,
	// but a __del__ or the user function may drop the wrapper's other references.
	rt.Incref(c)
	defer rt.Decref(c)
	if v := rt.DictGetItem(cache, key); v != Nil {
		*counter(rt, c, offHits)++
		rt.Incref(v)
		if maxsize != rt.None {
			// The most recently used key goes to the end of the dict's order.
			if rt.DictDelItem(cache, key) < 0 || rt.DictSetItem(cache, key, v) < 0 {
				rt.Decref(v)
				return Nil
			}
		}
		return v
	} else if rt.Occurred() {
		return Nil // an unhashable argument, or a failing __eq__
	}
	*counter(rt, c, offMisses)++
	rt.Incref(fn)
	r := rt.Call(fn, args, kw)
	rt.Decref(fn)
	if r == Nil {
		return Nil
	}
	if v := rt.DictGetItem(cache, key); v != Nil {
		return r // a recursive call filled it meanwhile
	} else if rt.Occurred() {
		rt.Decref(r)
		return Nil
	}
	if rt.DictSetItem(cache, key, r) < 0 {
		rt.Decref(r)
		return Nil
	}
	if maxsize != rt.None {
		limit, _ := rt.IntAsInt64(maxsize)
		if int64(rt.DictLen(cache)) > limit {
			pos := 0
			if oldest, _, ok := rt.DictNext(cache, &pos); ok {
				rt.Incref(oldest)
				st := rt.DictDelItem(cache, oldest)
				rt.Decref(oldest)
				if st < 0 {
					rt.Decref(r)
					return Nil
				}
			}
		}
	}
	return r
}
