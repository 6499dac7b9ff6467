package gc_test

import (
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

func setup(t testing.TB) (*object.Runtime, *gc.Collector) {
	t.Helper()
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close() })
	c := gc.New(rt)
	c.Disable() // the tests collect explicitly
	c.Collect(2)
	return rt, c
}

func blocks(rt *object.Runtime) int {
	rt.Heap().FlushQuarantine()
	return rt.Heap().Stats().BlocksInUse()
}

func key(rt *object.Runtime, s string) object.Ref { return rt.InternString(s) }

func TestSelfCycle(t *testing.T) {
	rt, c := setup(t)
	before := blocks(rt)
	d := rt.NewDict()
	rt.DictSetItem(d, key(rt, "self"), d)
	if !rt.IsTracked(d) {
		t.Fatal("a dict holding a dict is not tracked")
	}
	rt.Decref(d)
	if got := c.Collect(2); got != 1 {
		t.Errorf("collect() = %d, want 1", got)
	}
	if after := blocks(rt); after > before+2 { // the dict free list may keep it
		t.Errorf("%d blocks in use after collecting, %d before", after, before)
	}
}

func TestTwoObjectCycleAndReachability(t *testing.T) {
	rt, c := setup(t)
	d := rt.NewDict()
	tup := rt.TupleFrom(d)
	rt.DictSetItem(d, key(rt, "t"), tup)
	rt.Decref(tup)
	// Still referenced from Go: nothing is unreachable.
	if got := c.Collect(2); got != 0 {
		t.Errorf("collect() with the cycle reachable = %d, want 0", got)
	}
	if !rt.IsTracked(d) || rt.Refcnt(d) != 2 {
		t.Errorf("the reachable dict changed: tracked %v, refcnt %d", rt.IsTracked(d), rt.Refcnt(d))
	}
	rt.Decref(d)
	if got := c.Collect(2); got != 2 {
		t.Errorf("collect() = %d, want 2 (dict and tuple)", got)
	}
}

func TestGenerations(t *testing.T) {
	rt, c := setup(t)
	l := rt.NewDict()
	rt.DictSetItem(l, key(rt, "x"), rt.NewDict())
	in := func(gen int) bool {
		for _, r := range c.Objects(gen) {
			if r == l {
				return true
			}
		}
		return false
	}
	if !in(0) {
		t.Fatal("a new container is not in generation 0")
	}
	c.Collect(0)
	if !in(1) || in(0) {
		t.Errorf("a survivor of collect(0) is not in generation 1")
	}
	c.Collect(1)
	if !in(2) {
		t.Errorf("a survivor of collect(1) is not in generation 2")
	}
	if cnt := c.Count(); cnt[0] != 0 || cnt[1] != 0 || cnt[2] != 1 {
		t.Errorf("counts after collect(0), collect(1): %v", cnt)
	}
	c.Freeze()
	if c.FreezeCount() == 0 || in(2) {
		t.Errorf("freeze did not move objects to the permanent generation")
	}
	c.Unfreeze()
	if c.FreezeCount() != 0 || !in(2) {
		t.Errorf("unfreeze did not move objects back to generation 2")
	}
	rt.Decref(l)
}

func TestAutomaticThreshold(t *testing.T) {
	rt, c := setup(t)
	c.Enable()
	var keep []object.Ref
	for range 700 {
		keep = append(keep, rt.NewDict())
	}
	if c.Due() {
		t.Errorf("a collection is due after 700 allocations (threshold 700)")
	}
	keep = append(keep, rt.NewDict())
	if !c.Due() {
		t.Errorf("no collection due after 701 allocations")
	}
	c.CollectIfDue()
	if c.Due() || c.Stats()[0].Collections == 0 {
		t.Errorf("CollectIfDue did not collect generation 0: %+v", c.Stats())
	}
	for _, r := range keep {
		rt.Decref(r)
	}
}

func TestUntrackAtomicTuples(t *testing.T) {
	rt, c := setup(t)
	tup := rt.TupleFrom(object.MakeSmallInt(1), rt.NewStr("a"))
	nested := rt.TupleFrom(tup)
	if !rt.IsTracked(tup) || !rt.IsTracked(nested) {
		t.Fatal("new tuples are not tracked")
	}
	c.Collect(0)
	if rt.IsTracked(tup) {
		t.Errorf("a tuple of atomic values is still tracked after a collection")
	}
	c.Collect(0)
	if rt.IsTracked(nested) {
		t.Errorf("a tuple of untracked tuples is still tracked after two collections")
	}
	rt.Decref(nested)
	rt.Decref(tup)
}

// finType is a container type with one reference field and a finalizer that records
// its calls and can resurrect its object.
type finState struct {
	calls     int
	resurrect bool
	saved     []object.Ref
}

const (
	finOffRef  = 16
	finOffWeak = 20
	finSize    = 24
)

func finType(rt *object.Runtime, st *finState) *object.Type {
	ft := rt.NewBuiltinType("Fin", nil, finSize, object.TypeGC)
	ft.WeaklistOffset = finOffWeak
	ft.Traverse = func(rt *object.Runtime, r object.Ref, visit object.VisitFunc) bool {
		v := *rt.RefAt(r, finOffRef)
		return v == object.Nil || visit(v)
	}
	ft.Clear = func(rt *object.Runtime, r object.Ref) { rt.Replace(rt.RefAt(r, finOffRef), object.Nil) }
	ft.Dealloc = func(rt *object.Runtime, r object.Ref) {
		rt.Untrack(r)
		rt.Replace(rt.RefAt(r, finOffRef), object.Nil)
		rt.FreeObject(r)
	}
	ft.Finalize = func(rt *object.Runtime, r object.Ref) {
		st.calls++
		if st.resurrect {
			st.saved = append(st.saved, rt.New(r))
		}
	}
	rt.FinishType(ft)
	return ft
}

func newFin(rt *object.Runtime, ft *object.Type) object.Ref {
	r := rt.AllocObject(ft, finSize)
	rt.Track(r)
	return r
}

func link(rt *object.Runtime, from, to object.Ref) { rt.Replace(rt.RefAt(from, finOffRef), rt.New(to)) }

func TestFinalizersRunOnce(t *testing.T) {
	rt, c := setup(t)
	st := &finState{}
	ft := finType(rt, st)
	a, b := newFin(rt, ft), newFin(rt, ft)
	link(rt, a, b)
	link(rt, b, a)
	rt.Decref(a)
	rt.Decref(b)
	if got := c.Collect(2); got != 2 {
		t.Errorf("collect() = %d, want 2", got)
	}
	if st.calls != 2 {
		t.Errorf("%d finalizer calls, want 2", st.calls)
	}
}

func TestResurrection(t *testing.T) {
	rt, c := setup(t)
	st := &finState{resurrect: true}
	ft := finType(rt, st)
	a, b := newFin(rt, ft), newFin(rt, ft)
	link(rt, a, b)
	link(rt, b, a)
	rt.Decref(a)
	rt.Decref(b)
	if got := c.Collect(2); got != 0 {
		t.Errorf("collect() of a resurrected cycle = %d, want 0 (CPython's answer)", got)
	}
	if len(st.saved) != 2 || !rt.IsFinalized(a) {
		t.Fatalf("resurrection: %d saved, finalized %v", len(st.saved), rt.IsFinalized(a))
	}
	// Drop the resurrecting references: the cycle dies without a second __del__.
	st.resurrect = false
	for _, r := range st.saved {
		rt.Decref(r)
	}
	if got := c.Collect(2); got != 2 || st.calls != 2 {
		t.Errorf("second collection: %d collected, %d finalizer calls; want 2 and 2", got, st.calls)
	}
}

func TestWeakrefCallbacks(t *testing.T) {
	rt, c := setup(t)
	st := &finState{}
	ft := finType(rt, st)
	var order []string
	cb := func(name string) object.Ref {
		return rt.NewBuiltinFunction(&object.MethodDef{Name: name, Fn: func(rt *object.Runtime, self object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if len(args) != 1 || !rt.IsWeakref(args[0]) || rt.WeakrefReferent(args[0]) != object.Nil {
				t.Errorf("callback %s got %v", name, args)
			}
			if st.calls != 0 {
				t.Errorf("callback %s ran after a finalizer (weakrefs are cleared first)", name)
			}
			order = append(order, name)
			return rt.None
		}}, object.Nil, object.Nil)
	}
	a, b := newFin(rt, ft), newFin(rt, ft)
	link(rt, a, b)
	link(rt, b, a)
	plain := rt.NewWeakref(a, object.Nil)
	if again := rt.NewWeakref(a, object.Nil); again != plain {
		t.Errorf("a second plain weakref was created")
	} else {
		rt.Decref(again)
	}
	cb1, cb2 := cb("first"), cb("second")
	w1 := rt.NewWeakref(a, cb1)
	w2 := rt.NewWeakref(a, cb2)
	if n := rt.WeakrefCount(a); n != 3 {
		t.Errorf("getweakrefcount = %d, want 3", n)
	}
	rt.Decref(a)
	rt.Decref(b)
	c.Collect(2)
	if strings.Join(order, ",") != "second,first" {
		t.Errorf("callbacks ran in order %v, want newest first", order)
	}
	if rt.WeakrefReferent(plain) != object.Nil || rt.WeakrefReferent(w1) != object.Nil {
		t.Errorf("weakrefs to collected objects are not dead")
	}
	for _, r := range []object.Ref{plain, w1, w2, cb1, cb2} {
		rt.Decref(r)
	}
}

// TestRefcountDeathClearsWeakrefs checks the refcount path: the callback runs when
// the last reference goes, before the memory is reused.
func TestRefcountDeathClearsWeakrefs(t *testing.T) {
	rt, _ := setup(t)
	st := &finState{}
	ft := finType(rt, st)
	a := newFin(rt, ft)
	called := 0
	cb := rt.NewBuiltinFunction(&object.MethodDef{Name: "cb", Fn: func(rt *object.Runtime, self object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		called++
		return rt.None
	}}, object.Nil, object.Nil)
	w := rt.NewWeakref(a, cb)
	rt.Decref(a)
	if called != 1 || st.calls != 1 || rt.WeakrefReferent(w) != object.Nil {
		t.Errorf("after the last reference: callback %d, finalizer %d, referent %v", called, st.calls, rt.WeakrefReferent(w))
	}
	rt.Decref(w)
	rt.Decref(cb)
}

// TestHugeCycle collects a cycle of a million containers: no recursion in proportion
// to the heap.
func TestHugeCycle(t *testing.T) {
	rt, c := setup(t)
	before := blocks(rt)
	const n = 1_000_000
	first := rt.NewDict()
	prev := first
	k := key(rt, "next")
	for range n - 1 {
		d := rt.NewDict()
		rt.DictSetItem(prev, k, d)
		if prev != first {
			rt.Decref(prev)
		}
		prev = d
	}
	rt.DictSetItem(prev, k, first)
	rt.Decref(prev)
	rt.Decref(first)
	if got := c.Collect(2); got != n {
		t.Errorf("collect() = %d, want %d", got, n)
	}
	if after := blocks(rt); after > before+200 {
		t.Errorf("%d blocks in use after collecting, %d before", after, before)
	}
}

func TestDebugStatsAndSaveAll(t *testing.T) {
	rt, c := setup(t)
	var out strings.Builder
	c.Stderr = &out
	var saved []object.Ref
	c.SaveGarbage = func(r object.Ref) { saved = append(saved, rt.New(r)) }
	c.SetDebug(gc.DebugStats | gc.DebugSaveAll)
	d := rt.NewDict()
	rt.DictSetItem(d, key(rt, "d"), d)
	rt.Decref(d)
	if got := c.Collect(2); got != 1 || len(saved) != 1 || saved[0] != d {
		t.Errorf("DEBUG_SAVEALL: collected %d, saved %v", got, saved)
	}
	s := out.String()
	for _, want := range []string{"gc: collecting generation 2...\n", "gc: objects in each generation: ", "gc: objects in permanent generation: 0\n", "gc: done, 1 unreachable, 0 uncollectable, "} {
		if !strings.Contains(s, want) {
			t.Errorf("DEBUG_STATS output lacks %q:\n%s", want, s)
		}
	}
	c.SetDebug(0)
	rt.DictClear(saved[0])
	rt.Decref(saved[0])
}

// TestFreeListsDoNotCount checks the allocation count against CPython 3.11's rule:
// count[0] moves in _PyObject_GC_Link and PyObject_GC_Del only, so a tuple, list
// or dict taken from its type's free list is not an allocation, and one put back
// on the free list is not a deallocation.
func TestFreeListsDoNotCount(t *testing.T) {
	rt, c := setup(t)
	kinds := []struct {
		name string
		make func() object.Ref
	}{
		{"tuple", func() object.Ref { return rt.TupleFrom(rt.None) }},
		{"list", func() object.Ref { return rt.NewList(0) }},
		{"dict", func() object.Ref { return rt.NewDict() }},
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			rt.Decref(k.make()) // the free list now holds at least one
			before := c.Count()[0]
			r := k.make()
			if got := c.Count()[0]; got != before {
				t.Errorf("count[0] went from %d to %d on a free-list allocation", before, got)
			}
			rt.Decref(r)
			if got := c.Count()[0]; got != before {
				t.Errorf("count[0] went from %d to %d when freeing to the free list", before, got)
			}
		})
	}
}

// TestInstanceDictsDoNotCount: CPython 3.11 keeps an instance's attributes inline,
// allocating no dict object, so pyheap's instance dicts move count[0] neither when
// made nor when freed, whether their block is a plain dict's or a larger one.
func TestInstanceDictsDoNotCount(t *testing.T) {
	rt, c := setup(t)
	for _, tc := range []struct {
		name string
		make func() object.Ref
	}{
		{"plain", rt.NewInstanceDict},
		{"sized", func() object.Ref { return rt.NewInstanceDictSized(3) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := c.Count()[0]
			var ds []object.Ref
			for range 200 { // more than the dict free list holds
				ds = append(ds, tc.make())
			}
			if got := c.Count()[0]; got != before {
				t.Errorf("count[0] went from %d to %d making instance dicts", before, got)
			}
			for _, d := range ds {
				rt.DictSetItem(d, key(rt, "x"), rt.None)
				rt.Decref(d)
			}
			if got := c.Count()[0]; got != before {
				t.Errorf("count[0] went from %d to %d freeing instance dicts", before, got)
			}
		})
	}
}
