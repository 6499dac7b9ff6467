package object_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestContainerTracking checks which containers the collector tracks, as CPython
// does: lists, sets and tuples from creation, dicts once they may hold a container,
// and MaybeUntrackTuple for tuples of atomic values.
func TestContainerTracking(t *testing.T) {
	rt := newRuntime(t)
	l := rt.NewList(0)
	defer rt.Decref(l)
	s := rt.NewSet(object.Nil)
	defer rt.Decref(s)
	f := rt.NewFrozenSet(object.Nil)
	defer rt.Decref(f)
	d := rt.NewDict()
	defer rt.Decref(d)
	r := rt.NewRange(object.MakeSmallInt(0), object.MakeSmallInt(5), object.MakeSmallInt(1))
	defer rt.Decref(r)
	for _, c := range []struct {
		name string
		r    object.Ref
		want bool
	}{{"list", l, true}, {"set", s, true}, {"frozenset", f, true}, {"empty dict", d, false}, {"range", r, false}} {
		if got := rt.IsTracked(c.r); got != c.want {
			t.Errorf("%s: tracked %v, want %v", c.name, got, c.want)
		}
	}
	rt.DictSetItem(d, object.MakeSmallInt(1), object.MakeSmallInt(2))
	if rt.IsTracked(d) {
		t.Errorf("a dict of ints is tracked")
	}
	rt.DictSetItem(d, object.MakeSmallInt(2), l)
	if !rt.IsTracked(d) {
		t.Errorf("a dict holding a list is not tracked")
	}

	atoms := rt.TupleFrom(object.MakeSmallInt(1), rt.None, rt.NewStr("abc"))
	defer rt.Decref(atoms)
	nested := rt.TupleFrom(atoms)
	defer rt.Decref(nested)
	holding := rt.TupleFrom(object.MakeSmallInt(1), l)
	defer rt.Decref(holding)
	for _, tu := range []object.Ref{atoms, nested, holding} {
		if !rt.IsTracked(tu) {
			t.Errorf("a new tuple is not tracked")
		}
	}
	rt.MaybeUntrackTuple(nested) // holds a tracked tuple: stays
	rt.MaybeUntrackTuple(atoms)
	rt.MaybeUntrackTuple(holding)
	if rt.IsTracked(atoms) || !rt.IsTracked(holding) || !rt.IsTracked(nested) {
		t.Errorf("MaybeUntrackTuple: atoms %v, holding a list %v, nested %v", rt.IsTracked(atoms), rt.IsTracked(holding), rt.IsTracked(nested))
	}
	rt.MaybeUntrackTuple(nested) // now its item is untracked
	if rt.IsTracked(nested) {
		t.Errorf("a tuple of an untracked tuple stays tracked")
	}

	it := rt.Iter(l)
	defer rt.Decref(it)
	if !rt.IsTracked(it) {
		t.Errorf("a list iterator is not tracked")
	}
}

// TestListSortLarge sorts long lists (the merge path) and checks order and stability.
func TestListSortLarge(t *testing.T) {
	rt := newRuntime(t)
	for _, n := range []int{63, 64, 65, 127, 1000, 4099, 100_000} {
		l := rt.NewList(0)
		x := uint32(12345)
		for i := range n {
			x = x*1103515245 + 12345
			k := object.MakeSmallInt(int64(x>>16) % int64(n/3+1))
			pair := rt.TuplePack(k, object.MakeSmallInt(int64(i)))
			rt.ListAppend(l, pair)
			rt.Decref(pair)
		}
		field := func(k int) object.Ref {
			return rt.NewBuiltinFunction(&object.MethodDef{Name: "field", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, _ object.Ref) object.Ref {
				return rt.New(rt.TupleItems(args[0])[k])
			}}, object.Nil, object.Nil)
		}
		key, orig := field(0), field(1)
		for _, reverse := range []bool{false, true} {
			if rt.ListSort(l, key, reverse) < 0 {
				t.Fatal(errString(rt))
			}
			items := rt.ListItems(l)
			for i := 1; i < len(items); i++ {
				a, b := rt.TupleItems(items[i-1]), rt.TupleItems(items[i])
				ka, kb := a[0].SmallInt(), b[0].SmallInt()
				if reverse {
					ka, kb = kb, ka
				}
				// Ordered by key; equal keys keep their original order (stability),
				// reversed or not.
				if ka > kb || ka == kb && a[1].SmallInt() > b[1].SmallInt() {
					t.Fatalf("n=%d reverse=%v: out of order at %d", n, reverse, i)
				}
			}
			if rt.ListSort(l, orig, false) < 0 {
				t.Fatal(errString(rt))
			}
			for i, it := range rt.ListItems(l) {
				if rt.TupleItems(it)[1].SmallInt() != int64(i) {
					t.Fatalf("n=%d: sorting by position did not restore the order", n)
				}
			}
		}
		rt.Decref(orig)
		rt.Decref(key)
		rt.Decref(l)
	}
}
