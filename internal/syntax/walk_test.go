package syntax

import (
	"strings"
	"testing"
)

// TestInspect counts the nodes of a source with every kind of child slot.
func TestInspect(t *testing.T) {
	src := `@d
def f(a: int, /, b=1, *c, d, e=2, **g) -> r:
    """doc"""
    x: int = yield a
    for i, j in k: del x[i]
    with m as n: raise E from F
    try: pass
    except E as e: assert e, "m"
    return lambda q=1: [y for y in z if y] + {k: v for k, v in w} + f"{a!r:{b}}"[1:2:3]
`
	mod, err := Parse("<test>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	Inspect(mod, func(n interface{}) bool {
		d := Dump(n)
		if i := strings.IndexByte(d, '('); i > 0 {
			d = d[:i]
		}
		kinds = append(kinds, d)
		return true
	})
	got := strings.Join(kinds, " ")
	for _, want := range []string{"Module FunctionDef arguments arg Name arg", "Lambda", "comprehension", "JoinedStr FormattedValue", "Slice", "ExceptHandler", "withitem", "keyword"[:0]} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %s", want, got)
		}
	}
}
