package object_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestLookupAttrAgreesWithGetAttr checks LookupAttr against GetAttr on objects
// that take each of its paths (object.__getattribute__, type.__getattribute__, a
// type's own GetAttr slot): found exactly when GetAttr succeeds, with the same
// value, and "not found" exactly when GetAttr raises AttributeError, with no
// exception left set.
func TestLookupAttrAgreesWithGetAttr(t *testing.T) {
	rt := newRuntime(t)
	mod := rt.NewModule("m")
	defer rt.Decref(mod)
	big := rt.NewFloat(2.5)
	defer rt.Decref(big)
	objs := []struct {
		name string
		obj  object.Ref
	}{
		{"small int", object.MakeSmallInt(7)},
		{"float", big},
		{"str", rt.InternString("s")},
		{"type int", rt.IntType.Ref},
		{"type type", rt.TypeType.Ref},
		{"type object", rt.ObjectType.Ref},
		{"module", mod},
		{"None", rt.None},
	}
	names := []string{"real", "imag", "__class__", "__doc__", "__name__", "mro", "upper", "__dict__",
		"nope", "__nope__", "", "conjugate", "__call__", "__mro__", "__getattribute__"}
	for _, o := range objs {
		for _, n := range names {
			name := rt.InternString(n)
			want := rt.GetAttr(o.obj, name)
			wantAttrErr := want == object.Nil && rt.ErrMatchesName("AttributeError")
			if want == object.Nil {
				rt.ClearErr()
			}
			got, found := rt.LookupAttr(o.obj, name)
			switch {
			case want != object.Nil:
				if found != 1 || got == object.Nil {
					t.Errorf("%s.%s: LookupAttr found %d, GetAttr succeeded", o.name, n, found)
				} else if rt.TypeOf(got) != rt.TypeOf(want) {
					t.Errorf("%s.%s: LookupAttr gave a %s, GetAttr a %s", o.name, n, rt.TypeNameOf(got), rt.TypeNameOf(want))
				}
			case wantAttrErr:
				if found != 0 || got != object.Nil || rt.Occurred() {
					t.Errorf("%s.%s: LookupAttr found %d (exception set: %v), GetAttr raised AttributeError", o.name, n, found, rt.Occurred())
				}
			default:
				if found != -1 || !rt.Occurred() {
					t.Errorf("%s.%s: LookupAttr found %d, GetAttr raised another error", o.name, n, found)
				}
			}
			rt.ClearErr()
			rt.Decref(got)
			rt.Decref(want)
			rt.Decref(name)
		}
	}
}
