package syntax

import (
	"fmt"
	"os"
	"testing"
)

func TestDev(t *testing.T) {
	src := os.Getenv("SRC")
	if src == "" {
		t.Skip()
	}
	m, err := Parse("<test>", []byte(src))
	if err != nil {
		e := err.(*SyntaxError)
		fmt.Printf("%s %q %d %d %d %d\n", e.Class(), e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
		return
	}
	if os.Getenv("ATTRS") != "" {
		fmt.Println(DumpWithPositions(m))
	} else {
		fmt.Println(Dump(m))
	}
}

func TestDevTok(t *testing.T) {
	src := os.Getenv("TSRC")
	if src == "" {
		t.Skip()
	}
	s := tokenize(normalize([]byte(src)), "<t>")
	for _, tk := range s.toks {
		fmt.Printf("%v %q %d:%d-%d:%d L%d\n", tk.Kind, s.src[tk.Start:tk.End], tk.Line, tk.Col, tk.EndLine, tk.EndCol, tk.Level)
	}
	if s.err != nil {
		fmt.Println(s.err)
	}
}
