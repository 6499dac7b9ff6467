package object_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// numSubclass makes a class deriving from base, as a class statement would.
func numSubclass(t *testing.T, rt *object.Runtime, name string, base *object.Type) *object.Type {
	t.Helper()
	c := rt.NewHeapType(rt.TypeType, name, base, base.Size, object.TypeBaseType)
	if c == nil {
		t.Fatal(errString(rt))
	}
	rt.SetTypeSlots(c, rt.NewDict(), rt.TupleFrom(base.Ref), rt.TupleFrom(c.Ref, base.Ref, rt.ObjectType.Ref), rt.NewStr(name), rt.NewStr(name))
	rt.FinishHeapType(c)
	return c
}

// TestNumSubclasses checks instances of int and float subclasses: made by the
// inherited __new__, exact results from arithmetic, int()/float() of them.
func TestNumSubclasses(t *testing.T) {
	rt := newRuntime(t)
	myInt := numSubclass(t, rt, "MyInt", rt.IntType)
	myFloat := numSubclass(t, rt, "MyFloat", rt.FloatType)
	for _, c := range []struct {
		typ  *object.Type
		arg  object.Ref
		want string
	}{
		{myInt, rt.NewStr("42"), "42"},
		{myInt, rt.NewStr("-123456789012345678901234567890"), "-123456789012345678901234567890"},
		{myInt, object.MakeSmallInt(0), "0"},
		{myFloat, rt.NewStr("2.5"), "2.5"},
		{myFloat, object.MakeSmallInt(7), "7.0"},
	} {
		x := rt.Call(c.typ.Ref, []object.Ref{c.arg}, object.Nil)
		if x == object.Nil {
			t.Fatal(errString(rt))
		}
		if rt.TypeOf(x) != c.typ || x.IsSmallInt() {
			t.Errorf("%s(%s) has type %s", c.typ.Name, c.want, rt.TypeNameOf(x))
		}
		if got := repr(t, rt, x); got != c.want {
			t.Errorf("repr = %s, want %s", got, c.want)
		}
		for _, op := range []object.BinaryOperator{object.OpAdd, object.OpMul, object.OpSub} {
			r := rt.BinaryOp(x, object.MakeSmallInt(1), op)
			if r == object.Nil {
				t.Fatal(errString(rt))
			}
			if tn := rt.TypeNameOf(r); tn != "int" && tn != "float" {
				t.Errorf("%s op 1 has type %s", c.typ.Name, tn)
			}
			rt.Decref(r)
		}
		for _, conv := range []*object.Type{rt.IntType, rt.FloatType} {
			r := rt.Call(conv.Ref, []object.Ref{x}, object.Nil)
			if r == object.Nil {
				t.Fatal(errString(rt))
			}
			if rt.TypeOf(r) != conv {
				t.Errorf("%s(%s instance) has type %s", conv.Name, c.typ.Name, rt.TypeNameOf(r))
			}
			rt.Decref(r)
		}
		if eq := rt.RichCompareBool(x, x, object.EQ); eq != 1 {
			t.Errorf("x == x is %d", eq)
		}
		rt.Decref(x)
		rt.Decref(c.arg)
	}
}
