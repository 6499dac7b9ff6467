package syntax

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// depthSkips lists forms whose limit differs from CPython's, with the reason.
var depthSkips = map[string]string{}

// maxDepthSlack is how far (in nesting levels, out of about 6000) pyheap's
// limit may be from CPython's. CPython counts invocations of its generated
// rule functions, memoization included: a call or subscript at the start of a
// statement is first parsed, and memoized, as an assignment target through
// t_primary, which is shallower than the expression path. pyheap charges each
// of its functions the levels of the CPython rules it stands for, which
// reproduces the common forms exactly and the others to within this slack.
const maxDepthSlack = 30

// TestDepthLimit checks that deep nesting fails exactly where CPython 3.11's
// parser gives up (MemoryError past MAXSTACK levels), per
// testdata/depth_expected.json (regenerate with testdata/gen_depth.py).
func TestDepthLimit(t *testing.T) {
	data, err := os.ReadFile("testdata/depth_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var forms []struct {
		Name, Head, Rep, Tail string
		Max                   int
	}
	if err := json.Unmarshal(data, &forms); err != nil {
		t.Fatal(err)
	}
	src := func(i, n int) []byte {
		f := forms[i]
		return []byte(f.Head + strings.Repeat(f.Rep, n) + f.Tail)
	}
	tooDeep := func(i, n int) bool {
		_, err := Parse("<test>", src(i, n))
		e, ok := err.(*SyntaxError)
		return ok && e.Kind == KindTooDeep
	}
	exact, near := 0, 0
	for i, f := range forms {
		// The largest n that parses without hitting the limit.
		lo, hi := 0, 12000
		for lo < hi {
			m := (lo + hi + 1) / 2
			if !tooDeep(i, m) {
				lo = m
			} else {
				hi = m - 1
			}
		}
		if lo == f.Max {
			exact++
			continue
		}
		if reason, ok := depthSkips[f.Name]; ok {
			t.Logf("%s: limit %d, CPython's %d (%s)", f.Name, lo, f.Max, reason)
			continue
		}
		if d := lo - f.Max; d >= -maxDepthSlack && d <= maxDepthSlack {
			near++
			t.Logf("%s: limit %d, CPython's %d", f.Name, lo, f.Max)
			continue
		}
		t.Errorf("%s: pyheap accepts up to %d levels, CPython %d", f.Name, lo, f.Max)
	}
	t.Logf("%d of %d nesting forms hit the limit exactly where CPython does, %d within %d levels", exact, len(forms), near, maxDepthSlack)
}

// TestDeepInputs checks that pathological nesting gives CPython's error and
// never exhausts the Go stack.
func TestDeepInputs(t *testing.T) {
	for _, c := range []struct {
		src  string
		kind ErrorKind
		msg  string
	}{
		{strings.Repeat("(", 100000), KindSyntaxError, "too many nested parentheses"},
		{strings.Repeat("[", 100000), KindSyntaxError, "too many nested parentheses"},
		{strings.Repeat("(", 100000) + strings.Repeat(")", 100000), KindSyntaxError, "too many nested parentheses"},
		{strings.Repeat("-", 100000) + "1", KindTooDeep, ""},
		{strings.Repeat("not ", 100000) + "1", KindTooDeep, ""},
		{strings.Repeat("lambda:", 100000) + "1", KindTooDeep, ""},
		{strings.Repeat("1 if 1 else ", 100000) + "1", KindTooDeep, ""},
		{"a" + strings.Repeat("**a", 100000), KindTooDeep, ""},
		{"if 1:\n pass\n" + strings.Repeat("elif 1:\n pass\n", 100000), KindTooDeep, ""},
		{strings.Repeat("@d\n", 100000) + "def f(): pass", 0, "ok"},
		{"a" + strings.Repeat(".a", 100000), 0, "ok"},
		{"a" + strings.Repeat("()", 100000), 0, "ok"},
		{"a" + strings.Repeat("+a", 100000), 0, "ok"},
		{"f'{" + strings.Repeat("-", 100000) + "1}'", KindTooDeep, ""},
	} {
		_, err := Parse("<test>", []byte(c.src))
		if c.msg == "ok" {
			if err != nil {
				t.Errorf("%.20q...: %v", c.src, err)
			}
			continue
		}
		e, ok := err.(*SyntaxError)
		if !ok || e.Kind != c.kind || e.Msg != c.msg {
			t.Errorf("%.20q...: got %v, want %v %q", c.src, err, c.kind, c.msg)
		}
	}
	// Nested blocks stop at CPython's 100 indentation levels.
	var b strings.Builder
	for i := 0; i < 150; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", 150) + "pass\n")
	_, err := Parse("<test>", []byte(b.String()))
	if e, ok := err.(*SyntaxError); !ok || e.Msg != "too many levels of indentation" || e.Lineno != 101 {
		t.Errorf("deep blocks: %v", err)
	}
}

// TestNoBacktrackingBlowup checks that nesting that the parser handles with
// lookahead stays linear.
func TestNoBacktrackingBlowup(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("{**", 60) + "a" + strings.Repeat("}", 60),
		strings.Repeat("[", 60) + "a" + strings.Repeat("]", 60),
		strings.Repeat("(", 60) + "a b" + strings.Repeat(")", 60),
		strings.Repeat("f(", 60) + "a b" + strings.Repeat(")", 60),
		"with " + strings.Repeat("(", 60) + "a" + strings.Repeat(")", 60) + ": pass",
		"x = " + strings.Repeat("(a, ", 60) + strings.Repeat(")", 60),
		strings.Repeat("{a: ", 60) + "b" + strings.Repeat("}", 60),
	} {
		done := make(chan struct{})
		go func() {
			Parse("<test>", []byte(src))
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("parsing %.30q... takes too long", src)
		}
	}
}

// TestManyLines checks that long runs of blank lines and of newlines inside
// brackets do not recurse.
func TestManyLines(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("\n", 1000000) + "x = 1\n",
		"x = (" + strings.Repeat("\n", 1000000) + ")\n",
		strings.Repeat("# c\n", 300000) + "x = 1\n",
		"x = 1" + strings.Repeat(" \\\n", 300000) + "\n",
	} {
		if _, err := Parse("<test>", []byte(src)); err != nil {
			t.Errorf("%.10q...: %v", src, err)
		}
	}
}
