package symtable

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/syntax"
)

// dump renders a table as testdata/gen_symtable.py renders CPython's.
func dump(t *Table, b *strings.Builder, ind string) {
	nested := "False"
	if t.Nested {
		nested = "True"
	}
	params := ""
	if t.Type == FunctionBlock {
		params = " params=" + strings.Join(t.Varnames, ",")
	}
	fmt.Fprintf(b, "%s%s %s line=%d nested=%s%s\n", ind, t.Type, t.Name, t.Lineno, nested, params)
	names := append([]string(nil), t.Names...)
	sort.Strings(names)
	for _, n := range names {
		s := t.Symbols[n]
		fmt.Fprintf(b, "%s  %s scope=%d flags=%d\n", ind, n, s.Scope, s.Flags)
	}
	for _, c := range t.Children {
		dump(c, b, ind+"  ")
	}
}

// TestSymtable compares pyheap's symbol tables (and errors) with those of
// CPython 3.11's symtable module, recorded in testdata/symtable_expected.jsonl.
func TestSymtable(t *testing.T) {
	f, err := os.Open("testdata/symtable_expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, nerr := 0, 0
	for sc.Scan() {
		var c struct {
			Src, Dump, Msg string
			Lineno, Offset int
			EndLineno      int `json:"end_lineno"`
			EndOffset      int `json:"end_offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		mod, err := syntax.Parse("<test>", []byte(c.Src))
		if err != nil {
			t.Errorf("%q: %v", c.Src, err)
			continue
		}
		st, err := Build(mod, "<test>")
		if c.Msg != "" {
			nerr++
			want := fmt.Sprintf("%q %d:%d-%d:%d", c.Msg, c.Lineno, c.Offset, c.EndLineno, c.EndOffset)
			e, ok := err.(*syntax.SyntaxError)
			if !ok {
				t.Errorf("%q: got %v, want error %s", c.Src, err, want)
				continue
			}
			got := fmt.Sprintf("%q %d:%d-%d:%d", e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
			if got != want {
				t.Errorf("%q:\n got %s\nwant %s", c.Src, got, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.Src, err)
			continue
		}
		var b strings.Builder
		dump(st.Top, &b, "")
		if got := strings.TrimSuffix(b.String(), "\n"); got != c.Dump {
			t.Errorf("%q:\n got:\n%s\nwant:\n%s", c.Src, got, c.Dump)
		}
	}
	t.Logf("%d cases (%d errors)", n, nerr)
}

// TestDeepTree checks the recursion limit and the Private field.
func TestDeepTree(t *testing.T) {
	src := "x = " + strings.Repeat("-", 3500) + "1\n"
	mod, err := syntax.Parse("<test>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(mod, "<test>")
	if e, ok := err.(*syntax.SyntaxError); !ok || e.Kind != syntax.KindRecursion || e.Class() != "RecursionError" {
		t.Errorf("deep tree: %v", err)
	}
	mod, _ = syntax.Parse("<test>", []byte("class C:\n def m(self):\n  self.__x = 1\n  def g(): return __y\n"))
	st, err := Build(mod, "<test>")
	if err != nil {
		t.Fatal(err)
	}
	c := st.Top.Children[0]
	m := c.Children[0]
	g := m.Children[0]
	if c.Private != "C" || m.Private != "C" || g.Private != "C" || st.Top.Private != "" {
		t.Errorf("Private: %q %q %q %q", st.Top.Private, c.Private, m.Private, g.Private)
	}
	if g.Lookup("_C__y") == nil {
		t.Errorf("__y not mangled in g: %v", g.Names)
	}
}
