package object_test

import (
	"math/big"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestMemoryViewExports checks that a bytearray refuses to change size while a
// memoryview of it is alive (BufferError), and accepts again once the views are
// released or gone.
func TestMemoryViewExports(t *testing.T) {
	rt := newRuntime(t)
	ba := rt.NewByteArray([]byte("hello"))
	defer rt.Decref(ba)
	resize := func() bool {
		x := rt.NewBytes([]byte("!"))
		defer rt.Decref(x)
		r := rt.CallMethod(ba, "extend", x)
		if r == object.Nil {
			if !rt.ErrMatchesName("BufferError") {
				t.Fatalf("extend raised %s", errString(rt))
			}
			rt.ClearErr()
			return false
		}
		rt.Decref(r)
		return true
	}
	m1 := rt.NewMemoryView(ba)
	m2 := rt.NewMemoryView(m1) // a view of the view: the bytearray's export too
	if resize() {
		t.Fatal("resized with two views alive")
	}
	if r := rt.CallMethod(m1, "release"); r == object.Nil {
		t.Fatal(errString(rt))
	} else {
		rt.Decref(r)
	}
	rt.Decref(m1)
	if resize() {
		t.Fatal("resized with one view alive")
	}
	// Writing through the view changes the bytearray, without resizing it.
	v := object.MakeSmallInt('J')
	if rt.SetItem(m2, object.MakeSmallInt(0), v) < 0 {
		t.Fatal(errString(rt))
	}
	rt.Decref(m2)
	if !resize() {
		t.Fatal("still refused after the views died")
	}
	if got := string(rt.ByteArrayData(ba)); got != "Jello!" {
		t.Fatalf("bytearray is %q", got)
	}
}

// TestMemoryViewHostileKeys indexes and slices a view with extreme keys: each
// either works or raises, and nothing panics.
func TestMemoryViewHostileKeys(t *testing.T) {
	rt := newRuntime(t)
	b := rt.NewBytes([]byte("abcdefgh"))
	defer rt.Decref(b)
	m := rt.NewMemoryView(b)
	defer rt.Decref(m)
	huge := rt.NewIntFromBig(new(big.Int).Lsh(big.NewInt(1), 100))
	defer rt.Decref(huge)
	neg := rt.NewIntFromBig(new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 100)))
	defer rt.Decref(neg)
	ints := []object.Ref{object.MakeSmallInt(0), object.MakeSmallInt(7), object.MakeSmallInt(8), object.MakeSmallInt(-8),
		object.MakeSmallInt(-9), object.MakeSmallInt(1 << 29), object.MakeSmallInt(-1 << 29), huge, neg, rt.None}
	for _, k := range ints {
		r := rt.GetItem(m, k)
		if r == object.Nil {
			rt.ClearErr()
		} else {
			rt.Decref(r)
		}
		for _, stop := range ints {
			for _, step := range ints {
				s := rt.NewSlice(k, stop, step)
				r := rt.GetItem(m, s)
				if r == object.Nil {
					rt.ClearErr()
				} else {
					if l := rt.CallMethod(r, "tobytes"); l != object.Nil {
						rt.Decref(l)
					} else {
						rt.ClearErr()
					}
					rt.Decref(r)
				}
				rt.Decref(s)
			}
		}
	}
	// Writes through a view of a bytearray, with the same keys and values of
	// every kind.
	ba := rt.NewByteArray([]byte("abcdefgh"))
	defer rt.Decref(ba)
	w := rt.NewMemoryView(ba)
	defer rt.Decref(w)
	two := rt.NewBytes([]byte("xy"))
	defer rt.Decref(two)
	vals := []object.Ref{object.MakeSmallInt(65), object.MakeSmallInt(256), object.MakeSmallInt(-1), huge, two, rt.None}
	for _, k := range ints {
		for _, v := range vals {
			if rt.SetItem(w, k, v) < 0 {
				rt.ClearErr()
			}
			s := rt.NewSlice(k, object.MakeSmallInt(2), rt.None)
			if rt.SetItem(w, s, v) < 0 {
				rt.ClearErr()
			}
			rt.Decref(s)
		}
	}
	if n := len(rt.ByteArrayData(ba)); n != 8 {
		t.Fatalf("writes through a view resized the bytearray to %d", n)
	}
}
