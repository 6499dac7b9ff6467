package collections

import (
	"math/rand"
	"testing"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	"github.com/pyheap/pyheap/internal/object"
)

// newTestDeque returns the module's deque type and an empty deque of maxlen.
func newTestDeque(t testing.TB, rt *object.Runtime, maxlen int64) (*dequeTypes, Ref) {
	k := newDequeTypes(rt)
	d := k.newDeque(rt, maxlen)
	if d == Nil {
		t.Fatal(modtest.ExcString(rt))
	}
	return k, d
}

// contents returns the deque's items as small ints.
func contents(rt *object.Runtime, d Ref) []int64 {
	out := make([]int64, dqLen(rt, d))
	for i := range out {
		out[i] = (*dqAt(rt, d, i)).SmallInt()
	}
	return out
}

// runOps applies the operations coded in ops to a deque and to a slice model,
// and fails at the first difference. Each byte chooses an operation; the next
// one, its argument.
func runOps(t *testing.T, ops []byte, maxlen int64) {
	rt := modtest.NewRuntime(t)
	_, d := newTestDeque(t, rt, maxlen)
	defer rt.Decref(d)
	var model []int64
	trimLeft := func() {
		if maxlen >= 0 && int64(len(model)) > maxlen {
			model = model[1:]
		}
	}
	trimRight := func() {
		if maxlen >= 0 && int64(len(model)) > maxlen {
			model = model[:len(model)-1]
		}
	}
	next := int64(0)
	for p := 0; p+1 < len(ops); p += 2 {
		op, arg := ops[p]%9, int(int8(ops[p+1]))
		next++
		v := object.MakeSmallInt(next)
		switch op {
		case 0:
			dqPushRight(rt, d, v)
			model = append(model, next)
			trimLeft()
		case 1:
			dqPushLeft(rt, d, v)
			model = append([]int64{next}, model...)
			trimRight()
		case 2:
			if len(model) > 0 {
				dqTakeRight(rt, d)
				model = model[:len(model)-1]
			}
		case 3:
			if len(model) > 0 {
				dqTakeLeft(rt, d)
				model = model[1:]
			}
		case 4:
			dqRotate(rt, d, arg)
			if n := len(model); n > 1 {
				r := ((arg % n) + n) % n
				model = append(model[n-r:], model[:n-r]...)
			}
		case 5:
			if n := len(model); n > 2 && (maxlen < 0 || int64(n) < maxlen) {
				i := 1 + (arg&0x7f)%(n-1)
				dqInsertAt(rt, d, i, v)
				model = append(model[:i], append([]int64{next}, model[i:]...)...)
			}
		case 6:
			if n := len(model); n > 0 {
				i := (arg & 0x7f) % n
				dqRemoveAt(rt, d, i)
				model = append(model[:i], model[i+1:]...)
			}
		case 7:
			dqReverse(rt, d)
			for i, j := 0, len(model)-1; i < j; i, j = i+1, j-1 {
				model[i], model[j] = model[j], model[i]
			}
		case 8:
			if arg%5 == 0 {
				dqClear(rt, d)
				model = nil
			} else {
				for i := 0; i < arg&0x3f; i++ {
					next++
					dqPushRight(rt, d, object.MakeSmallInt(next))
					model = append(model, next)
					trimLeft()
				}
			}
		}
		got := contents(rt, d)
		if len(got) != len(model) {
			t.Fatalf("step %d (op %d arg %d): len %d, model %d", p/2, op, arg, len(got), len(model))
		}
		for i := range got {
			if got[i] != model[i] {
				t.Fatalf("step %d (op %d arg %d): item %d is %d, model %d\n got %v\nwant %v", p/2, op, arg, i, got[i], model[i], got, model)
			}
		}
		if c := dq(rt, d).cap; c != 0 && (c&(c-1) != 0 || c < minCap || uint32(len(model)) > c) {
			t.Fatalf("step %d: capacity %d for %d items", p/2, c, len(model))
		}
	}
}

// TestRingAgainstModel runs random operation sequences, bounded and unbounded,
// against a slice model.
func TestRingAgainstModel(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, maxlen := range []int64{-1, 0, 1, 5, 64} {
		for round := 0; round < 20; round++ {
			ops := make([]byte, 2000)
			r.Read(ops)
			runOps(t, ops, maxlen)
		}
	}
}

func FuzzRing(f *testing.F) {
	f.Add([]byte{0, 1, 1, 2, 4, 3, 5, 1, 6, 0, 7, 0}, int8(-1))
	f.Add([]byte{8, 40, 4, 200, 6, 3, 2, 0, 3, 0}, int8(3))
	f.Fuzz(func(t *testing.T, ops []byte, maxlen int8) {
		runOps(t, ops, int64(maxlen))
	})
}

// TestCyclesCollected makes cycles through deques, their iterators and
// _tuplegetter and checks that the collector frees them all: each type's
// Traverse reports what it holds and its Clear (or its container's) breaks it.
func TestCyclesCollected(t *testing.T) {
	rt := modtest.NewRuntime(t)
	c := gcpkg.New(rt)
	m := New(rt)
	if m == Nil {
		t.Fatal(modtest.ExcString(rt))
	}
	defer rt.Decref(m)
	dq := rt.GetAttrString(m, "deque")
	tg := rt.GetAttrString(m, "_tuplegetter")
	defer rt.Decref(dq)
	defer rt.Decref(tg)
	makers := map[string]func() Ref{
		"deque": func() Ref {
			d := rt.Call(dq, nil, Nil)
			rt.Decref(rt.CallMethod(d, "append", d))
			rt.Decref(rt.CallMethod(d, "append", object.MakeSmallInt(1)))
			return d
		},
		"iterator": func() Ref {
			d := rt.Call(dq, nil, Nil)
			it := rt.Iter(d)
			rt.Decref(rt.CallMethod(d, "append", it))
			rt.Decref(it)
			return d
		},
		"reversed": func() Ref {
			d := rt.Call(dq, nil, Nil)
			it := rt.CallMethod(d, "__reversed__")
			rt.Decref(rt.CallMethod(d, "appendleft", it))
			rt.Decref(it)
			return d
		},
		"_tuplegetter": func() Ref {
			l := rt.NewList(0)
			g := rt.Call(tg, []Ref{object.MakeSmallInt(0), l}, Nil)
			rt.ListAppend(l, g)
			rt.Decref(l)
			return g
		},
	}
	for name, mk := range makers {
		run := func(n int) {
			for i := 0; i < n; i++ {
				o := mk()
				if o == Nil {
					t.Fatalf("%s: %s", name, modtest.ExcString(rt))
				}
				rt.Decref(o)
			}
			c.Collect(2)
		}
		run(100)
		rt.Heap().FlushQuarantine()
		before := rt.Heap().Stats().BlocksInUse()
		run(100)
		rt.Heap().FlushQuarantine()
		if after := rt.Heap().Stats().BlocksInUse(); after > before+4 {
			t.Errorf("%s: %d blocks still in use after collecting 100 cycles", name, after-before)
		}
	}
}

// TestHotPathsNoGoAlloc pins append and popleft, the queue's steady state, to
// zero Go allocations (Python data lives in the private heap).
func TestHotPathsNoGoAlloc(t *testing.T) {
	rt := modtest.NewRuntime(t)
	k, d := newTestDeque(t, rt, -1)
	defer rt.Decref(d)
	var appendFn, popleftFn object.MethodFunc
	for _, m := range k.deque.Methods {
		switch m.Name {
		case "append":
			appendFn = m.Fn
		case "popleft":
			popleftFn = m.Fn
		}
	}
	args := []Ref{object.MakeSmallInt(7)}
	for i := 0; i < 100; i++ {
		appendFn(rt, d, args, Nil)
	}
	allocs := testing.AllocsPerRun(1000, func() {
		appendFn(rt, d, args, Nil)
		rt.Decref(popleftFn(rt, d, nil, Nil))
	})
	if allocs != 0 {
		t.Errorf("append+popleft: %v Go allocations per run", allocs)
	}
}

// TestDeallocDropsItems checks that a dying deque releases its items and ring.
func TestDeallocDropsItems(t *testing.T) {
	rt := modtest.NewRuntime(t)
	k := newDequeTypes(rt)
	fill := func() {
		d := k.newDeque(rt, -1)
		for i := 0; i < 1000; i++ {
			dqPushRight(rt, d, rt.NewList(0))
		}
		rt.Decref(d)
	}
	fill() // warms the list free list
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats().BlocksInUse()
	fill()
	rt.Heap().FlushQuarantine()
	if after := rt.Heap().Stats().BlocksInUse(); after > before+4 {
		t.Errorf("%d blocks still in use after the deque died", after-before)
	}
}
