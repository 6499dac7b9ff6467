package object_test

import (
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

func newRuntime(t testing.TB) *object.Runtime {
	t.Helper()
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close() })
	return rt
}

// repr returns repr(r) as a Go string, failing the test on error.
func repr(t testing.TB, rt *object.Runtime, r object.Ref) string {
	t.Helper()
	s := rt.Repr(r)
	if s == object.Nil {
		t.Fatalf("repr raised %s", errString(rt))
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

func errString(rt *object.Runtime) string {
	e := rt.Fetch()
	if e == object.Nil {
		return "(no exception)"
	}
	defer rt.Decref(e)
	s := rt.Str(e)
	defer rt.Decref(s)
	return rt.TypeNameOf(e) + ": " + rt.GoString(s)
}

func TestBootstrap(t *testing.T) {
	rt := newRuntime(t)
	for _, c := range []struct {
		r    object.Ref
		want string
	}{
		{rt.None, "None"},
		{rt.True, "True"},
		{rt.False, "False"},
		{rt.Ellipsis, "Ellipsis"},
		{rt.NotImplemented, "NotImplemented"},
		{rt.IntType.Ref, "<class 'int'>"},
		{rt.TypeType.Ref, "<class 'type'>"},
		{rt.ExcType("ZeroDivisionError").Ref, "<class 'ZeroDivisionError'>"},
		{object.MakeSmallInt(-5), "-5"},
		{rt.NewInt(1 << 40), "1099511627776"},
		{rt.NewInt(-1 << 62), "-4611686018427387904"},
	} {
		if got := repr(t, rt, c.r); got != c.want {
			t.Errorf("repr = %q, want %q", got, c.want)
		}
	}
	if rt.TypeOf(rt.True) != rt.BoolType || !rt.IsInstance(rt.True, rt.IntType) {
		t.Errorf("True is not a bool and an int")
	}
	if !rt.IsSubtype(rt.ExcType("KeyError"), rt.ExcType("LookupError")) {
		t.Errorf("KeyError is not a LookupError")
	}
	mro := rt.TypeMRO(rt.BoolType)
	if items := rt.TupleItems(mro); len(items) != 3 || items[0] != rt.BoolType.Ref || items[1] != rt.IntType.Ref || items[2] != rt.ObjectType.Ref {
		t.Errorf("bool.__mro__ = %v", items)
	}
}

func TestDictCore(t *testing.T) {
	rt := newRuntime(t)
	d := rt.NewDict()
	defer rt.Decref(d)
	const n = 5000
	for i := range n {
		k := rt.NewInt(int64(i * 7))
		v := rt.NewInt(int64(i))
		if rt.DictSetItem(d, k, v) < 0 {
			t.Fatal(errString(rt))
		}
		rt.Decref(k)
		rt.Decref(v)
	}
	for i := range n {
		if i%3 == 0 {
			if rt.DictDelItem(d, rt.NewInt(int64(i*7))) < 0 {
				t.Fatal(errString(rt))
			}
		}
	}
	if rt.DictLen(d) != n-(n+2)/3 {
		t.Errorf("len %d", rt.DictLen(d))
	}
	pos, prev := 0, int64(-1)
	for {
		k, v, ok := rt.DictNext(d, &pos)
		if !ok {
			break
		}
		kv, _ := rt.IntAsInt64(k)
		vv, _ := rt.IntAsInt64(v)
		if kv != vv*7 || vv <= prev || vv%3 == 0 {
			t.Fatalf("entry %d: %d (after %d)", kv, vv, prev)
		}
		prev = vv
	}
	s := rt.NewStr("héllo wörld")
	defer rt.Decref(s)
	if rt.DictSetItem(d, s, rt.None) < 0 || rt.DictGetItem(d, s) != rt.None {
		t.Errorf("str key: %s", errString(rt))
	}
	if rt.DictGetItem(d, rt.NewInt(1)) != object.Nil || rt.Occurred() {
		t.Errorf("missing key found")
	}
	if rt.DictDelItem(d, rt.NewInt(1)) != -1 || !rt.ErrMatchesName("KeyError") {
		t.Errorf("deleting a missing key: no KeyError")
	}
	rt.ClearErr()
}

// TestDeepDealloc frees a chain of a million nested tuples: the destructor must not
// recurse on the Go stack, and every block must go back.
func TestDeepDealloc(t *testing.T) {
	rt := newRuntime(t)
	before := rt.Heap().Stats().BlocksInUse()
	chain := rt.TupleFrom(rt.None)
	for range 1_000_000 {
		next := rt.TuplePack(chain, rt.NewStr("x"), rt.NewFloat(1.5))
		if next == object.Nil {
			t.Fatal(errString(rt))
		}
		chain = next
	}
	rt.Decref(chain)
	rt.Heap().FlushQuarantine()
	if after := rt.Heap().Stats().BlocksInUse(); after > before+2000+100+10 { // the 3-tuple and float free lists keep 2000 and 100
		t.Errorf("%d blocks in use after freeing the chain, %d before", after, before)
	}
}

// TestTupleFreeList checks that a freed tuple is reused without going to the heap.
func TestTupleFreeList(t *testing.T) {
	rt := newRuntime(t)
	a := rt.TupleFrom(rt.None, rt.None)
	rt.Decref(a)
	blocks := rt.Heap().Stats().BlocksInUse()
	b := rt.TupleFrom(rt.True, rt.False)
	if b != a {
		t.Errorf("a 2-tuple was not reused from the free list")
	}
	if got := rt.Heap().Stats().BlocksInUse(); got != blocks {
		t.Errorf("reusing a tuple changed the blocks in use: %d → %d", blocks, got)
	}
	rt.Decref(b)
}

func TestExceptions(t *testing.T) {
	rt := newRuntime(t)
	rt.Raise("ValueError", "bad value %d", 3)
	if !rt.ErrMatchesName("ValueError") || !rt.ErrMatchesName("Exception") || rt.ErrMatchesName("TypeError") {
		t.Errorf("exception matching")
	}
	e := rt.Fetch()
	if got := repr(t, rt, e); got != "ValueError('bad value 3')" {
		t.Errorf("repr = %s", got)
	}
	rt.Decref(e)
	rt.SetKeyError(rt.NewStr("k"))
	e = rt.Fetch()
	s := rt.Str(e)
	if rt.GoString(s) != "'k'" {
		t.Errorf("str(KeyError('k')) = %s", rt.GoString(s))
	}
	rt.Decref(s)
	rt.Decref(e)
}

func TestMallocStatsFreeLists(t *testing.T) {
	rt := newRuntime(t)
	f := rt.NewFloat(1.5)
	rt.Decref(f)
	var b strings.Builder
	if err := rt.WriteMallocStats(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Small block threshold = 512, in 32 size classes.",
		"\n             1 free PyFloatObjects * 16 bytes each =                    16\n",
		" free 2-sized PyTupleObjects * 32 bytes each = ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("malloc stats lack %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, " free Py") && len(l) != 74 {
			t.Errorf("free-list line is %d characters, CPython's are 74: %q", len(l), l)
		}
	}
}

// TestDeepNestingRaises checks that repr, comparison and hashing of data nested far
// beyond the recursion limit raise RecursionError instead of exhausting the Go stack.
func TestDeepNestingRaises(t *testing.T) {
	rt := newRuntime(t)
	a, b := rt.TupleFrom(), rt.TupleFrom()
	for range 200000 {
		a = rt.TuplePack(a)
		b = rt.TuplePack(b)
	}
	for name, f := range map[string]func() bool{
		"repr": func() bool { return rt.Repr(a) == object.Nil },
		"==":   func() bool { return rt.RichCompare(a, b, object.EQ) == object.Nil },
		"hash": func() bool { _, ok := rt.Hash(a); return !ok },
	} {
		if !f() || !rt.ErrMatchesName("RecursionError") {
			t.Errorf("%s of a 200000-deep tuple did not raise RecursionError", name)
		}
		rt.ClearErr()
		if rt.RecursionDepth != 0 {
			t.Errorf("%s left the recursion depth at %d", name, rt.RecursionDepth)
		}
	}
	rt.Decref(a)
	rt.Decref(b)
}

func TestEmptyTupleNeverTracked(t *testing.T) {
	rt := newRuntime(t)
	for _, e := range []object.Ref{rt.TupleFrom(), rt.TuplePack(), rt.NewTuple(0)} {
		if e != rt.EmptyTuple || rt.IsTracked(e) {
			t.Errorf("an empty tuple is %v (the static one is %v), tracked %v", e, rt.EmptyTuple, rt.IsTracked(e))
		}
	}
}

func TestEmptySliceOfTupleNotTracked(t *testing.T) {
	rt := newRuntime(t)
	tup := rt.TupleFrom(object.MakeSmallInt(1))
	s := rt.NewSlice(object.MakeSmallInt(5), object.MakeSmallInt(9), object.Nil)
	e := rt.GetItem(tup, s)
	if e != rt.EmptyTuple || rt.IsTracked(e) {
		t.Errorf("(1,)[5:9] is %v, tracked %v", e, rt.IsTracked(e))
	}
	rt.Decref(e)
	rt.Decref(s)
	rt.Decref(tup)
}
