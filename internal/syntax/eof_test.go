package syntax

import "testing"

// TestAtEOF checks which errors mark input that an interactive reader should
// continue (CPython's "incomplete input").
func TestAtEOF(t *testing.T) {
	for src, want := range map[string]bool{
		"if x:":                    true,
		"if x:\n":                  true,
		"def f(":                   true,
		"x = [1,\n2,":              true,
		"s = '''abc":               true,
		"x = 1 + \\":               true,
		"@dec":                     true,
		"class A:\n  def f(self):": true,
		"x = 1 +":                  false,
		"x = = 1":                  false,
		"'abc":                     false,
		"if x:\n  pass\nelse":      false,
		"  x":                      false,
		")":                        false,
	} {
		_, err := Parse("<stdin>", []byte(src))
		e, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: no syntax error", src)
			continue
		}
		if e.AtEOF != want {
			t.Errorf("%q: AtEOF = %v, want %v (%v)", src, e.AtEOF, want, e)
		}
	}
}
