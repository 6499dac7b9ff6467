package json_test

import (
	"fmt"
	"strings"
	"testing"

	jsonmod "github.com/pyheap/pyheap/internal/modules/json"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	"github.com/pyheap/pyheap/internal/object"
)

// mod is the _json module with helpers calling its functions.
type mod struct {
	t  testing.TB
	rt *object.Runtime
	m  object.Ref
}

func newMod(t testing.TB) *mod {
	rt := modtest.NewRuntime(t)
	m := jsonmod.New(rt)
	if m == object.Nil {
		t.Fatal("_json not built")
	}
	t.Cleanup(func() { rt.Decref(m) })
	return &mod{t, rt, m}
}

func (m *mod) call(name string, args ...object.Ref) object.Ref {
	f := m.rt.GetAttrString(m.m, name)
	defer m.rt.Decref(f)
	return m.rt.Call(f, args, object.Nil)
}

// scan decodes src with the default hooks; it returns the value's repr and end,
// or the syntax error as "msg@pos", or the exception as "!Type: msg".
func (m *mod) scan(src string, strict bool) string {
	rt := m.rt
	s := rt.NewStrWTF8(src)
	defer rt.Decref(s)
	n := rt.NewInt(0)
	r := m.call("scan", s, n, rt.NewBool(strict), rt.None, rt.None, rt.None, rt.None, rt.None)
	if r == object.Nil {
		return "!" + m.errText()
	}
	defer rt.Decref(r)
	it := rt.TupleItems(r)
	if it[2] != rt.None {
		end, _ := rt.IntAsInt64(it[1])
		return fmt.Sprintf("%s@%d", rt.GoString(it[2]), end)
	}
	rep := rt.Repr(it[0])
	if rep == object.Nil {
		return "!" + m.errText()
	}
	defer rt.Decref(rep)
	end, _ := rt.IntAsInt64(it[1])
	return fmt.Sprintf("%s #%d", rt.GoString(rep), end)
}

func (m *mod) errText() string {
	rt := m.rt
	e := rt.Err()
	name := rt.TypeNameOf(e)
	s := rt.Str(e)
	rt.ClearErr()
	if s == object.Nil {
		rt.ClearErr()
		return name
	}
	defer rt.Decref(s)
	return name + ": " + rt.GoString(s)
}

// encode decodes src, then encodes the value with the given options.
func (m *mod) encode(src string, sortKeys bool, indent object.Ref, ascii bool) string {
	rt := m.rt
	s := rt.NewStrWTF8(src)
	defer rt.Decref(s)
	r := m.call("scan", s, rt.NewInt(0), rt.True, rt.None, rt.None, rt.None, rt.None, rt.None)
	if r == object.Nil {
		return "!" + m.errText()
	}
	defer rt.Decref(r)
	v := rt.TupleItems(r)[0]
	if v == rt.None && rt.TupleItems(r)[2] != rt.None {
		return "!syntax"
	}
	item := ", "
	if indent != rt.None {
		item = ","
	}
	sep1, sep2 := rt.NewStr(": "), rt.NewStr(item)
	defer rt.Decref(sep1)
	defer rt.Decref(sep2)
	out := m.call("encode", v, rt.False, rt.NewBool(ascii), rt.True, rt.True, rt.NewBool(sortKeys), indent, sep1, sep2, rt.None, rt.False)
	if out == object.Nil {
		return "!" + m.errText()
	}
	defer rt.Decref(out)
	return rt.GoString(out)
}

func TestScan(t *testing.T) {
	m := newMod(t)
	cases := []struct {
		src    string
		strict bool
		want   string
	}{
		{"", true, "Expecting value@0"},
		{"  ", true, "Expecting value@0"},
		{"null", true, "None #4"},
		{"[true, false, null]", true, "[True, False, None] #19"},
		{"-0", true, "0 #2"},
		{"12345678901234567890123", true, "12345678901234567890123 #23"},
		{"1.5e3", true, "1500.0 #5"},
		{"1e999", true, "inf #5"},
		{"[NaN, -Infinity]", true, "[nan, -inf] #16"},
		{`{"a": 1, "a": 2}`, true, "{'a': 2} #16"},
		{`"\u00e9\ud83d\ude00"`, true, "'é😀' #20"},
		{`"\ud800"`, true, `'\ud800' #8`},
		{"\"a\tb\"", true, "Invalid control character at@2"},
		{"\"a\tb\"", false, "'a\\tb' #5"},
		{`{"a" 1}`, true, "Expecting ':' delimiter@5"},
		{`{"a": 1,}`, true, "Expecting property name enclosed in double quotes@8"},
		{"[1 2]", true, "Expecting ',' delimiter@3"},
		{"[1,]", true, "Expecting value@3"},
		{`"abc`, true, "Unterminated string starting at@0"},
		{`"\x"`, true, `Invalid \escape@1`},
		{`"\u12"`, true, `Invalid \uXXXX escape@2`},
		{"[1] x", true, "[1] #3"},
		{"€[\"ü\", 1]", true, "Expecting value@0"},
		{strings.Repeat("[", 5000), true, "!RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string"},
		{strings.Repeat(`{"k":`, 5000), true, "!RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string"},
	}
	for _, c := range cases {
		if got := m.scan(c.src, c.strict); got != c.want {
			t.Errorf("scan(%q) = %q, want %q", truncate(c.src), got, c.want)
		}
	}
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func TestEncode(t *testing.T) {
	m := newMod(t)
	rt := m.rt
	two := rt.NewStr("  ")
	defer rt.Decref(two)
	cases := []struct {
		src      string
		sortKeys bool
		indent   object.Ref
		ascii    bool
		want     string
	}{
		{`[1, 2.5, "x", null, true]`, false, rt.None, true, `[1, 2.5, "x", null, true]`},
		{`{"b": 1, "a": [1e16, 0.1, -0.0]}`, true, rt.None, true, `{"a": [1e+16, 0.1, -0.0], "b": 1}`},
		{`{"a": [1, {}], "b": []}`, false, two, true, "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}"},
		{`"é\u0001\ud83d\ude00\ud800"`, false, rt.None, true, `"\u00e9\u0001\ud83d\ude00\ud800"`},
		{`"é\u0001\ud83d\ude00"`, false, rt.None, false, "\"é\\u0001😀\""},
		{`[NaN, Infinity]`, false, rt.None, true, `[NaN, Infinity]`},
	}
	for _, c := range cases {
		if got := m.encode(c.src, c.sortKeys, c.indent, c.ascii); got != c.want {
			t.Errorf("encode(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestCircular encodes a list that contains itself.
func TestCircular(t *testing.T) {
	m := newMod(t)
	rt := m.rt
	l := rt.NewList(0)
	defer rt.Decref(l)
	rt.ListAppend(l, l)
	sep := rt.NewStr(",")
	defer rt.Decref(sep)
	for _, check := range []bool{true, false} {
		r := m.call("encode", l, rt.False, rt.True, rt.NewBool(check), rt.True, rt.False, rt.None, sep, sep, rt.None, rt.False)
		if r != object.Nil {
			t.Fatalf("circular list encoded as %q", rt.GoString(r))
		}
		want := "ValueError: Circular reference detected"
		if !check {
			want = "RecursionError: maximum recursion depth exceeded while encoding a JSON object"
		}
		if got := m.errText(); got != want {
			t.Errorf("check_circular=%v: %s, want %s", check, got, want)
		}
	}
	rt.ListItems(l)[0] = rt.None // break the cycle without a decref of l itself
}

// FuzzScan decodes arbitrary text: it must never panic, and what it decodes must
// encode to text that decodes to the same encoding.
func FuzzScan(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5e-3, "x\u00e9", null]}`, `[[[]]]`, `"\ud800\udc00"`, `-0.0e+1`,
		`{"k": {"k": {}}}`, "[1,\n 2]", `"\\"`, `NaN`, `1e400`, "\"\x01\"", `[1,]`} {
		f.Add(s, true)
	}
	m := newMod(f)
	f.Fuzz(func(t *testing.T, src string, strict bool) {
		rt := m.rt
		got := m.scan(src, strict)
		if rt.Occurred() {
			t.Fatalf("exception left set after %q", src)
		}
		if strings.HasPrefix(got, "!") && !strings.HasPrefix(got, "!RecursionError") && !strings.HasPrefix(got, "!ValueError: Exceeds") {
			t.Fatalf("scan(%q) raised %s", src, got)
		}
		if strings.Contains(got, " #") && !strings.HasPrefix(got, "!") {
			once := m.encode(src, false, rt.None, true)
			if strings.HasPrefix(once, "!") {
				return // e.g. the value's str() is too long an int
			}
			if twice := m.encode(once, false, rt.None, true); twice != once {
				t.Fatalf("re-encoding %q: %q then %q", src, once, twice)
			}
		}
	})
}

func benchDoc() string {
	var b strings.Builder
	b.WriteString(`{"rows": [`)
	for i := 0; i < 6000; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `{"id": %d, "name": "user%d", "score": %g, "active": %v, "tags": ["a", "b", "café"], "geo": [%d.5, -%d.25], "note": null}`,
			i, i*7, float64(i)/7, i%3 == 0, i%180, i%90)
	}
	b.WriteString("]}")
	return b.String()
}

// BenchmarkLoads and BenchmarkDumps decode and encode a document of about 1 MB.
func BenchmarkLoads(b *testing.B) {
	m := newMod(b)
	rt := m.rt
	doc := benchDoc()
	s := rt.NewStr(doc)
	defer rt.Decref(s)
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := m.call("scan", s, rt.NewInt(0), rt.True, rt.None, rt.None, rt.None, rt.None, rt.None)
		if r == object.Nil {
			b.Fatal(m.errText())
		}
		rt.Decref(r)
	}
}

func BenchmarkDumps(b *testing.B) {
	m := newMod(b)
	rt := m.rt
	doc := benchDoc()
	s := rt.NewStr(doc)
	defer rt.Decref(s)
	r := m.call("scan", s, rt.NewInt(0), rt.True, rt.None, rt.None, rt.None, rt.None, rt.None)
	v := rt.TupleItems(r)[0]
	sep1, sep2 := rt.NewStr(": "), rt.NewStr(", ")
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := m.call("encode", v, rt.False, rt.True, rt.True, rt.True, rt.False, rt.None, sep1, sep2, rt.None, rt.False)
		if out == object.Nil {
			b.Fatal(m.errText())
		}
		rt.Decref(out)
	}
	b.StopTimer()
	rt.Decref(r)
	rt.Decref(sep1)
	rt.Decref(sep2)
}

// TestEncodeNoGoAlloc pins the encoder to the private heap: encoding a nested
// document (and a deep one, past the circular check's fixed stack) makes no Go
// allocation per call, whatever the options.
func TestEncodeNoGoAlloc(t *testing.T) {
	m := newMod(t)
	rt := m.rt
	deep := `[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`
	docs := map[string]string{
		"nested": `{"id": 12, "name": "user5", "score": [1.5, -0.25, 1e300, 0.1], "ok": true, "none": null,` +
			` "tags": ["t1", "caf\u00e9", "line\nquote\"", "\ud83d\ude00"], "sub": {"a": {"b": [1, 2, {"c": "d"}]}}}`,
		"deep": deep,
	}
	two := rt.NewStr("  ")
	defer rt.Decref(two)
	cases := []struct {
		name, doc       string
		ascii, sortKeys bool
		indent          object.Ref
	}{
		{"compact", "nested", true, false, rt.None},
		{"non-ASCII out", "nested", false, false, rt.None},
		{"sort_keys", "nested", true, true, rt.None},
		{"indent", "nested", true, false, two},
		{"deep", "deep", true, false, rt.None},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rt.NewStrWTF8(docs[c.doc])
			defer rt.Decref(s)
			r := m.call("scan", s, rt.NewInt(0), rt.True, rt.None, rt.None, rt.None, rt.None, rt.None)
			if r == object.Nil {
				t.Fatal(m.errText())
			}
			defer rt.Decref(r)
			v := rt.TupleItems(r)[0]
			// The arguments as a tuple's items: an argument array in the private
			// heap, as the interpreter passes them.
			sep1, sep2 := rt.NewStr(": "), rt.NewStr(", ")
			args := rt.TuplePack(rt.New(v), rt.False, rt.NewBool(c.ascii), rt.True, rt.True, rt.NewBool(c.sortKeys),
				rt.New(c.indent), sep1, sep2, rt.None, rt.False)
			defer rt.Decref(args)
			f := rt.GetAttrString(m.m, "encode")
			defer rt.Decref(f)
			run := func() {
				out := rt.Call(f, rt.TupleItems(args), object.Nil)
				if out == object.Nil {
					t.Fatal(m.errText())
				}
				rt.Decref(out)
			}
			run()
			if n := testing.AllocsPerRun(20, run); n != 0 {
				t.Errorf("%v Go allocations per encode, want 0", n)
			}
		})
	}
}
