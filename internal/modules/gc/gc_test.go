package gc_test

import (
	"strings"
	"testing"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	gcmod "github.com/pyheap/pyheap/internal/modules/gc"
	"github.com/pyheap/pyheap/internal/object"
)

func setup(t *testing.T) (*object.Runtime, object.Ref, *strings.Builder) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close() })
	c := gcpkg.New(rt)
	var stderr strings.Builder
	m := gcmod.New(rt, c, &stderr)
	if m == object.Nil {
		t.Fatal("gc module not built")
	}
	return rt, m, &stderr
}

// call calls gc.name(*args) and returns repr(result), or "Type: message".
func call(rt *object.Runtime, m object.Ref, name string, args ...object.Ref) string {
	f := rt.GetAttrString(m, name)
	if f == object.Nil {
		return "no attribute " + name
	}
	defer rt.Decref(f)
	r := rt.Call(f, args, object.Nil)
	if r == object.Nil {
		e := rt.Fetch()
		s := rt.Str(e)
		defer rt.Decref(e)
		defer rt.Decref(s)
		return rt.TypeNameOf(e) + ": " + rt.GoString(s)
	}
	defer rt.Decref(r)
	s := rt.Repr(r)
	defer rt.Decref(s)
	return rt.GoString(s)
}

func TestModule(t *testing.T) {
	rt, m, _ := setup(t)
	call(rt, m, "collect")
	i := object.MakeSmallInt
	for _, c := range []struct {
		name string
		args []object.Ref
		want string
	}{
		{"get_threshold", nil, "(700, 10, 10)"},
		{"isenabled", nil, "True"},
		{"disable", nil, "None"},
		{"isenabled", nil, "False"},
		{"collect", []object.Ref{i(5)}, "ValueError: invalid generation"},
		{"collect", []object.Ref{i(-1)}, "ValueError: invalid generation"},
		{"collect", []object.Ref{i(0), i(1)}, "TypeError: collect() takes at most 1 argument (2 given)"},
		{"set_threshold", nil, "TypeError: set_threshold() takes at least 1 argument (0 given)"},
		{"set_threshold", []object.Ref{i(1), i(2), i(3), i(4)}, "TypeError: set_threshold() takes at most 3 arguments (4 given)"},
		{"set_threshold", []object.Ref{i(500)}, "None"},
		{"get_threshold", nil, "(500, 10, 10)"},
		{"set_debug", nil, "TypeError: gc.set_debug() takes exactly one argument (0 given)"},
		{"get_objects", []object.Ref{i(3)}, "ValueError: generation parameter must be less than the number of available generations (3)"},
		{"is_tracked", []object.Ref{i(1)}, "False"},
		{"get_debug", nil, "0"},
		{"get_freeze_count", nil, "0"},
	} {
		if got := call(rt, m, c.name, c.args...); got != c.want {
			t.Errorf("gc.%s%v = %s, want %s", c.name, c.args, got, c.want)
		}
	}
}

func TestCallbacksAndGarbage(t *testing.T) {
	rt, m, stderr := setup(t)
	var phases []string
	cb := rt.NewBuiltinFunction(&object.MethodDef{Name: "cb", Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
		phases = append(phases, rt.GoString(args[0]))
		return rt.None
	}}, object.Nil, object.Nil)
	callbacks := rt.GetAttrString(m, "callbacks")
	rt.ListAppend(callbacks, cb)
	call(rt, m, "set_debug", rt.NewInt(gcpkg.DebugSaveAll|gcpkg.DebugStats))
	d := rt.NewDict()
	rt.DictSetItem(d, rt.NewStr("self"), d)
	rt.Decref(d)
	if got := call(rt, m, "collect"); got != "1" {
		t.Errorf("collect() = %s", got)
	}
	if strings.Join(phases, ",") != "start,stop" {
		t.Errorf("callback phases %v", phases)
	}
	garbage := rt.GetAttrString(m, "garbage")
	if rt.ListLen(garbage) != 1 || rt.ListItems(garbage)[0] != d {
		t.Errorf("gc.garbage does not hold the saved dict")
	}
	if !strings.Contains(stderr.String(), "gc: done, 1 unreachable, 0 uncollectable") {
		t.Errorf("DEBUG_STATS output: %q", stderr.String())
	}
	call(rt, m, "set_debug", object.MakeSmallInt(0))
	rt.Decref(garbage)
	rt.Decref(callbacks)
	rt.Decref(cb)
}
