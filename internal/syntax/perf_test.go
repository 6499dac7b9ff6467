package syntax

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

var pathological = []func(n int) string{
	func(n int) string { return strings.Repeat("(", n) + "a b" + strings.Repeat(")", n) },
	func(n int) string { return strings.Repeat("f(", n) + "a b" },
	func(n int) string { return strings.Repeat("[a b ", n) },
	func(n int) string { return strings.Repeat("(a b ", n) },
	func(n int) string { return strings.Repeat("f(a, ", n) + "b c" },
	func(n int) string { return strings.Repeat("{a: ", n) + "b c" },
	func(n int) string { return strings.Repeat("x ", n*20) },
	func(n int) string { return strings.Repeat("a if b else ", n) + "c d" },
	func(n int) string { return strings.Repeat("[x for x in ", n) + "y z" },
	func(n int) string { return strings.Repeat("print ", n*10) },
	func(n int) string { return strings.Repeat("(print ", n) },
	func(n int) string { return strings.Repeat("a[", n) + "b c" },
	func(n int) string { return strings.Repeat("lambda x=", n) + "b c" },
	func(n int) string { return strings.Repeat("{**a, ", n) + "b c" },
	func(n int) string { return strings.Repeat("f(a=1, ", n) + "b c" },
	func(n int) string { return strings.Repeat("(*", n) + "a b" },
	func(n int) string { return strings.Repeat("for x in (", n) + "a b" },
	func(n int) string { return strings.Repeat("x = (", n) + "1 = 2" },
	func(n int) string { return strings.Repeat("del (", n) + "a b" },
	func(n int) string { return strings.Repeat("(x for x in ", n) + "a b" },
	func(n int) string { return strings.Repeat("f(x for x in ", n) + "a b" },
	func(n int) string { return strings.Repeat("a, ", n) + "f() = 1" },
	func(n int) string { return strings.Repeat("[", n) + "x for f() in y" },
	func(n int) string { return strings.Repeat("[x for (y for ", n) + "a b" },
	func(n int) string { return strings.Repeat("f(a=1, g(a=1, ", n) + "b c" },
	func(n int) string { return strings.Repeat("f(a=1, b ", n) },
	func(n int) string { return strings.Repeat("[*a for a in ", n) + "b c" },
	func(n int) string { return strings.Repeat("{**a for a in ", n) + "b c" },
	func(n int) string { return strings.Repeat("(a if ", n) + "b c" },
	func(n int) string { return strings.Repeat("(x := ", n) + "b c" },
	func(n int) string { return strings.Repeat("{a: ", n) + "*b" },
	func(n int) string { return strings.Repeat("f(x for x in L, ", n) + "b c" },
	func(n int) string { return strings.Repeat("f(*", n) + "b c" },
	func(n int) string { return strings.Repeat("[a, f() = ", n) + "b c" },
	func(n int) string { return strings.Repeat("(a, *", n) + "b c" },
	func(n int) string { return strings.Repeat("a[1:", n) + "b c" },
	func(n int) string { return "with " + strings.Repeat("(a as ", n) + "b c" },
	func(n int) string { return strings.Repeat("lambda: (", n) + "b c" },
	func(n int) string { return strings.Repeat("f'{", n) + "a b" },
	func(n int) string { return strings.Repeat("[x for x in y if ", n) + "a b" },
	func(n int) string { return strings.Repeat("[x async for x in ", n) + "a b" },
	func(n int) string { return strings.Repeat("not (", n) + "a b" },
	func(n int) string { return strings.Repeat("(a) = (", n) + "b c" },
}

// TestPathologicalErrors checks that the speculative parsing done to find
// CPython's error messages stays polynomial on nested failing input.
func TestPathologicalErrors(t *testing.T) {
	only := -1
	if s := os.Getenv("PYHEAP_PATH_CASE"); s != "" {
		only, _ = strconv.Atoi(s)
	}
	for i, f := range pathological {
		if only >= 0 && i != only {
			continue
		}
		for _, n := range []int{10, 20, 40, 80, 150} {
			src := f(n)
			start := time.Now()
			Parse("<t>", []byte(src))
			if d := time.Since(start); d > 300*time.Millisecond {
				t.Errorf("case %d n=%d %.30q: %v", i, n, src, d)
				break
			}
		}
	}
}
