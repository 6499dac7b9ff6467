package compile

import (
	"bytes"
	"math/big"
	"reflect"
	"testing"

	"github.com/pyheap/pyheap/internal/syntax"
)

// marshalCases cover every kind of constant, nested units, cells and free
// variables, multi-line expressions and unusual columns.
var marshalCases = []string{
	"pass\n",
	"x = 1 + 2\n",
	"a = (None, True, False, -7, 1 << 80, -(1 << 90), 2.5, -0.0, 'héllo', b'\\x00\\xff', ..., ('t', (1, 2.0)))\n",
	"def outer(p, /, q, *args, r=1, **kw):\n    n = p\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n",
	"class C:\n    'doc'\n    def m(self, *, k):\n        return [i * k for i in range(3) if i]\n",
	"total = (1 +\n    2 +\n        3)\nprint(total,\n      sep='')\n",
	"try:\n    pass\nexcept (KeyError, ValueError) as e:\n    raise\nfinally:\n    y = lambda: 0\n",
	"def g():\n    x = yield 1\n    yield from range(x)\n",
	"with open('f') as f, open('g') as g:\n    f.write(g.read(), end=f'{1!r:>4}')\n",
}

func TestMarshalRoundTrip(t *testing.T) {
	for _, src := range marshalCases {
		c, err := Compile("<test>", []byte(src), Exec)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		data := Marshal(c)
		back, err := Unmarshal(string(data), []byte(src))
		if err != nil {
			t.Fatalf("%q: Unmarshal: %v", src, err)
		}
		if got, want := back.Disassemble(), c.Disassemble(); got != want {
			t.Errorf("%q: read back as\n%s\nwant\n%s", src, got, want)
		}
		if !bytes.Equal(Marshal(back), data) {
			t.Errorf("%q: marshaling what was read back gives other bytes", src)
		}
		var compare func(a, b *Code)
		compare = func(a, b *Code) {
			if !reflect.DeepEqual(a.Locs(), b.Locs()) || a.Locations != b.Locations {
				t.Errorf("%q %s: locations differ", src, a.QualName)
			}
			if a.FirstLine != b.FirstLine || a.ArgCount != b.ArgCount || a.PosOnlyCount != b.PosOnlyCount ||
				a.KwOnlyCount != b.KwOnlyCount || a.Flags != b.Flags || a.StackSize != b.StackSize ||
				!reflect.DeepEqual(a.Cell2Arg, b.Cell2Arg) || a.Filename != b.Filename {
				t.Errorf("%q %s: fields differ", src, a.QualName)
			}
			if !bytes.Equal(b.Source, []byte(src)) {
				t.Errorf("%q %s: Source not set", src, a.QualName)
			}
			for i, k := range a.Consts {
				switch k := k.(type) {
				case *Code:
					compare(k, b.Consts[i].(*Code))
				case *big.Int:
					if k.Cmp(b.Consts[i].(*big.Int)) != 0 {
						t.Errorf("%q: big int %v read back as %v", src, k, b.Consts[i])
					}
				case float64:
					if f := b.Consts[i].(float64); f != k || (1/f > 0) != (1/k > 0) {
						t.Errorf("%q: float %v read back as %v", src, k, f)
					}
				case syntax.Bytes:
					if b.Consts[i].(syntax.Bytes) != k {
						t.Errorf("%q: bytes %q read back as %q", src, k, b.Consts[i])
					}
				}
			}
		}
		compare(c, back)
	}
}

// TestUnmarshalCorrupt: input Marshal did not write is an error, never a panic or
// a hang: every truncation and every single-byte change of a real unit.
func TestUnmarshalCorrupt(t *testing.T) {
	src := marshalCases[3]
	c, err := Compile("<test>", []byte(src), Exec)
	if err != nil {
		t.Fatal(err)
	}
	data := Marshal(c)
	for n := 0; n < len(data); n++ {
		if _, err := Unmarshal(string(data[:n]), nil); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	if _, err := Unmarshal(string(data)+"x", nil); err == nil {
		t.Fatal("trailing byte: no error")
	}
	for i := range data {
		for _, b := range []byte{0x00, 0x7f, 0x80, 0xff} {
			mod := append([]byte(nil), data...)
			mod[i] = b
			_, _ = Unmarshal(string(mod), nil) // must return
		}
	}
	if _, err := Unmarshal("pyheap-code\x00\x02", nil); err == nil {
		t.Fatal("another format version: no error")
	}
}

func TestLocations(t *testing.T) {
	for _, tc := range []struct {
		name string
		locs []Loc
	}{
		{"none", nil},
		{"one", []Loc{{1, 1, 0, 5}}},
		{"runs", []Loc{{3, 3, 4, 9}, {3, 3, 4, 9}, {3, 5, 0, 1}, {1, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 0, 0}, {70000, 70001, 1000, 2}}},
		{"negative columns", []Loc{{2, 2, -1, -1}, {2, 2, 0, 0}}},
	} {
		c := &Code{Instrs: make([]uint32, len(tc.locs)), Locations: EncodeLocations(tc.locs)}
		got := c.Locs()
		if len(tc.locs) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.locs) {
			t.Errorf("%s: Locs() = %v, want %v", tc.name, got, tc.locs)
		}
		for pc, want := range tc.locs {
			if l, ok := c.Loc(pc); !ok || l != want {
				t.Errorf("%s: Loc(%d) = %v %v, want %v", tc.name, pc, l, ok, want)
			}
		}
		if _, ok := c.Loc(len(tc.locs)); ok {
			t.Errorf("%s: Loc past the end found one", tc.name)
		}
		if _, ok := c.Loc(-1); ok {
			t.Errorf("%s: Loc(-1) found one", tc.name)
		}
	}
}

func TestUnmarshalStale(t *testing.T) {
	src := "x = 1\n"
	c, err := Compile("<test>", []byte(src), Exec)
	if err != nil {
		t.Fatal(err)
	}
	data := string(Marshal(c))
	if _, err := Unmarshal(data, []byte("x = 12\n")); err != errStale {
		t.Fatalf("another source: err %v, want errStale", err)
	}
	if _, err := Unmarshal(data, []byte(src)); err != nil {
		t.Fatal(err)
	}
}
