package object_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

func TestInterrupt(t *testing.T) {
	rt := newRuntime(t)
	if rt.CheckInterrupt() || rt.Interrupted() {
		t.Fatal("interrupted at birth")
	}
	done := make(chan bool)
	go func() { rt.Interrupt("context canceled"); done <- true }() // from another goroutine
	<-done
	if !rt.CheckInterrupt() || !rt.ErrMatchesName("KeyboardInterrupt") {
		t.Fatal("no KeyboardInterrupt")
	}
	e := rt.Fetch()
	if got := repr(t, rt, e); got != "KeyboardInterrupt('context canceled')" {
		t.Errorf("raised %s", got)
	}
	rt.Decref(e)
	// The request stays until cleared: every check point raises again.
	r := rt.NewRange(object.MakeSmallInt(0), object.MakeSmallInt(10), object.MakeSmallInt(1))
	it := rt.Iter(r)
	rt.Decref(r)
	defer rt.Decref(it)
	if v := rt.Next(it); v != object.Nil || !rt.ErrMatchesName("KeyboardInterrupt") {
		t.Errorf("Next under an interrupt: %v", v)
	}
	rt.ClearErr()
	l := rt.NewList(0)
	defer rt.Decref(l)
	for i := 0; i < 10000; i++ {
		rt.ListAppend(l, object.MakeSmallInt(int64(10000-i)))
	}
	if rt.ListSort(l, object.Nil, false) >= 0 || !rt.ErrMatchesName("KeyboardInterrupt") {
		t.Error("a sort of 10000 items ran under an interrupt")
	}
	rt.ClearErr()
	if rt.ListLen(l) != 10000 {
		t.Errorf("the interrupted sort lost items: %d", rt.ListLen(l))
	}
	rt.ClearInterrupt()
	if rt.CheckInterrupt() || rt.ListSort(l, object.Nil, false) < 0 {
		t.Error("still interrupted after ClearInterrupt")
	}
	if v := rt.Next(it); v != object.MakeSmallInt(0) {
		t.Errorf("Next after ClearInterrupt: %v", v)
	}
}
