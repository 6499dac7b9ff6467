// What the gc module exposes beyond collection: object lists, referrers and
// referents, freezing. See doc.go.

package gc

import "github.com/pyheap/pyheap/internal/object"

// Objects returns the objects tracked in generation gen (0..2), or in all three
// when gen is -1 (gc.get_objects), as borrowed references.
func (c *Collector) Objects(gen int) []object.Ref {
	var out []object.Ref
	for g := 0; g < NumGenerations; g++ {
		if gen >= 0 && g != gen {
			continue
		}
		h := c.head(g)
		for r := c.next(h); r != h; r = c.next(r) {
			if !c.rt.IsInstanceDict(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// Referrers returns the tracked objects that refer directly to any of objs
// (gc.get_referrers), borrowed.
func (c *Collector) Referrers(objs []object.Ref) []object.Ref {
	rt := c.rt
	var out []object.Ref
	for g := 0; g <= NumGenerations; g++ {
		h := c.head(g)
		for r := c.next(h); r != h; r = c.next(r) {
			tr := rt.TypeOf(r).Traverse
			if tr == nil {
				continue
			}
			found := false
			tr(rt, r, func(o object.Ref) bool {
				for _, x := range objs {
					if o == x {
						found = true
						return false
					}
				}
				return true
			})
			if found {
				out = append(out, r)
			}
		}
	}
	return out
}

// Referents returns the objects that objs refer to directly, as their types'
// Traverse slots report them (gc.get_referents), borrowed.
func (c *Collector) Referents(objs []object.Ref) []object.Ref {
	rt := c.rt
	var out []object.Ref
	for _, o := range objs {
		if !c.isGC(o) {
			continue
		}
		if tr := rt.TypeOf(o).Traverse; tr != nil {
			tr(rt, o, func(r object.Ref) bool {
				out = append(out, r)
				return true
			})
		}
	}
	return out
}

// Freeze moves every tracked object to the permanent generation, which collections
// ignore (gc.freeze).
func (c *Collector) Freeze() {
	for g := 0; g < NumGenerations; g++ {
		c.merge(c.head(g), c.head(NumGenerations))
	}
	c.count[0] = 0
}

// Unfreeze moves the permanent generation back into the oldest (gc.unfreeze).
func (c *Collector) Unfreeze() { c.merge(c.head(NumGenerations), c.head(NumGenerations-1)) }

// FreezeCount returns the size of the permanent generation (gc.get_freeze_count).
func (c *Collector) FreezeCount() int { return c.size(c.head(NumGenerations)) }
