package syntax

import "testing"

// TestParseSingle pins compile(src, name, "single"): empty input fails on line 0
// with no text, blank and comment-only input at the end of the raw text, and a
// second statement line is CPython's "multiple statements" error.
func TestParseSingle(t *testing.T) {
	for _, c := range []struct {
		src      string
		stmts    int // statements parsed, when no error
		msg      string
		text     string
		line     int
		off, end int
	}{
		{src: "x=1", stmts: 1},
		{src: "if 1:\n  pass", stmts: 1},
		{src: "x=1; y=2\n", stmts: 2},
		{src: "", msg: "invalid syntax", text: "", line: 0, off: 0, end: 0},
		{src: "\n", msg: "invalid syntax", text: "\n", line: 1, off: 0, end: 0},
		{src: "#c", msg: "invalid syntax", text: "#c", line: 1, off: 0, end: 0},
		{src: "   \n\n", msg: "invalid syntax", text: "\n", line: 2, off: 0, end: 0},
		{src: " ", msg: "unexpected indent", text: " ", line: 1, off: 1, end: -1},
		{src: "x=1\ny=2", msg: "multiple statements found while compiling a single statement", text: "x=1\n", line: 1, off: 4, end: 4},
		{src: "x=1;y=2\nz", msg: "multiple statements found while compiling a single statement", text: "x=1;y=2\n", line: 1, off: 8, end: 8},
		{src: "if 1:\n  pass\nx=1", msg: "invalid syntax", text: "x=1\n", line: 3, off: 1, end: 2},
	} {
		mod, err := ParseSingle("<x>", c.src)
		if c.msg == "" {
			if err != nil {
				t.Errorf("%q: unexpected error %v", c.src, err)
			} else if len(mod.Body) != c.stmts {
				t.Errorf("%q: %d statements, want %d", c.src, len(mod.Body), c.stmts)
			}
			continue
		}
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %q", c.src, err, c.msg)
			continue
		}
		if se.Msg != c.msg || se.Text != c.text || se.Lineno != c.line || se.Offset != c.off || se.EndOffset != c.end {
			t.Errorf("%q: got %q %q line %d offset %d end %d, want %q %q line %d offset %d end %d", c.src,
				se.Msg, se.Text, se.Lineno, se.Offset, se.EndOffset, c.msg, c.text, c.line, c.off, c.end)
		}
	}
}

// TestParseExprEmpty pins eval(”) and friends: the error is on line 0.
func TestParseExprEmpty(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
		text string
	}{
		{"", 0, ""},
		{"\n", 1, "\n"},
		{"#c", 1, "#c"},
	} {
		_, err := ParseExpr("<string>", []byte(c.src))
		se, ok := err.(*SyntaxError)
		if !ok || se.Msg != "invalid syntax" || se.Lineno != c.line || se.Text != c.text {
			t.Errorf("%q: got %#v", c.src, err)
		}
	}
}
