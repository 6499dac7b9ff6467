package object_test

import (
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// TestStrAppend checks in-place appending against plain concatenation for every
// combination of kinds: the result must be equal, hash equal, and stored in its
// smallest kind (equal strs must have equal kinds).
func TestStrAppend(t *testing.T) {
	rt := newRuntime(t)
	parts := []string{"", "a", "ab", "é", "ÿz", "日本", "x日", "\U0001f600", "a\U0001f600", "long ascii text of some size"}
	for _, a := range parts {
		for _, b := range parts {
			// Make a fresh, unshared left operand (refcount 1).
			s := rt.NewStrFromRunes([]rune(a + ""))
			if len([]rune(a)) > 1 {
				s2 := rt.NewStrFromRunes([]rune(a))
				rt.Decref(s)
				s = s2
			}
			y := rt.NewStr(b)
			if rt.StrAppend(&s, y) < 0 {
				t.Fatal(errString(rt))
			}
			want := rt.NewStr(a + b)
			if !rt.StrEqual(s, want) || rt.StrKind(s) != rt.StrKind(want) || rt.StrIsASCII(s) != rt.StrIsASCII(want) {
				t.Errorf("%q += %q: got %q (kind %d), want kind %d", a, b, rt.GoString(s), rt.StrKind(s), rt.StrKind(want))
			}
			h1, _ := rt.Hash(s)
			h2, _ := rt.Hash(want)
			if h1 != h2 {
				t.Errorf("%q += %q: hash differs", a, b)
			}
			rt.Decref(s)
			rt.Decref(y)
			rt.Decref(want)
		}
	}
	// Appending to a shared str must not change the other holder's value.
	s := rt.NewStr("shared")
	other := rt.New(s)
	x := rt.NewStr("!")
	if rt.StrAppend(&s, x) < 0 || rt.GoString(other) != "shared" || rt.GoString(s) != "shared!" {
		t.Errorf("append to a shared str: %q, %q", rt.GoString(other), rt.GoString(s))
	}
	rt.Decref(s)
	rt.Decref(other)
	rt.Decref(x)
}

// TestStrBytesLayout pins the compact layouts and caches bytes.go and
// bytes_array.go document.
func TestStrBytesLayout(t *testing.T) {
	rt := newRuntime(t)
	for _, c := range []struct {
		r    object.Ref
		size uintptr
	}{
		{rt.NewBytes([]byte("abc")), 32},
		{rt.NewBytes([]byte("0123456789abcde")), 32},
		{rt.NewBytes([]byte("0123456789abcdef")), 48},
		{rt.NewByteArray(nil), 32},
		{rt.NewStr("abc"), 32},
	} {
		if got := rt.SizeOf(c.r); got != c.size && !rt.Heap().Debug() { // the debug allocator has no size classes
			t.Errorf("%s: %d bytes, want %d", repr(t, rt, c.r), got, c.size)
		}
		rt.Decref(c.r)
	}
	a, b := rt.NewBytes([]byte{'A'}), rt.NewBytes([]byte("A"))
	if a != b || !rt.IsImmortal(a) {
		t.Errorf("one-byte bytes are not shared")
	}
	if rt.NewBytes(nil) != rt.EmptyBytes {
		t.Errorf("b'' is not rt.EmptyBytes")
	}
	s := rt.NewStr("abc")
	bs := rt.NewBytes([]byte("abc"))
	hs, _ := rt.Hash(s)
	hb, _ := rt.Hash(bs)
	if hs == hb {
		t.Errorf("hash(b'abc') == hash('abc')")
	}
	bs2 := rt.NewBytes([]byte("abc"))
	if h2, _ := rt.Hash(bs2); h2 != hb {
		t.Errorf("equal bytes hash differently")
	}
	if _, ok := rt.Hash(rt.NewByteArray([]byte("x"))); ok || !rt.ErrMatchesName("TypeError") {
		t.Errorf("a bytearray is hashable")
	}
	rt.ClearErr()
	for _, c := range []struct {
		s    string
		iter string
	}{{"abc", "str_ascii_iterator"}, {"é", "str_iterator"}} {
		str := rt.NewStr(c.s)
		it := rt.Iter(str)
		if rt.TypeNameOf(it) != c.iter {
			t.Errorf("iter(%q) is a %s", c.s, rt.TypeNameOf(it))
		}
		rt.Decref(it)
		rt.Decref(str)
	}
	for _, r := range []object.Ref{s, bs, bs2} {
		rt.Decref(r)
	}
}

// TestByteArrayGrowth checks that appending one byte at a time over-allocates as
// CPython's PyByteArray_Resize does (the sequence of __alloc__ values).
func TestByteArrayGrowth(t *testing.T) {
	rt := newRuntime(t)
	ba := rt.NewByteArray(nil)
	defer rt.Decref(ba)
	// CPython 3.11: b.__alloc__() after each b.append(0), from b = bytearray().
	want := []int{2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27, 27, 27, 27}
	for i, w := range want {
		r := rt.CallMethod(ba, "append", object.MakeSmallInt(0))
		if r == object.Nil {
			t.Fatal(errString(rt))
		}
		rt.Decref(r)
		a := rt.CallMethod(ba, "__alloc__")
		if got, _ := rt.IntAsInt64(a); int(got) != w {
			t.Errorf("after %d appends __alloc__() = %d, want %d", i+1, got, w)
		}
	}
}

// newSubclass makes a class deriving from base, as a class statement would.
func newSubclass(t *testing.T, rt *object.Runtime, name string, base *object.Type) *object.Type {
	t.Helper()
	sub := rt.NewHeapType(rt.TypeType, name, base, base.Size, object.TypeBaseType)
	if sub == nil {
		t.Fatal(errString(rt))
	}
	mro := []object.Ref{sub.Ref}
	for _, b := range rt.TupleItems(rt.TypeMRO(base)) {
		mro = append(mro, b)
	}
	rt.SetTypeSlots(sub, rt.NewDict(), rt.TupleFrom(base.Ref), rt.TupleFrom(mro...), rt.NewStr(name), rt.NewStr(name))
	rt.FinishHeapType(sub)
	return sub
}

// TestStrBytesSubclasses checks instances of subclasses of str, bytes and
// bytearray: created through the base's constructor, equal and hash-equal to the
// base's values, and turned back into exact base instances by str() and the
// methods, as in CPython.
func TestStrBytesSubclasses(t *testing.T) {
	rt := newRuntime(t)
	call := func(f object.Ref, args ...object.Ref) object.Ref {
		t.Helper()
		r := rt.Call(f, args, object.Nil)
		if r == object.Nil {
			t.Fatal(errString(rt))
		}
		return r
	}
	S := newSubclass(t, rt, "S", rt.StrType)
	abc := rt.NewStr("aé€")
	s := call(S.Ref, abc)
	if rt.TypeOf(s) != S || !rt.IsStr(s) || rt.GoString(s) != "aé€" || repr(t, rt, s) != "'aé€'" {
		t.Errorf("S('aé€') = %s of type %s", repr(t, rt, s), rt.TypeNameOf(s))
	}
	if rt.RichCompareBool(s, abc, object.EQ) != 1 {
		t.Errorf("S('aé€') != 'aé€'")
	}
	h1, _ := rt.Hash(s)
	h2, _ := rt.Hash(abc)
	if h1 != h2 {
		t.Errorf("hash(S('aé€')) != hash('aé€')")
	}
	for _, r := range []object.Ref{rt.Str(s), rt.CallMethod(s, "strip"), rt.CallMethod(s, "upper"), rt.BinaryOp(s, abc, object.OpAdd)} {
		if r == object.Nil || rt.TypeOf(r) != rt.StrType {
			t.Errorf("a str operation on an S returned a %s", rt.TypeNameOf(r))
		}
		rt.Decref(r)
	}
	rt.Decref(s)

	B := newSubclass(t, rt, "B", rt.BytesType)
	b := call(B.Ref, rt.NewStr("xy"), rt.NewStr("ascii"))
	if rt.TypeOf(b) != B || repr(t, rt, b) != "b'xy'" {
		t.Errorf("B('xy', 'ascii') = %s of type %s", repr(t, rt, b), rt.TypeNameOf(b))
	}
	fh := rt.GetAttrString(B.Ref, "fromhex")
	b2 := call(fh, rt.NewStr("7879"))
	if rt.TypeOf(b2) != B || rt.RichCompareBool(b, b2, object.EQ) != 1 {
		t.Errorf("B.fromhex('7879') = %s of type %s", repr(t, rt, b2), rt.TypeNameOf(b2))
	}
	rt.Decref(fh)
	rt.Decref(b2)
	rt.Decref(b)

	BA := newSubclass(t, rt, "BA", rt.ByteArrayType)
	ba := call(BA.Ref, rt.NewBytes([]byte("it's")))
	if got := repr(t, rt, ba); got != `BA(b"it\'s")` {
		t.Errorf("repr(BA(b\"it's\")) = %s", got)
	}
	r := rt.CallMethod(ba, "append", object.MakeSmallInt('!'))
	rt.Decref(r)
	if got := repr(t, rt, ba); got != `BA(b"it\'s!")` {
		t.Errorf("after append: %s", got)
	}
	rt.Decref(ba)
}

// TestStrBuild checks BUILD_STRING's helper against concatenation.
func TestStrBuild(t *testing.T) {
	rt := newRuntime(t)
	for _, parts := range [][]string{{}, {"a"}, {"", "é", ""}, {"ab", "日", "\U0001f600", "x"}, {"", ""}, {"x", ""}} {
		var items []object.Ref
		want := ""
		for _, p := range parts {
			items = append(items, rt.NewStr(p))
			want += p
		}
		r := rt.StrBuild(items)
		w := rt.NewStr(want)
		if !rt.StrEqual(r, w) || rt.StrKind(r) != rt.StrKind(w) || rt.StrIsASCII(r) != rt.StrIsASCII(w) {
			t.Errorf("StrBuild(%q) = %q", parts, rt.GoString(r))
		}
		for _, it := range append(items, r, w) {
			rt.Decref(it)
		}
	}
	if c, ok := object.LookupEncoding("UTF8"); !ok || c != "utf-8" {
		t.Errorf("LookupEncoding(UTF8) = %q, %v", c, ok)
	}
}

// TestStrMemoryLimit fills a heap with a limit through str, bytes and bytearray
// operations: when memory runs out each operation raises MemoryError (no panic,
// no partial object), and the heap is usable again once the objects are freed.
func TestStrMemoryLimit(t *testing.T) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.Config{Limit: 16 << 20}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	chunk := rt.NewStr(strings.Repeat("x", 1<<16))
	var kept []object.Ref
	ops := []func() object.Ref{
		func() object.Ref { return rt.BinaryOp(chunk, object.MakeSmallInt(7), object.OpMul) },
		func() object.Ref { return rt.CallMethod(chunk, "upper") },
		func() object.Ref { return rt.CallMethod(chunk, "encode", rt.NewStr("utf-16")) },
		func() object.Ref { return rt.CallMethod(chunk, "center", object.MakeSmallInt(1<<18)) },
		func() object.Ref { return rt.NewByteArray(make([]byte, 1<<17)) },
	}
	failed := 0
	for i := 0; i < 10000 && failed < 20; i++ {
		r := ops[i%len(ops)]()
		if r == object.Nil {
			if !rt.ErrMatchesName("MemoryError") {
				t.Fatalf("op %d failed with %s", i%len(ops), errString(rt))
			}
			rt.ClearErr()
			failed++
			continue
		}
		kept = append(kept, r)
	}
	if failed == 0 {
		t.Fatalf("16 MiB never ran out (%d objects kept)", len(kept))
	}
	for _, r := range kept {
		rt.Decref(r)
	}
	r := rt.BinaryOp(chunk, object.MakeSmallInt(7), object.OpMul)
	if r == object.Nil {
		t.Fatalf("after freeing: %s", errString(rt))
	}
	rt.Decref(r)
	rt.Decref(chunk)
}

// TestNewStrWTF8 checks that lone surrogates survive GoString and NewStrWTF8.
func TestNewStrWTF8(t *testing.T) {
	rt := newRuntime(t)
	for _, cps := range [][]rune{{}, {'a'}, {0xD800}, {'a', 0xDFFF, 'b'}, {0xE9, 0xD83D, 0xDE00, 0x1F600}, {0xDBFF, 0xDC00}} {
		s := rt.NewStrFromRunes(cps)
		back := rt.NewStrWTF8(rt.GoString(s))
		if !rt.StrEqual(s, back) {
			t.Errorf("%U: round trip gave %q", cps, rt.GoString(back))
		}
		rt.Decref(s)
		rt.Decref(back)
	}
	bad := rt.NewStrWTF8("a\xffb\xe2\x82")
	if got := repr(t, rt, bad); got != "'a\ufffdb\ufffd'" {
		t.Errorf("invalid bytes: %s", got)
	}
	rt.Decref(bad)
}
