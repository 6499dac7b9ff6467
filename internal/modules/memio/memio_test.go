package memio

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/builtins"
	"github.com/pyheap/pyheap/internal/modules/sys"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// runPy runs src in a new interpreter that has the _memio module, with a heap
// limit (0: none); it returns stdout and stderr.
func runPy(t *testing.T, src string, limit uintptr) (string, string) {
	t.Helper()
	hc := heap.ConfigFromEnv()
	hc.Limit = limit
	var out, errb bytes.Buffer
	in, err := vm.New(vm.Config{Runtime: object.Config{Heap: hc}, Stdout: &out, Stderr: &errb,
		Modules: map[string]vm.ModuleInit{"_memio": func(in *vm.Interp) Ref { return New(in.RT) }}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	builtins.Install(in)
	sys.Install(in)
	in.RunMain("test.py", []byte(src))
	return out.String(), errb.String()
}

func latin1(s string) []byte { return []byte(s) }

func ucs4(s string) []byte {
	rs := []rune(s)
	b := make([]byte, 4*len(rs))
	for i, r := range rs {
		*(*rune)(unsafe.Pointer(&b[4*i])) = r
	}
	return b
}

func fromUCS4(b []byte) string {
	rs := make([]rune, len(b)/4)
	for i := range rs {
		rs[i] = *(*rune)(unsafe.Pointer(&b[4*i]))
	}
	return string(rs)
}

func TestLineEnd(t *testing.T) {
	cases := []struct {
		text string
		mode int
		want int
	}{
		{"abc", nlLF, -1},
		{"ab\ncd", nlLF, 3},
		{"ab\r\ncd", nlLF, 4},
		{"ab\rcd", nlLF, -1},
		{"ab\ncd", nlNone, 3},
		{"ab\rcd", nlCR, 3},
		{"ab\ncd", nlCR, -1},
		{"ab\r\ncd", nlCRLF, 4},
		{"ab\rcd\r\n", nlCRLF, 7},
		{"ab\r", nlCRLF, -1},
		{"ab\r", nlEmpty, 3},
		{"ab\r\n", nlEmpty, 4},
		{"ab\n\r", nlEmpty, 3},
		{"\rx", nlEmpty, 1},
		{"", nlEmpty, -1},
	}
	for _, c := range cases {
		if got := lineEndIn(latin1(c.text), c.mode); got != c.want {
			t.Errorf("lineEndIn(%q, %d) bytes = %d, want %d", c.text, c.mode, got, c.want)
		}
		if got := lineEndIn([]rune(c.text), c.mode); got != c.want {
			t.Errorf("lineEndIn(%q, %d) runes = %d, want %d", c.text, c.mode, got, c.want)
		}
	}
}

func TestNewlineCounts(t *testing.T) {
	cases := []struct {
		text         string
		lf, cr, crlf int
	}{
		{"", 0, 0, 0},
		{"a\nb\n", 2, 0, 0},
		{"a\r\nb\rc\n\r", 1, 2, 1},
		{"\r\r\n\n", 1, 1, 1},
		{"é€\r\n", 0, 0, 1},
	}
	for _, c := range cases {
		n := len([]rune(c.text))
		data, kind := ucs4(c.text), 4
		if strings.IndexFunc(c.text, func(r rune) bool { return r > 0xff }) < 0 {
			data, kind = []byte(string(latin1Runes(c.text))), 1
		}
		lf, cr, crlf := newlineCounts(data, kind, n)
		if lf != c.lf || cr != c.cr || crlf != c.crlf {
			t.Errorf("newlineCounts(%q) = %d %d %d, want %d %d %d", c.text, lf, cr, crlf, c.lf, c.cr, c.crlf)
		}
	}
}

// latin1Runes encodes s (all below U+0100) one byte a character.
func latin1Runes(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestTranslate(t *testing.T) {
	cases := []struct {
		text string
		mode int
		want string
	}{
		{"a\nb", nlLF, "a\nb"},
		{"a\r\nb\rc\n", nlNone, "a\nb\nc\n"},
		{"a\nb", nlCR, "a\rb"},
		{"a\nb\n", nlCRLF, "a\r\nb\r\n"},
		{"a\r\nb", nlEmpty, "a\r\nb"},
		{"€\r\n", nlNone, "€\n"},
		{"€\n", nlCRLF, "€\r\n"},
	}
	for _, c := range cases {
		n := len([]rune(c.text))
		want := []rune(c.want)
		dst := make([]byte, 4*len(want))
		translate(dst, 4, ucs4(c.text), 4, n, c.mode)
		if got := fromUCS4(dst); got != c.want {
			t.Errorf("translate(%q, %d) to UCS-4 = %q, want %q", c.text, c.mode, got, c.want)
		}
		if strings.ContainsRune(c.text, '€') {
			continue
		}
		dst = make([]byte, len(want))
		translate(dst, 1, latin1(c.text), 1, n, c.mode)
		if string(dst) != c.want {
			t.Errorf("translate(%q, %d) to Latin-1 = %q, want %q", c.text, c.mode, dst, c.want)
		}
	}
}

// TestGrowAmortised checks that appending one unit at a time reallocates the
// buffer only logarithmically often.
func TestGrowAmortised(t *testing.T) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, unit := range []int{1, 4} {
		var st state
		grows := 0
		for n := int64(1); n <= 200000; n++ {
			c := st.cap
			if !grow(rt, &st, n, unit) {
				t.Fatal("grow failed")
			}
			if st.cap != c {
				grows++
			}
		}
		if grows > 40 {
			t.Errorf("unit %d: %d reallocations for 200000 appends", unit, grows)
		}
		release(rt, &st)
	}
}

// TestHostile runs calls with bad arguments and extreme sizes: each must raise
// a Python exception, never crash, and the interpreter must go on.
func TestHostile(t *testing.T) {
	src := `
from _memio import StringIO, BytesIO, UnsupportedOperation
def t(f):
    try:
        f()
    except (MemoryError, OverflowError, ValueError, TypeError, OSError) as e:
        return type(e).__name__ if type(e) is not UnsupportedOperation or isinstance(e, (OSError, ValueError)) else "?"
    return "ok"
s = StringIO()
out = []
out.append(t(lambda: (s.seek(2**31 - 1), s.write("x"))))
out.append(t(lambda: (s.seek(2**40), s.write("x"))))
out.append(t(lambda: s.seek(2**63)))
out.append(t(lambda: s.seek(0, 2**40)))
out.append(t(lambda: s.read(2**62)))
out.append(t(lambda: s.readline(-2**62)))
out.append(t(lambda: (s.seek(100000000), s.write("\u20ac"))))
out.append(t(lambda: s.truncate(2**62)))
out.append(t(lambda: StringIO(newline=object())))
out.append(t(lambda: StringIO("x" * 10, "\r\n").__init__(5)))
b = BytesIO()
out.append(t(lambda: (b.seek(2**31), b.write(b"x"))))
out.append(t(lambda: (b.seek(2**62, 0), b.seek(2**62, 1), b.seek(2**62, 1))))
out.append(t(lambda: b.readlines(2**80)))
out.append(t(lambda: (b.seek(60000000), b.write(b"y"))))
out.append(t(lambda: b.fileno()))
s = StringIO("abc")
s.close()
out.append(t(lambda: s.__init__("again")))
out.append(s.getvalue())
print(out)
`
	out, errs := runPy(t, src, 64<<20)
	want := "['MemoryError', 'MemoryError', 'OverflowError', 'OverflowError', 'ok', 'ok', 'MemoryError', 'ok', " +
		"'TypeError', 'TypeError', 'MemoryError', 'OverflowError', 'OverflowError', 'ok', 'UnsupportedOperation', 'ok', 'again']\n"
	if out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}

// TestLinear checks that a long run of small writes ends with the right text and
// that the stream's memory is returned when it dies.
func TestLinear(t *testing.T) {
	src := `
from _memio import StringIO, BytesIO
s = StringIO()
for i in range(100000):
    s.write(str(i)); s.write(",")
v = s.getvalue()
print(len(v), v[:12], v[-8:])
s.write("\u0100")
print(len(s.getvalue()), s.getvalue()[-3:])
b = BytesIO()
for i in range(100000):
    b.write(b"ab")
print(len(b.getvalue()))
`
	out, errs := runPy(t, src, 0)
	want := "588890 0,1,2,3,4,5, 8,99999,\n588891 9,\u0100\n200000\n"
	if out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}

// FuzzTranslate checks writeStr's length arithmetic against the copy: for any
// text and mode, translate fills exactly the length translation computes, in
// both buffer widths, with the text CPython's replacements give.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{"", "a\nb", "\r\n\r", "x\r", "\n\n\r\r\n", "é€\r\n😀\r"} {
		for mode := 0; mode < 5; mode++ {
			f.Add(s, uint8(mode))
		}
	}
	f.Fuzz(func(t *testing.T, text string, m uint8) {
		mode := int(m % 5)
		runes := []rune(text)
		n := len(runes)
		want := string(runes)
		switch mode {
		case nlNone:
			want = strings.ReplaceAll(strings.ReplaceAll(want, "\r\n", "\n"), "\r", "\n")
		case nlCR:
			want = strings.ReplaceAll(want, "\n", "\r")
		case nlCRLF:
			want = strings.ReplaceAll(want, "\n", "\r\n")
		}
		src := ucs4(string(runes))
		lf, cr, crlf := newlineCounts(src, 4, n)
		tr, out := translation(mode, n, lf, cr, crlf)
		if out != len([]rune(want)) {
			t.Fatalf("%q mode %d: length %d, want %d", text, mode, out, len([]rune(want)))
		}
		dst := make([]byte, 4*out)
		translate(dst, 4, src, 4, n, tr)
		if got := fromUCS4(dst); got != want {
			t.Fatalf("%q mode %d: UCS-4 %q, want %q", text, mode, got, want)
		}
		narrow := true
		for _, r := range runes {
			narrow = narrow && r < 0x100
		}
		if !narrow {
			return
		}
		src1 := make([]byte, n)
		for i, r := range runes {
			src1[i] = byte(r)
		}
		if l1, c1, cl1 := newlineCounts(src1, 1, n); l1 != lf || c1 != cr || cl1 != crlf {
			t.Fatalf("%q: Latin-1 counts %d %d %d, UCS-4 %d %d %d", text, l1, c1, cl1, lf, cr, crlf)
		}
		dst1 := make([]byte, out)
		translate(dst1, 1, src1, 1, n, tr)
		if got := string(latin1ToRunes(dst1)); got != want {
			t.Fatalf("%q mode %d: Latin-1 %q, want %q", text, mode, got, want)
		}
	})
}

func latin1ToRunes(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

// TestBorrowedReleased checks that a stream drops its reference to a borrowed
// initial value whichever way it ends: death, a write, close, a new __init__.
func TestBorrowedReleased(t *testing.T) {
	src := `
import sys
from _memio import StringIO, BytesIO
for v, cls in (("abc" * 100, StringIO), (b"abc" * 100, BytesIO)):
    n = sys.getrefcount(v)
    s = cls(v); s.read(); s.getvalue(); del s
    s = cls(v); s.read(2); s.write(v[:2]); del s
    s = cls(v); s.close()
    s.__init__(v); s.__init__(v[:5]); del s
    s = cls(v); s.truncate(3); r = s.getvalue(); del s
    print(cls.__name__, sys.getrefcount(v) - n, r)
`
	out, errs := runPy(t, src, 0)
	want := "StringIO 0 abc\nBytesIO 0 b'abc'\n"
	if out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}
