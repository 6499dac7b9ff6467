package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestParseExpr compares ParseExpr (CPython's "eval" mode) with
// ast.parse(src, mode="eval"), recorded by testdata/gen_eval.py.
func TestParseExpr(t *testing.T) {
	f, err := os.Open("testdata/eval_expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct {
			Src, Dump, Class, Msg string
			Lineno, Offset        int
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		e, err := ParseExpr("<test>", []byte(c.Src))
		if c.Dump != "" {
			if err != nil {
				t.Errorf("%q: %v", c.Src, err)
			} else if got := DumpWithPositions(e); got != c.Dump {
				t.Errorf("%q:\n got %s\nwant %s", c.Src, got, c.Dump)
			}
			continue
		}
		want := fmt.Sprintf("%s %q %d:%d", c.Class, c.Msg, c.Lineno, c.Offset)
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want %s", c.Src, err, want)
			continue
		}
		if got := fmt.Sprintf("%s %q %d:%d", se.Class(), se.Msg, se.Lineno, se.Offset); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.Src, got, want)
		}
	}
}
