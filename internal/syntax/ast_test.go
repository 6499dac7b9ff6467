package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestASTDump parses every case of testdata/ast_cases.txt and compares Dump
// and DumpWithPositions with the output of CPython 3.11's ast.dump recorded
// in testdata/ast_expected.jsonl (regenerate with testdata/gen_ast.py).
func TestASTDump(t *testing.T) {
	f, err := os.Open("testdata/ast_expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		var c struct{ Src, Dump, Attrs string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		mod, err := Parse("<test>", []byte(c.Src))
		if err != nil {
			t.Errorf("%q: %v", c.Src, err)
			continue
		}
		if got := Dump(mod); got != c.Dump {
			t.Errorf("%q:\n got: %s\nwant: %s", c.Src, got, c.Dump)
			continue
		}
		if got := DumpWithPositions(mod); got != c.Attrs {
			t.Errorf("%q (positions):\n got: %s\nwant: %s", c.Src, got, c.Attrs)
		}
	}
	if n < 250 {
		t.Errorf("only %d cases", n)
	}
	t.Logf("%d AST cases", n)
}
