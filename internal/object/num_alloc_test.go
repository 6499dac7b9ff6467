package object_test

import (
	"math/big"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestSmallIntNoAlloc checks that arithmetic whose operands and results are small
// ints touches neither the private heap nor Go's.
func TestSmallIntNoAlloc(t *testing.T) {
	rt := newRuntime(t)
	a, b := object.MakeSmallInt(123456), object.MakeSmallInt(-789)
	ops := []object.BinaryOperator{object.OpAdd, object.OpSub, object.OpMul, object.OpFloorDiv, object.OpMod,
		object.OpAnd, object.OpOr, object.OpXor}
	run := func() {
		for _, op := range ops {
			r := rt.BinaryOp(a, b, op)
			if !r.IsSmallInt() {
				t.Fatalf("op %d: %v is not a small int", op, r)
			}
		}
		if r := rt.BinaryOp(a, object.MakeSmallInt(3), object.OpLshift); !r.IsSmallInt() {
			t.Fatal("<< 3 is not a small int")
		}
		if r := rt.RichCompare(a, b, object.LT); r != rt.False {
			t.Fatal("123456 < -789")
		}
		for _, op := range []object.UnaryOperator{object.OpNeg, object.OpPos, object.OpAbs, object.OpInvert} {
			if r := rt.UnaryOp(b, op); !r.IsSmallInt() {
				t.Fatalf("unary %d is not a small int", op)
			}
		}
		if h, _ := rt.Hash(b); h != -789 {
			t.Fatal("hash(-789)")
		}
	}
	run()
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats()
	for range 1000 {
		run()
	}
	if after := rt.Heap().Stats(); after != before {
		t.Errorf("small-int arithmetic changed the heap: %d → %d blocks", before.BlocksInUse(), after.BlocksInUse())
	}
	if n := testing.AllocsPerRun(100, run); n != 0 {
		t.Errorf("small-int arithmetic makes %v Go allocations per run", n)
	}
	// A result that leaves the small range is a heap int; one that comes back is small.
	big1 := rt.BinaryOp(object.MakeSmallInt(object.SmallIntMax), object.MakeSmallInt(1), object.OpAdd)
	if big1.IsSmallInt() || repr(t, rt, big1) != "1073741824" {
		t.Errorf("2**30 = %v", big1)
	}
	back := rt.BinaryOp(big1, object.MakeSmallInt(1), object.OpSub)
	if back != object.MakeSmallInt(object.SmallIntMax) {
		t.Errorf("2**30 - 1 is not the small int")
	}
	rt.Decref(big1)
	huge := rt.NewIntFromBig(new(big.Int).Lsh(big.NewInt(1), 200))
	neg := rt.UnaryOp(huge, object.OpNeg)
	sum := rt.BinaryOp(huge, neg, object.OpAdd)
	if sum != object.MakeSmallInt(0) {
		t.Errorf("2**200 - 2**200 is not the small int 0")
	}
	rt.Decref(huge)
	rt.Decref(neg)
}

// TestFloatFreeList checks that a freed float is reused without reaching the pool
// allocator.
func TestFloatFreeList(t *testing.T) {
	rt := newRuntime(t)
	f := rt.NewFloat(1.5)
	rt.Decref(f)
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats()
	g := rt.NewFloat(2.5)
	if g != f {
		t.Errorf("a float was not reused from the free list")
	}
	if after := rt.Heap().Stats(); after != before {
		t.Errorf("reusing a float changed the heap: %d → %d blocks", before.BlocksInUse(), after.BlocksInUse())
	}
	// x*y in a loop: each result replaces the previous one through the free list.
	x, y := rt.NewFloat(1.0000001), rt.NewFloat(0.9999999)
	acc := rt.NewFloat(1)
	step := func() {
		r := rt.BinaryOp(acc, x, object.OpMul)
		rt.Decref(acc)
		acc = rt.BinaryOp(r, y, object.OpMul)
		rt.Decref(r)
	}
	step()
	before = rt.Heap().Stats()
	for range 1000 {
		step()
	}
	if after := rt.Heap().Stats(); after != before {
		t.Errorf("float arithmetic changed the heap: %d → %d blocks", before.BlocksInUse(), after.BlocksInUse())
	}
	if n := testing.AllocsPerRun(100, step); n != 0 {
		t.Errorf("float multiplication makes %v Go allocations per run", n)
	}
	for _, r := range []object.Ref{g, x, y, acc} {
		rt.Decref(r)
	}
}

// TestNumMisc covers what the golden cases cannot: NaN hashes, identity of small
// results, bool results of bool operators, int_max_str_digits.
func TestNumMisc(t *testing.T) {
	rt := newRuntime(t)
	nan := rt.Call(rt.FloatType.Ref, []object.Ref{rt.NewStr("nan")}, object.Nil)
	if h, _ := rt.Hash(nan); h != object.HashPointer(nan) {
		t.Errorf("hash(nan) = %d, not its identity hash", h)
	}
	rt.Decref(nan)
	if r := rt.BinaryOp(rt.True, rt.False, object.OpOr); r != rt.True {
		t.Errorf("True | False is not True")
	}
	if r := rt.BinaryOp(rt.True, object.MakeSmallInt(1), object.OpAnd); r != object.MakeSmallInt(1) {
		t.Errorf("True & 1 is not the int 1")
	}
	rt.SetIntMaxStrDigits(0)
	p := rt.BinaryOp(object.MakeSmallInt(10), object.MakeSmallInt(5000), object.OpPow)
	if s := repr(t, rt, p); len(s) != 5001 {
		t.Errorf("repr(10**5000) has %d digits with no limit", len(s))
	}
	rt.SetIntMaxStrDigits(4300)
	if rt.Repr(p) != object.Nil || !rt.ErrMatchesName("ValueError") {
		t.Errorf("repr(10**5000) does not raise ValueError")
	}
	rt.ClearErr()
	rt.Decref(p)
}

func BenchmarkIntAddSmall(b *testing.B) {
	rt := newRuntime(b)
	x := object.MakeSmallInt(1)
	acc := object.MakeSmallInt(0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		acc = rt.BinaryOp(acc, x, object.OpAdd)
		if acc == object.MakeSmallInt(1<<20) {
			acc = object.MakeSmallInt(0)
		}
	}
}

func BenchmarkIntAddSmallSlot(b *testing.B) {
	rt := newRuntime(b)
	add := rt.IntType.Number.Add
	x := object.MakeSmallInt(1)
	acc := object.MakeSmallInt(0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		acc = add(rt, acc, x)
		if acc == object.MakeSmallInt(1<<20) {
			acc = object.MakeSmallInt(0)
		}
	}
}

func BenchmarkIntAddInt64(b *testing.B) {
	rt := newRuntime(b)
	x := rt.NewInt(1 << 40)
	y := rt.NewInt(3)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpAdd))
	}
}

func BenchmarkIntAddBig(b *testing.B) {
	rt := newRuntime(b)
	x := rt.NewIntFromBig(new(big.Int).Lsh(big.NewInt(3), 200))
	y := rt.NewIntFromBig(new(big.Int).Lsh(big.NewInt(5), 190))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpAdd))
	}
}

func BenchmarkFloatMul(b *testing.B) {
	rt := newRuntime(b)
	x, y := rt.NewFloat(1.5), rt.NewFloat(0.75)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpMul))
	}
}

func BenchmarkFloatPow(b *testing.B) {
	rt := newRuntime(b)
	x, y := rt.NewFloat(1.5), rt.NewFloat(2.7)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpPow))
	}
}

func BenchmarkFloatPowHalf(b *testing.B) {
	rt := newRuntime(b)
	x, y := rt.NewFloat(1.7), rt.NewFloat(-1.5)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpPow))
	}
}

func BenchmarkFloatPowInt(b *testing.B) {
	rt := newRuntime(b)
	x, y := rt.NewFloat(1.7), rt.NewFloat(3)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Decref(rt.BinaryOp(x, y, object.OpPow))
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = object.FloatRepr(0.1 * float64(i))
	}
}
