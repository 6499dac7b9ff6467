package compile

import (
	"reflect"
	"testing"
)

// TestWarnings: which constructs the compiler warns of, and where (the corpus
// script tests/errors/syntax_warnings.py has CPython's text for each).
func TestWarnings(t *testing.T) {
	isLit := `"is" with a literal. Did you mean "=="?`
	for _, tc := range []struct {
		src  string
		want []Warning
	}{
		{"x is None or x is True or x is ... or x is (not 1) or x is []\n", nil},
		{"x is 1\n", []Warning{{1, isLit}}},
		{"x = 1\nx is -2 is x\n", []Warning{{2, isLit}}},
		{"x is not ()\n", []Warning{{1, `"is not" with a literal. Did you mean "!="?`}}},
		{"while x is 1:\n    y is 'a'\n", []Warning{{1, isLit}, {2, isLit}, {1, isLit}}},
		{"[(1, 2) (3, 4)]\n", []Warning{{1, "'tuple' object is not callable; perhaps you missed a comma?"}}},
		{"f(x)\nx.y(1)\n", nil},
		{"{1, 2}[0]\n", []Warning{{1, "'set' object is not subscriptable; perhaps you missed a comma?"}}},
		{"[1, 2]['a']\n'ab'[1:2]\n'ab'[True]\n", []Warning{{1, "list indices must be integers or slices, not str; perhaps you missed a comma?"}}},
		{"assert (x, 'msg')\nassert ()\n", []Warning{{1, "assertion is always true, perhaps remove parentheses?"}}},
	} {
		c, err := Compile("<t>", []byte(tc.src), Exec)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if !reflect.DeepEqual(c.Warnings, tc.want) {
			t.Errorf("%q: warnings %v, want %v", tc.src, c.Warnings, tc.want)
		}
	}
}
