package syntax

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// mutantSkips lists mutants whose error differs from CPython's, with the
// reason. They are corners of CPython's second pass that the single-pass
// parser does not reproduce.
var mutantSkips = map[string]string{
	"a, *bf\"{x}\" = c":                    "CPython's star_named_expressions* repetition tries items not separated by commas",
	"match 1 =":                            "match statements are not parsed (CPython tries match_stmt first)",
	"f(*a, *b, **c, **df\"{x}\"":           "CPython's second pass parses past the NAME STRING pair and reaches the end of input",
	"f(a, *b, c\"s\"1, **d)":               "NAME STRING: a forgotten comma found by a rule pyheap does not emulate",
	"def foo(a,*b: \"s\"int=,c):\n   pass": "NAME STRING: a forgotten comma found by a rule pyheap does not emulate",
	"(x for x \"s\" x) = 1":                "NAME STRING: a forgotten comma found by a rule pyheap does not emulate",
	"{a: bf\"{x}\"":                        "CPython's second pass parses past the NAME STRING pair and reaches the end of input",
	"a[-1[]":                               "CPython's second pass reaches the end of input through a rule pyheap does not emulate",
}

// TestMutants compares the verdicts on mutated sources with CPython's,
// recorded in testdata/mutants_expected.jsonl (see gen_mutants.py).
func TestMutants(t *testing.T) {
	path := "testdata/mutants_expected.jsonl"
	if p := os.Getenv("PYHEAP_MUTANTS"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, nok, skipped := 0, 0, 0
	for sc.Scan() {
		var c struct {
			Src, Ok, Class, Msg string
			Text                *string
			Lineno, Offset      int
			EndLineno           int `json:"end_lineno"`
			EndOffset           int `json:"end_offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		mod, err := Parse("<test>", []byte(c.Src))
		var got, want string
		if c.Ok != "" {
			nok++
			want = "ok " + c.Ok
			if err != nil {
				got = err.Error()
			} else {
				sum := sha1.Sum([]byte(DumpWithPositions(mod)))
				got = "ok " + hex.EncodeToString(sum[:])
			}
		} else {
			want = fmt.Sprintf("%s %q %d:%d-%d:%d", c.Class, c.Msg, c.Lineno, c.Offset, c.EndLineno, c.EndOffset)
			if c.Text != nil {
				want += fmt.Sprintf(" %q", *c.Text)
			}
			if e, ok := err.(*SyntaxError); ok {
				got = fmt.Sprintf("%s %q %d:%d-%d:%d", e.Class(), e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
				if c.Text != nil {
					got += fmt.Sprintf(" %q", e.Text)
				}
			} else {
				got = "parsed"
			}
		}
		if got == want {
			continue
		}
		if _, ok := mutantSkips[c.Src]; ok {
			skipped++
			continue
		}
		t.Errorf("%q:\n got %s\nwant %s", c.Src, got, want)
	}
	t.Logf("%d mutants (%d valid), %d in the skip list", n, nok, skipped)
}
