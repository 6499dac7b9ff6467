package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestMutants(t *testing.T) {
	path := os.Getenv("PYHEAP_MUTANTS")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, bad := 0, 0
	for sc.Scan() {
		var c struct {
			Src, Ok, Class, Msg string
			Lineno, Offset      int
			EndLineno           int `json:"end_lineno"`
			EndOffset           int `json:"end_offset"`
		}
		json.Unmarshal(sc.Bytes(), &c)
		n++
		mod, err := Parse("<test>", []byte(c.Src))
		if c.Ok != "" {
			if err != nil {
				bad++
				t.Errorf("%q: want ok, got %v", c.Src, err)
			} else if d := DumpWithPositions(mod); d != c.Ok {
				bad++
				t.Errorf("%q: dump differs", c.Src)
			}
			continue
		}
		want := fmt.Sprintf("%s %q %d:%d-%d:%d", c.Class, c.Msg, c.Lineno, c.Offset, c.EndLineno, c.EndOffset)
		if err == nil {
			bad++
			t.Errorf("%q: parsed, want %s", c.Src, want)
			continue
		}
		e := err.(*SyntaxError)
		got := fmt.Sprintf("%s %q %d:%d-%d:%d", e.Class(), e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
		if got != want {
			bad++
			t.Errorf("%q:\n got %s\nwant %s", c.Src, got, want)
		}
	}
	t.Logf("%d mutants, %d differ", n, bad)
}
