package object_test

import (
	"fmt"
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// TestInlineKeysDict exercises the instance dicts whose keys table sits in their
// own block: lookups, growing past the inline table (it moves out), clearing,
// deleting, and freeing; the heap must stay consistent and leak nothing.
func TestInlineKeysDict(t *testing.T) {
	for _, tt := range []struct {
		room, items int
		clear       bool
	}{
		{3, 2, false}, {3, 5, false}, {5, 30, false}, {7, 7, true}, {42, 42, false}, {43, 10, false}, {0, 4, false},
	} {
		t.Run(fmt.Sprintf("room%d_items%d_clear%v", tt.room, tt.items, tt.clear), func(t *testing.T) {
			rt := newRuntime(t)
			// Round 0 warms the intern table and the free lists; round 1 must then
			// end with the blocks it started with.
			for round := 0; round < 2; round++ {
				t.Logf("round %d", round)
				roundTrip(t, rt, tt.room, tt.items, tt.clear, round == 1)
			}
		})
	}
}

func roundTrip(t *testing.T, rt *object.Runtime, room, items int, clear, checkLeak bool) {
	tt := struct {
		room, items int
		clear       bool
	}{room, items, clear}
	{
		{
			rt.Heap().FlushQuarantine() // the debug allocator's delayed frees
			before := rt.Heap().Stats().BlocksInUse()
			d := rt.NewInstanceDictSized(tt.room)
			if d == object.Nil {
				t.Fatal(errString(rt))
			}
			keys := make([]object.Ref, tt.items)
			for i := range keys {
				keys[i] = rt.InternString(fmt.Sprintf("attr%d", i))
				v := rt.NewList(0)
				if rt.DictSetItem(d, keys[i], v) < 0 {
					t.Fatal(errString(rt))
				}
				rt.Decref(v)
			}
			for i, k := range keys {
				hint := uint32(i)
				v := rt.DictGetStrHint(d, k, &hint)
				if v == object.Nil || !rt.IsInstance(v, rt.ListType) {
					t.Fatalf("attr%d missing", i)
				}
				if lay := rt.DictInlineLayout(d); lay != 0 {
					if w := rt.DictInlineValue(d, k, uint32(i), lay); w != v {
						t.Fatalf("inline lookup of attr%d: %v, want %v", i, w, v)
					}
				}
			}
			if tt.items > 0 && rt.DictDelItem(d, keys[0]) < 0 {
				t.Fatal(errString(rt))
			}
			if tt.clear {
				rt.DictClear(d)
				if rt.DictLen(d) != 0 || rt.DictInlineLayout(d) != 0 {
					t.Fatalf("after clear: len %d, inline %v", rt.DictLen(d), rt.DictInlineLayout(d) != 0)
				}
				v := rt.NewList(0)
				rt.DictSetItem(d, keys[1], v)
				rt.Decref(v)
			}
			if err := rt.Heap().Check(); err != nil {
				t.Fatal(err)
			}
			rt.Decref(d)
			for _, k := range keys {
				rt.Decref(k)
			}
			if err := rt.Heap().Check(); err != nil {
				t.Fatal(err)
			}
			rt.Heap().FlushQuarantine()
			if after := rt.Heap().Stats().BlocksInUse(); checkLeak && after != before {
				t.Errorf("%d blocks in use after freeing the dict, %d before", after, before)
			}
		}
	}
}
