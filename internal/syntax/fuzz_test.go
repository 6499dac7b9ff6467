package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse checks that no input makes the parser panic or run away: every
// input either parses or gives a *SyntaxError. Crashers found by fuzzing are
// kept in testdata/fuzz/FuzzParse as regression inputs.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"x = 1\n", "def f(a, *b, c=1, **d):\n    return a\n", "class A(B):\n    pass\n",
		"f'{x!r:>{w}}'", "try:\n x\nexcept E as e:\n y\nfinally:\n z\n",
		"with (a as b, c):\n pass\n", "[x for x in y if x]", "lambda *a, **k: 0",
		"a[1:2, ::3]", "x = (", "'abc", "if x\n", "\tif 1:\n        pass", "0x_", "1e", "b'\\x'",
		"@d\ndef f(): pass", "from .. import (a, b,)", "del a[0], b.c", "x: int = 5",
		"async def f():\n await x\n", "f(**a, *b)", "print 'x'", "(((((", "'''", "f'{", "f'{a:{b:{c}}}'",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("testdata/*.txt"); len(files) > 0 {
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil && len(data) < 1<<16 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(2 * time.Second):
				panic(fmt.Sprintf("parse takes too long: %q", src))
			}
		}()
		// The eval and single modes read the same text without an added newline.
		for _, err := range []error{
			func() error { _, err := ParseExpr("<fuzz>", src); return err }(),
			func() error { _, err := ParseSingle("<fuzz>", string(src)); return err }(),
		} {
			if _, ok := err.(*SyntaxError); err != nil && !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
		mod, err := Parse("<fuzz>", src)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		Dump(mod)
		DumpWithPositions(mod)
	})
}
