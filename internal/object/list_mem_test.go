package object_test

import (
	"runtime"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestListDictFreeListReuse: a freed list or dict is reused for the next one without
// reaching the pool allocator.
func TestListDictFreeListReuse(t *testing.T) {
	rt := newRuntime(t)
	for _, c := range []struct {
		name string
		mk   func() object.Ref
	}{
		{"list", func() object.Ref { return rt.NewList(0) }},
		{"dict", func() object.Ref { return rt.NewDict() }},
	} {
		a := c.mk()
		rt.Decref(a)
		before := rt.Heap().Stats()
		b := c.mk()
		after := rt.Heap().Stats()
		if b != a {
			t.Errorf("%s: a freed %s was not reused", c.name, c.name)
		}
		if before.BlocksInUse() != after.BlocksInUse() || before.Footprint != after.Footprint {
			t.Errorf("%s: reuse reached the heap: %d → %d blocks", c.name, before.BlocksInUse(), after.BlocksInUse())
		}
		rt.Decref(b)
	}
}

const million = 1_000_000

// heapInt returns an int that lives in the heap (beyond the small-int range).
func heapInt(rt *object.Runtime, i int) object.Ref { return rt.NewInt(int64(1)<<40 + int64(i)) }

// TestMillionFreed: a list of a million items, a dict of a million items and a set
// of a million items give every block back when dropped.
func TestMillionFreed(t *testing.T) {
	rt := newRuntime(t)
	build := map[string]func() object.Ref{
		"list": func() object.Ref {
			l := rt.NewList(0)
			for i := range million {
				v := heapInt(rt, i)
				rt.ListAppend(l, v)
				rt.Decref(v)
			}
			return l
		},
		"dict": func() object.Ref {
			d := rt.NewDict()
			for i := range million {
				k, v := heapInt(rt, i), rt.NewStr("value")
				if rt.DictSetItem(d, k, v) < 0 {
					t.Fatal(errString(rt))
				}
				rt.Decref(k)
				rt.Decref(v)
			}
			return d
		},
		"set": func() object.Ref {
			s := rt.NewSet(object.Nil)
			for i := range million {
				k := heapInt(rt, i)
				if rt.SetAdd(s, k) < 0 {
					t.Fatal(errString(rt))
				}
				rt.Decref(k)
			}
			return s
		},
		"nested lists": func() object.Ref {
			l := rt.NewList(0)
			for range million {
				n := rt.NewList(0)
				rt.ListAppend(n, l)
				rt.Decref(l)
				l = n
			}
			return l
		},
	}
	for _, name := range []string{"list", "dict", "set", "nested lists"} {
		rt.Heap().FlushQuarantine()
		before := rt.Heap().Stats()
		r := build[name]()
		mid := rt.Heap().Stats()
		if mid.BlocksInUse() < before.BlocksInUse()+million/100 {
			t.Fatalf("%s: only %d blocks allocated", name, mid.BlocksInUse()-before.BlocksInUse())
		}
		rt.Decref(r)
		rt.Heap().FlushQuarantine()
		after := rt.Heap().Stats()
		// The list and dict free lists may keep up to 80 objects each.
		if after.BlocksInUse() > before.BlocksInUse()+200 || after.StoreSpans > before.StoreSpans {
			t.Errorf("%s: %d blocks (%d large) in use after freeing, %d (%d) before", name,
				after.BlocksInUse(), after.StoreSpans, before.BlocksInUse(), before.StoreSpans)
		}
	}
}

// TestNoObjectsOnGoHeap builds a large structure of containers and checks that the Go
// heap does not grow with it: every Python object lives in the private heap.
func TestNoObjectsOnGoHeap(t *testing.T) {
	rt := newRuntime(t)
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	goBefore := ms.HeapAlloc
	pyBefore := rt.Heap().Stats().Footprint

	root := rt.NewList(0)
	for i := range 200_000 {
		d := rt.NewDict()
		k := heapInt(rt, i)
		tu := rt.TuplePack(rt.New(k), rt.NewStr("x"), rt.NewList(0))
		rt.DictSetItem(d, k, tu)
		s := rt.NewSet(tu)
		rt.ListAppend(root, d)
		rt.ListAppend(root, s)
		rt.ListAppend(root, tu)
		for _, r := range []object.Ref{d, k, tu, s} {
			rt.Decref(r)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	goGrowth := int64(ms.HeapAlloc) - int64(goBefore)
	pyGrowth := int64(rt.Heap().Stats().Footprint) - int64(pyBefore)
	t.Logf("private heap grew %d bytes, Go heap %d bytes", pyGrowth, goGrowth)
	if pyGrowth < 10<<20 {
		t.Fatalf("the structure took only %d bytes of the private heap", pyGrowth)
	}
	if goGrowth > pyGrowth/100 {
		t.Errorf("the Go heap grew %d bytes for %d bytes of objects", goGrowth, pyGrowth)
	}
	rt.Decref(root)
}

func BenchmarkDictSetGetStr(b *testing.B) {
	rt := newRuntime(b)
	keys := make([]object.Ref, 1024)
	for i := range keys {
		keys[i] = rt.NewStr("key" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)))
		rt.StrHash(keys[i])
	}
	d := rt.NewDict()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := keys[i&1023]
		if rt.DictSetItem(d, k, object.MakeSmallInt(int64(i))) < 0 {
			b.Fatal(errString(rt))
		}
		if rt.DictGetItem(d, k) == object.Nil {
			b.Fatal("missing")
		}
	}
	b.StopTimer()
	rt.Decref(d)
}

func BenchmarkListAppend(b *testing.B) {
	rt := newRuntime(b)
	l := rt.NewList(0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rt.ListAppend(l, object.MakeSmallInt(int64(i&1023)))
		if i&(1<<20-1) == 0 {
			rt.Decref(l)
			l = rt.NewList(0)
		}
	}
	b.StopTimer()
	rt.Decref(l)
}

func BenchmarkTupleCreateFree(b *testing.B) {
	rt := newRuntime(b)
	x := rt.NewStr("x")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tu := rt.TupleFrom(object.MakeSmallInt(1), x)
		rt.Decref(tu)
	}
}

func BenchmarkListSort(b *testing.B) {
	rt := newRuntime(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		l := rt.NewList(0)
		for j := range 1000 {
			rt.ListAppend(l, object.MakeSmallInt(int64((j*7919)%1000)))
		}
		b.StartTimer()
		if rt.ListSort(l, object.Nil, false) < 0 {
			b.Fatal(errString(rt))
		}
		b.StopTimer()
		rt.Decref(l)
	}
}

func BenchmarkListIterate(b *testing.B) {
	rt := newRuntime(b)
	l := rt.NewList(0)
	for i := range 1000 {
		rt.ListAppend(l, object.MakeSmallInt(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := rt.Iter(l)
		for v := rt.Next(it); v != object.Nil; v = rt.Next(it) {
			rt.Decref(v)
		}
		rt.Decref(it)
	}
	b.StopTimer()
	rt.Decref(l)
}

func BenchmarkRangeIterate(b *testing.B) {
	rt := newRuntime(b)
	r := rt.NewRange(object.MakeSmallInt(0), object.MakeSmallInt(1000), object.MakeSmallInt(1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := rt.Iter(r)
		for v := rt.Next(it); v != object.Nil; v = rt.Next(it) {
		}
		rt.Decref(it)
	}
	b.StopTimer()
	rt.Decref(r)
}

func BenchmarkSetAddContains(b *testing.B) {
	rt := newRuntime(b)
	s := rt.NewSet(object.Nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := object.MakeSmallInt(int64(i & 4095))
		rt.SetAdd(s, k)
		if rt.SetContains(s, k) != 1 {
			b.Fatal("missing")
		}
	}
	b.StopTimer()
	rt.Decref(s)
}

func BenchmarkDictIterItems(b *testing.B) {
	rt := newRuntime(b)
	d := rt.NewDict()
	for i := range 1000 {
		rt.DictSetItem(d, object.MakeSmallInt(int64(i)), object.MakeSmallInt(int64(i)))
	}
	items := rt.CallMethod(d, "items")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := rt.Iter(items)
		for v := rt.Next(it); v != object.Nil; v = rt.Next(it) {
			rt.Decref(v)
		}
		rt.Decref(it)
	}
	b.StopTimer()
	rt.Decref(items)
	rt.Decref(d)
}

// TestListSliceAssignNoGoAlloc: a slice assignment keeps the items it replaces in
// a stack buffer or a private-heap block, never the Go heap (fannkuch's
// work[:k] = work[k::-1] made 18 MB of Go garbage a run before).
func TestListSliceAssignNoGoAlloc(t *testing.T) {
	rt := newRuntime(t)
	for _, n := range []int{3, 16, 17, 100} {
		l, src := rt.NewList(0), rt.NewList(0)
		for i := range n {
			rt.ListAppend(l, heapInt(rt, i))
			rt.ListAppend(src, heapInt(rt, -i))
		}
		sl := rt.NewSlice(object.MakeSmallInt(0), object.MakeSmallInt(int64(n)), rt.None)
		assign := func() {
			if rt.SetItem(l, sl, src) < 0 {
				t.Fatalf("n=%d: %s", n, errString(rt))
			}
		}
		assign()
		if got := testing.AllocsPerRun(50, assign); got != 0 {
			t.Errorf("n=%d: %v Go allocations per slice assignment", n, got)
		}
		if rt.ListLen(l) != n {
			t.Errorf("n=%d: length %d after assignment", n, rt.ListLen(l))
		}
		rt.Decref(sl)
		rt.Decref(l)
		rt.Decref(src)
	}
}
