package builtins

import (
	"testing"

	"github.com/pyheap/pyheap/internal/modules/modtest"
	"github.com/pyheap/pyheap/internal/object"
)

// TestKwargs checks the keyword view builtins read their arguments through: names
// matched in call order, non-ASCII names, and no Go memory per call (sorted(x,
// key=f) and min(xs, default=d) run in loops).
func TestKwargs(t *testing.T) {
	rt := modtest.NewRuntime(t)
	cases := []struct {
		name   string
		pos    int
		kw     []string
		lookup string
		want   int // index among the keywords of lookup, -1: absent
	}{
		{"none", 2, nil, "key", -1},
		{"first", 1, []string{"key", "reverse"}, "key", 0},
		{"second", 1, []string{"key", "reverse"}, "reverse", 1},
		{"absent", 0, []string{"default"}, "key", -1},
		{"prefix is not a match", 1, []string{"keys"}, "key", -1},
		{"non-ASCII", 0, []string{"caf\u00e9", "d\u00e9faut"}, "d\u00e9faut", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The arguments as a tuple's items, as the interpreter passes them:
			// positional values, then the keyword values.
			items := make([]object.Ref, 0, c.pos+len(c.kw))
			for i := range c.pos + len(c.kw) {
				items = append(items, object.MakeSmallInt(int64(100+i)))
			}
			argt := rt.TuplePack(items...)
			defer rt.Decref(argt)
			kwnames := object.Nil
			if len(c.kw) > 0 {
				names := make([]object.Ref, len(c.kw))
				for i, k := range c.kw {
					names[i] = rt.NewStr(k)
				}
				kwnames = rt.TuplePack(names...)
				defer rt.Decref(kwnames)
			}
			args := rt.TupleItems(argt)
			pos, kw := kwargs(rt, args, kwnames)
			if len(pos) != c.pos || kw.Len() != len(c.kw) {
				t.Fatalf("split %d+%d, want %d+%d", len(pos), kw.Len(), c.pos, len(c.kw))
			}
			for i, k := range c.kw {
				if !kw.is(i, k) || kw.name(i) != k {
					t.Errorf("keyword %d: is(%q) false or name %q", i, k, kw.name(i))
				}
			}
			v, ok := kw.get(c.lookup)
			switch {
			case c.want < 0 && ok:
				t.Errorf("get(%q) found %v", c.lookup, v)
			case c.want >= 0 && (!ok || v != args[c.pos+c.want]):
				t.Errorf("get(%q) = %v, %v; want keyword %d", c.lookup, v, ok, c.want)
			}
			if n := testing.AllocsPerRun(100, func() {
				_, kw := kwargs(rt, args, kwnames)
				kw.get(c.lookup)
			}); n != 0 {
				t.Errorf("%v Go allocations per call, want 0", n)
			}
		})
	}
}
