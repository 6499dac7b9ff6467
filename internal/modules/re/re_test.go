package re

import (
	"strings"
	"testing"
)

// compileStr parses and compiles a str pattern.
func compileStr(t testing.TB, pat string, flags int) *prog {
	t.Helper()
	tr, err := parse([]rune(pat), true, flags)
	if err != nil {
		t.Fatalf("parse %q: %v", pat, err)
	}
	p, err := compileTree(tr)
	if err != nil {
		t.Fatalf("compile %q: %v", pat, err)
	}
	return p
}

// find runs a search over s (as UCS-4) and returns the match's groups as
// spans ("" when there is no match).
func find(p *prog, s string, anchored, full bool) (spans []int, ok bool) {
	m := &machine{}
	m.reset(p)
	u := []uint32{}
	for _, c := range s {
		u = append(u, uint32(c))
	}
	if !search(m, u, 0, anchored, full, false) {
		return nil, false
	}
	return append([]int(nil), m.caps...), true
}

func TestMatch(t *testing.T) {
	// Expectations are CPython 3.11's (re.search(pattern, s).regs).
	tests := []struct {
		pat, s string
		flags  int
		want   []int // nil: no match
	}{
		{`abc`, "xabcx", 0, []int{1, 4}},
		{`a*`, "aaab", 0, []int{0, 3}},
		{`a*?b`, "aaab", 0, []int{0, 4}},
		{`(a|b)*`, "abab", 0, []int{0, 4, 3, 4}},
		{`(a?)*`, "aa", 0, []int{0, 2, 2, 2}},
		{`(a|ab)(c|bcd)(d*)`, "abcd", 0, []int{0, 4, 0, 1, 1, 4, 4, 4}},
		{`x{2,3}`, "xxxxx", 0, []int{0, 3}},
		{`x{2,3}?`, "xxxxx", 0, []int{0, 2}},
		{`^b`, "ab", 0, nil},
		{`(?m)^b`, "a\nb", 0, []int{2, 3}},
		{`a$`, "a\n", 0, []int{0, 1}},
		{`a\Z`, "a\n", 0, nil},
		{`\bb`, "a b", 0, []int{2, 3}},
		{`(?<=a)b`, "cbab", 0, []int{3, 4}},
		{`(?<!a)b`, "abcb", 0, []int{3, 4}},
		{`a(?=c)`, "abac", 0, []int{2, 3}},
		{`a(?!b)`, "abac", 0, []int{2, 3}},
		{`(?>a+)b`, "aaab", 0, []int{0, 4}},
		{`(?>a+)a`, "aaaa", 0, nil},
		{`a++a`, "aaaa", 0, nil},
		{`(?:ab)++a`, "ababa", 0, []int{0, 5}},
		{`(\w)\1`, "abccd", 0, []int{2, 4, 2, 3}},
		{`(a)?(?(1)b|c)`, "xc", 0, []int{1, 2, -1, -1}},
		{`(?i)straße`, "STRAßE", 0, []int{0, 6}},
		{`(?i)k`, "\u212a", 0, []int{0, 1}},
		{`(?i)[k]`, "\u212a", 0, []int{0, 1}},
		{`(?i)σ`, "ς", 0, []int{0, 1}},
		{`\d+`, "x٣4", 0, []int{1, 3}},
		{`(?a)\d+`, "x٣4", 0, []int{2, 3}},
		{`\w+`, "héllo", 0, []int{0, 5}},
		{`(?a)\w+`, "héllo", 0, []int{0, 1}},
		{`[^\W\d_]+`, "_1é2", 0, []int{2, 3}},
		{`(?s)a.b`, "a\nb", 0, []int{0, 3}},
		{`a.b`, "a\nb", 0, nil},
		{`(?x) a  b # c`, "ab", 0, []int{0, 2}},
		{`a|b`, "cb", flagIgnoreCase, []int{1, 2}},
		{`[a-z]+`, "ABC", flagIgnoreCase, []int{0, 3}},
	}
	for _, tc := range tests {
		p := compileStr(t, tc.pat, tc.flags)
		got, ok := find(p, tc.s, false, false)
		if tc.want == nil {
			if ok {
				t.Errorf("search(%q, %q) = %v, want no match", tc.pat, tc.s, got)
			}
			continue
		}
		if !ok || !equalInts(got, tc.want) {
			t.Errorf("search(%q, %q) = %v, %v; want %v", tc.pat, tc.s, got, ok, tc.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestParseErrors(t *testing.T) {
	// Messages and positions are CPython 3.11's.
	tests := []struct {
		pat, want string
	}{
		{"(", "missing ), unterminated subpattern at position 0"},
		{"*", "nothing to repeat at position 0"},
		{"a**", "multiple repeat at position 2"},
		{"abc)", "unbalanced parenthesis at position 3"},
		{`\q`, `bad escape \q at position 0`},
		{`\`, "bad escape (end of pattern) at position 0"},
		{"[z-a]", "bad character range z-a at position 1"},
		{"a{2,1}", "min repeat greater than max repeat at position 2"},
		{"(?P<n>a)(?P<n>b)", "redefinition of group name 'n' as group 2; was group 1 at position 12"},
		{"(?<=a+)b", "look-behind requires fixed-width pattern"},
		{"[a", "unterminated character set at position 0"},
		{`(a)\2`, "invalid group reference 2 at position 4"},
		{"(?z)", "unknown extension ?z at position 1"},
		{"a(?i)", "global flags not at the start of the expression at position 1"},
		{"(?(2)a)", "invalid group reference 2 at position 3"},
		{"a{99999999999}", "the repetition number is too large"},
	}
	for _, tc := range tests {
		tr, err := parse([]rune(tc.pat), true, 0)
		if err == nil {
			_, err = compileTree(tr)
		}
		if err == nil {
			t.Errorf("%q compiled, want error %q", tc.pat, tc.want)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("%q: error %q, want %q", tc.pat, got, tc.want)
		}
	}
}

func TestTemplate(t *testing.T) {
	lookup := func(name string) (int, bool) { return map[string]int{"a": 1}[name], name == "a" }
	tests := []struct{ tmpl, want string }{
		{`x\1y`, "x|1|y"},
		{`\g<a>\g<0>`, "|1||0|"},
		{`\n\t\\`, "\n\t\\"},
		{`\0\101`, "\x00A"},
	}
	for _, tc := range tests {
		tp, err := parseTemplateRunes([]rune(tc.tmpl), true, 1, lookup)
		if err != nil {
			t.Errorf("%q: %v", tc.tmpl, err)
			continue
		}
		var b strings.Builder
		for _, it := range tp {
			if it.group >= 0 {
				b.WriteString("|" + string(rune('0'+it.group)) + "|")
			} else {
				b.WriteString(string(it.lit))
			}
		}
		if b.String() != tc.want {
			t.Errorf("%q: %q, want %q", tc.tmpl, b.String(), tc.want)
		}
	}
	if _, err := parseTemplateRunes([]rune(`\2`), true, 1, lookup); err == nil || err.Error() != "invalid group reference 2 at position 1" {
		t.Errorf(`\2: %v`, err)
	}
}

// TestDeepMatch checks that a match as long as the subject does not recurse
// on the Go stack.
func TestDeepMatch(t *testing.T) {
	p := compileStr(t, `(a|b)*c`, 0)
	s := strings.Repeat("ab", 200000) + "c"
	got, ok := find(p, s, true, false)
	if !ok || got[1] != len(s) {
		t.Fatalf("got %v %v", got[:2], ok)
	}
}

func FuzzCompileMatch(f *testing.F) {
	for _, seed := range []string{`(a|b)*c`, `(?i)[k-z]+\b`, `(?<=ab)c(?!d)`, `(?P<x>a)(?P=x)`, `(a)?(?(1)b|c)`,
		`x{2,5}?y++(?>z*)`, `[^\W\d]\s\S`, `\x41\u00e9\101`, `(?x) a # b`, `^$\A\Z`} {
		f.Add(seed, "abcabc xyz ABC 123 é", true)
		f.Add(seed, `\g<x>\1\0\n\g<0>`, false)
	}
	f.Fuzz(func(t *testing.T, pat, s string, isStr bool) {
		if len(pat) > 200 || len(s) > 500 {
			return
		}
		src := []rune(pat)
		if !isStr {
			src = src[:0]
			for i := 0; i < len(pat); i++ {
				src = append(src, rune(pat[i]))
			}
		}
		tr, err := parse(src, isStr, 0)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("non-Error %T", err)
			}
			return
		}
		p, err := compileTree(tr)
		if err != nil {
			return
		}
		// The subject doubles as a replacement template.
		parseTemplateRunes([]rune(s), isStr, tr.groups-1, func(name string) (int, bool) {
			g, ok := tr.groupdict[name]
			return g, ok
		})
		m := &machine{}
		m.reset(p)
		if isStr {
			var u []uint32
			for _, c := range s {
				u = append(u, uint32(c))
			}
			for pos := 0; pos <= len(u); pos++ {
				if !search(m, u, pos, false, false, pos > 0) {
					break
				}
			}
		} else {
			search(m, []byte(s), 0, false, false, false)
		}
	})
}

func BenchmarkFindWords(b *testing.B) {
	p := compileStr(b, `[\w.]+@[\w.]+|\d{4}-\d{2}-\d{2}`, flagUnicode)
	text := []byte(strings.Repeat("alpha beta gamma42 delta x@y.com 2024-03-15 hello_world foo.bar ", 2000))
	m := &machine{}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.reset(p)
		pos := 0
		for pos <= len(text) && search(m, text, pos, false, false, false) {
			pos = max(m.caps[1], m.caps[0]+1)
		}
	}
}
