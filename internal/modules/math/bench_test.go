package math_test

import (
	"testing"

	mathmod "github.com/pyheap/pyheap/internal/modules/math"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	"github.com/pyheap/pyheap/internal/object"
)

func benchCall(b *testing.B, name string, args ...float64) {
	rt := modtest.NewRuntime(b)
	m := mathmod.New(rt)
	f := rt.GetAttrString(m, name)
	var refs []object.Ref
	for _, a := range args {
		refs = append(refs, rt.NewFloat(a))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := rt.Call(f, refs, object.Nil)
		rt.Decref(r)
	}
}

func BenchmarkSin(b *testing.B)  { benchCall(b, "sin", 1.2345) }
func BenchmarkExp(b *testing.B)  { benchCall(b, "exp", 1.2345) }
func BenchmarkLog(b *testing.B)  { benchCall(b, "log", 1.2345) }
func BenchmarkPow(b *testing.B)  { benchCall(b, "pow", 1.2345, 2.5) }
func BenchmarkSqrt(b *testing.B) { benchCall(b, "sqrt", 1.2345) }
