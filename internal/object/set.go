// set and frozenset: the open-addressing hash table of CPython's setobject.c.
// Methods and operators are in set_methods.go. See doc.go.

package object

import (
	"math"
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
)

// A set (or frozenset) is a container with a table of entries, embedded for up to 8
// slots and separately allocated beyond:
//
//	offset 0   header
//	       8   GC header
//	      16   fill     uint32   active + dummy entries
//	      20   used     uint32   active entries
//	      24   mask     uint32   slots - 1 (slots a power of 2, at least 8)
//	      28   finger   uint32   where pop() resumes its search
//	      32   hash     int64    a frozenset's hash, -1 until computed
//	      40   table    Ref      the table's block; Nil: the embedded small table
//	      44   weaklist Ref
//	      48   small    8 entries
//
// An entry is {hash int64, key Ref, pad} (16 bytes; CPython: 16). Unused: key Nil
// and hash 0. Dummy (deleted): key Nil and hash -1 (CPython stores a dummy object;
// no real hash is -1, so the hash alone marks it). Active: key not Nil.
//
// Probing is CPython's: from slot hash&mask, up to 9 neighbouring slots are tried
// (linear probing) when they fit before the end of the table, then the next start is
// i*5 + 1 + perturb (perturb = the hash, shifted right 5 bits at each step). The table
// grows when fill reaches 3/5 of the slots, to the smallest power of 2 above 4×used
// (2× above 50000), dropping dummies. So iteration order, which is table order, is
// CPython's for the same hashes (small ints hash to themselves, so sets of small ints
// iterate in CPython's order).
const (
	setOffFill     = 16
	setOffUsed     = 20
	setOffMask     = 24
	setOffFinger   = 28
	setOffHash     = 32
	setOffTable    = 40
	setOffWeaklist = 44
	setOffSmall    = 48
	setMinSize     = 8
	setSize        = setOffSmall + setMinSize*16

	setLinearProbes = 9
	setPerturbShift = 5
)

type setEntry struct {
	hash int64
	key  Ref
	_    uint32
}

func (rt *Runtime) setFill(s Ref) *uint32 { return rt.Uint32At(s, setOffFill) }
func (rt *Runtime) setUsed(s Ref) *uint32 { return rt.Uint32At(s, setOffUsed) }
func (rt *Runtime) setMask(s Ref) int     { return int(*rt.Uint32At(s, setOffMask)) }

// SetLen returns the number of items of a set or frozenset.
func (rt *Runtime) SetLen(s Ref) int { return int(*rt.setUsed(s)) }

// setTable returns s's table (its own block, or the small one inside s), written
// with raw address arithmetic so that Go inlines it into the loops over sets
// (cost under 80).
func (rt *Runtime) setTable(s Ref) []setEntry {
	p := unsafe.Add(rt.base, uintptr(s)<<heap.RefShift)
	q := unsafe.Add(p, setOffSmall)
	if t := *(*Ref)(unsafe.Add(p, setOffTable)); t != Nil {
		q = unsafe.Add(rt.base, uintptr(t)<<heap.RefShift)
	}
	return unsafe.Slice((*setEntry)(q), *(*uint32)(unsafe.Add(p, setOffMask))+1)
}

// IsAnySet reports whether r is a set or frozenset (or an instance of a subclass).
func (rt *Runtime) IsAnySet(r Ref) bool {
	return r&1 == 0 && r != Nil && (rt.IsInstance(r, rt.SetType) || rt.IsInstance(r, rt.FrozenSetType))
}

// IsSet reports whether r is a set or an instance of a subclass (not a frozenset).
func (rt *Runtime) IsSet(r Ref) bool { return r&1 == 0 && r != Nil && rt.IsInstance(r, rt.SetType) }

func (rt *Runtime) isExactSet(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.hdr(r).typ == rt.SetType.Ref
}

func (rt *Runtime) isExactAnySet(r Ref) bool {
	return r&1 == 0 && r != Nil && (rt.hdr(r).typ == rt.SetType.Ref || rt.hdr(r).typ == rt.FrozenSetType.Ref)
}

func (rt *Runtime) isFrozenSet(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.IsInstance(r, rt.FrozenSetType)
}

// allocSet returns a new empty set of type t (tracked).
func (rt *Runtime) allocSet(t *Type) Ref {
	s := rt.AllocObject(t, max(t.Size, setSize))
	if s == Nil {
		return Nil
	}
	*rt.Uint32At(s, setOffMask) = setMinSize - 1
	*(*int64)(rt.field(s, setOffHash)) = -1
	rt.Track(s)
	return s
}

// makeNewSet returns a new set of type t holding the items of iterable (Nil: none).
func (rt *Runtime) makeNewSet(t *Type, iterable Ref) Ref {
	s := rt.allocSet(t)
	if s == Nil || iterable == Nil {
		return s
	}
	if rt.setUpdate(s, iterable) < 0 {
		rt.Decref(s)
		return Nil
	}
	return s
}

// NewSet returns set(iterable), or an empty set when iterable is Nil.
func (rt *Runtime) NewSet(iterable Ref) Ref { return rt.makeNewSet(rt.SetType, iterable) }

// NewFrozenSet returns frozenset(iterable), or an empty one when iterable is Nil.
func (rt *Runtime) NewFrozenSet(iterable Ref) Ref { return rt.makeNewSet(rt.FrozenSetType, iterable) }

// makeNewSetBasetype is makeNewSet with set or frozenset for a subclass of them.
func (rt *Runtime) makeNewSetBasetype(t *Type, iterable Ref) Ref {
	if t != rt.SetType && t != rt.FrozenSetType {
		if rt.IsSubtype(t, rt.SetType) {
			t = rt.SetType
		} else {
			t = rt.FrozenSetType
		}
	}
	return rt.makeNewSet(t, iterable)
}

func (rt *Runtime) setCopy(s Ref) Ref { return rt.makeNewSetBasetype(rt.TypeOf(s), s) }

// setLookkey finds key in s: the slot where it is, or the unused slot where the
// search ended. found is false when absent; ok false when a comparison raised.
func (rt *Runtime) setLookkey(s, key Ref, hash int64) (slot int, found, ok bool) {
restart:
	tab := rt.setTable(s)
	tabRef := *rt.RefAt(s, setOffTable)
	mask := len(tab) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	strKey := rt.isExactStr(key)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &tab[j]
			if e.key == Nil {
				if e.hash == 0 {
					return j, false, true
				}
				continue
			}
			if e.hash != hash {
				continue
			}
			start := e.key
			if start == key || (strKey && rt.isExactStr(start) && rt.StrEqual(start, key)) {
				return j, true, true
			}
			rt.Incref(start)
			cmp := rt.RichCompareBool(start, key, EQ)
			rt.Decref(start)
			if cmp < 0 {
				return 0, false, false
			}
			if *rt.RefAt(s, setOffTable) != tabRef || rt.setMask(s) != mask || tab[j].key != start {
				goto restart
			}
			if cmp > 0 {
				return j, true, true
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setAddEntry adds key (borrowed) with its hash: 0, or -1 on error.
func (rt *Runtime) setAddEntry(s, key Ref, hash int64) int {
	rt.Incref(key)
restart:
	tab := rt.setTable(s)
	tabRef := *rt.RefAt(s, setOffTable)
	mask := len(tab) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	free := -1
	strKey := rt.isExactStr(key)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &tab[j]
			if e.key == Nil {
				if e.hash == 0 {
					if free >= 0 {
						tab[free] = setEntry{hash: hash, key: key}
						*rt.setUsed(s)++
						return 0
					}
					*e = setEntry{hash: hash, key: key}
					*rt.setFill(s)++
					*rt.setUsed(s)++
					if int(*rt.setFill(s))*5 < mask*3 {
						return 0
					}
					used := rt.SetLen(s)
					if used > 50000 {
						return rt.setTableResize(s, used*2)
					}
					return rt.setTableResize(s, used*4)
				}
				free = j // CPython keeps the last dummy seen
				continue
			}
			if e.hash != hash {
				continue
			}
			start := e.key
			if start == key || (strKey && rt.isExactStr(start) && rt.StrEqual(start, key)) {
				rt.Decref(key)
				return 0
			}
			rt.Incref(start)
			cmp := rt.RichCompareBool(start, key, EQ)
			rt.Decref(start)
			if cmp > 0 {
				rt.Decref(key)
				return 0
			}
			if cmp < 0 {
				rt.Decref(key)
				return -1
			}
			if *rt.RefAt(s, setOffTable) != tabRef || rt.setMask(s) != mask || tab[j].key != start {
				goto restart
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setInsertClean puts a key known to be absent into a table without dummies.
func setInsertClean(tab []setEntry, key Ref, hash int64) {
	mask := len(tab) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		if tab[i].key == Nil {
			tab[i] = setEntry{hash: hash, key: key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if tab[j].key == Nil {
					tab[j] = setEntry{hash: hash, key: key}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setTableResize rebuilds s's table with more than minused slots, dropping dummies.
func (rt *Runtime) setTableResize(s Ref, minused int) int {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	if newsize > math.MaxUint32/16 {
		rt.NoMemory()
		return -1
	}
	old := rt.setTable(s)
	oldRef := *rt.RefAt(s, setOffTable)
	var saved [setMinSize]setEntry
	if oldRef == Nil {
		// The small table is about to be reused or left: keep a copy of it (on the
		// stack: a set growing out of its small table makes no Go memory).
		old = saved[:copy(saved[:], old)]
	}
	var newRef Ref
	if newsize > setMinSize {
		newRef = Ref(rt.heap.Alloc(uintptr(newsize) * 16))
		if newRef == Nil {
			rt.NoMemory()
			return -1
		}
	}
	*rt.RefAt(s, setOffTable) = newRef
	*rt.Uint32At(s, setOffMask) = uint32(newsize - 1)
	tab := rt.setTable(s)
	clear(tab)
	*rt.setFill(s) = *rt.setUsed(s)
	for _, e := range old {
		if e.key != Nil {
			setInsertClean(tab, e.key, e.hash)
		}
	}
	if oldRef != Nil {
		rt.heap.Free(oldRef.Heap())
	}
	return 0
}

// setDiscardEntry removes key: 1 if it was there, 0 if not, -1 on error.
func (rt *Runtime) setDiscardEntry(s, key Ref, hash int64) int {
	slot, found, ok := rt.setLookkey(s, key, hash)
	if !ok {
		return -1
	}
	if !found {
		return 0
	}
	e := &rt.setTable(s)[slot]
	old := e.key
	e.key, e.hash = Nil, -1
	*rt.setUsed(s)--
	rt.Decref(old)
	return 1
}

// SetAdd adds key (borrowed) to s. It returns -1 with an exception set on error.
func (rt *Runtime) SetAdd(s, key Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	return rt.setAddEntry(s, key, hash)
}

// SetContains reports whether key is in s: 1, 0, or -1 on error.
func (rt *Runtime) SetContains(s, key Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	return rt.setContainsEntry(s, key, hash)
}

func (rt *Runtime) setContainsEntry(s, key Ref, hash int64) int {
	_, found, ok := rt.setLookkey(s, key, hash)
	if !ok {
		return -1
	}
	if found {
		return 1
	}
	return 0
}

// SetDiscard removes key from s if present: 1 if it was, 0 if not, -1 on error.
func (rt *Runtime) SetDiscard(s, key Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	return rt.setDiscardEntry(s, key, hash)
}

// setClear empties s, back to the small table, dropping the keys after the set is
// consistent again.
func (rt *Runtime) setClear(s Ref) {
	if *rt.setFill(s) == 0 {
		return
	}
	oldRef := *rt.RefAt(s, setOffTable)
	var small [setMinSize]setEntry
	old := rt.setTable(s)
	if oldRef == Nil {
		copy(small[:], old)
		old = small[:]
	}
	*rt.RefAt(s, setOffTable) = Nil
	*rt.Uint32At(s, setOffMask) = setMinSize - 1
	*rt.setFill(s), *rt.setUsed(s) = 0, 0
	clear(rt.setTable(s))
	// The detached table stays allocated until its keys are dropped (small ints
	// and Nil skipped without a call).
	for _, e := range old {
		if k := e.key; k&1 == 0 && k != Nil {
			rt.Decref(k)
		}
	}
	if oldRef != Nil {
		rt.heap.Free(oldRef.Heap())
	}
}

// setNext iterates over s's active entries in table order from *pos.
func (rt *Runtime) setNext(s Ref, pos *int) (*setEntry, bool) {
	tab := rt.setTable(s)
	i := *pos
	for i < len(tab) && tab[i].key == Nil {
		i++
	}
	*pos = i + 1
	if i >= len(tab) {
		return nil, false
	}
	return &tab[i], true
}

// setMerge adds every item of the set other to s (CPython's set_merge).
func (rt *Runtime) setMerge(s, other Ref) int {
	if s == other || rt.SetLen(other) == 0 {
		return 0
	}
	if (int(*rt.setFill(s))+rt.SetLen(other))*5 >= rt.setMask(s)*3 {
		if rt.setTableResize(s, (rt.SetLen(s)+rt.SetLen(other))*2) < 0 {
			return -1
		}
	}
	otab := rt.setTable(other)
	if *rt.setFill(s) == 0 && rt.setMask(s) == rt.setMask(other) && *rt.setFill(other) == *rt.setUsed(other) {
		tab := rt.setTable(s)
		for i, e := range otab {
			if e.key != Nil {
				rt.Incref(e.key)
				tab[i] = e
			}
		}
		*rt.setFill(s) = *rt.setFill(other)
		*rt.setUsed(s) = *rt.setUsed(other)
		return 0
	}
	if *rt.setFill(s) == 0 {
		tab := rt.setTable(s)
		*rt.setFill(s) = *rt.setUsed(other)
		*rt.setUsed(s) = *rt.setUsed(other)
		for _, e := range otab {
			if e.key != Nil {
				rt.Incref(e.key)
				setInsertClean(tab, e.key, e.hash)
			}
		}
		return 0
	}
	// A key's __eq__, run by setAddEntry, may change other: its table is read
	// again when its block or size changed (CPython reads so_other->table at
	// each step).
	otabRef, omask := *rt.RefAt(other, setOffTable), rt.setMask(other)
	for i := 0; i < len(otab); i++ {
		e := otab[i]
		if e.key == Nil {
			continue
		}
		if rt.setAddEntry(s, e.key, e.hash) < 0 {
			return -1
		}
		if *rt.RefAt(other, setOffTable) != otabRef || rt.setMask(other) != omask {
			otab, otabRef, omask = rt.setTable(other), *rt.RefAt(other, setOffTable), rt.setMask(other)
		}
	}
	return 0
}

// SetUpdate adds the items of any iterable to s (set.update with one argument).
func (rt *Runtime) SetUpdate(s, iterable Ref) int { return rt.setUpdate(s, iterable) }

// SetClear empties s.
func (rt *Runtime) SetClear(s Ref) { rt.setClear(s) }

// setUpdate adds the items of any iterable to s (CPython's set_update_internal).
func (rt *Runtime) setUpdate(s, other Ref) int {
	if rt.IsAnySet(other) {
		return rt.setMerge(s, other)
	}
	if rt.isExactDict(other) {
		n := rt.DictLen(other)
		if (int(*rt.setFill(s))+n)*5 >= rt.setMask(s)*3 {
			if rt.setTableResize(s, (rt.SetLen(s)+n)*2) < 0 {
				return -1
			}
		}
		for i := 0; i < rt.dictNentries(other); i++ {
			e := *rt.dictEntryAt(other, i)
			if e.key != Nil && rt.setAddEntry(s, e.key, e.hash) < 0 {
				return -1
			}
		}
		return 0
	}
	it := rt.Iter(other)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	next := rt.TypeOf(it).Next
	for {
		k := next(rt, it)
		if k == Nil {
			if rt.Occurred() {
				if !rt.ErrMatchesName("StopIteration") {
					return -1
				}
				rt.ClearErr()
			}
			return 0
		}
		err := rt.SetAdd(s, k)
		rt.Decref(k)
		if err < 0 {
			return -1
		}
	}
}

// setSwapBodies exchanges the contents of a and b (CPython's set_swap_bodies): used
// by the in-place operations that build their result in a temporary set.
func (rt *Runtime) setSwapBodies(a, b Ref) {
	ta, tb := *rt.RefAt(a, setOffTable), *rt.RefAt(b, setOffTable)
	var smallA, smallB [setMinSize]setEntry
	copy(smallA[:], unsafe.Slice((*setEntry)(rt.field(a, setOffSmall)), setMinSize))
	copy(smallB[:], unsafe.Slice((*setEntry)(rt.field(b, setOffSmall)), setMinSize))
	copy(unsafe.Slice((*setEntry)(rt.field(a, setOffSmall)), setMinSize), smallB[:])
	copy(unsafe.Slice((*setEntry)(rt.field(b, setOffSmall)), setMinSize), smallA[:])
	*rt.RefAt(a, setOffTable), *rt.RefAt(b, setOffTable) = tb, ta
	for _, off := range []uintptr{setOffFill, setOffUsed, setOffMask} {
		pa, pb := rt.Uint32At(a, off), rt.Uint32At(b, off)
		*pa, *pb = *pb, *pa
	}
	ha, hb := (*int64)(rt.field(a, setOffHash)), (*int64)(rt.field(b, setOffHash))
	if rt.isFrozenSet(a) && rt.isFrozenSet(b) {
		*ha, *hb = *hb, *ha
	} else {
		*ha, *hb = -1, -1
	}
}

func setDealloc(rt *Runtime, s Ref) {
	rt.Untrack(s)
	rt.setClear(s)
	rt.FreeObject(s)
}

func setTraverse(rt *Runtime, s Ref, visit VisitFunc) bool {
	for _, e := range rt.setTable(s) {
		if e.key != Nil && !visit(e.key) {
			return false
		}
	}
	return true
}

func shuffleBits(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }

// frozensetHash is CPython 3.11's frozenset_hash: an order-independent combination
// of the items' hashes, cached in the object.
func frozensetHash(rt *Runtime, s Ref) (int64, bool) {
	hp := (*int64)(rt.field(s, setOffHash))
	if *hp != -1 {
		return *hp, true
	}
	var h uint64
	for _, e := range rt.setTable(s) {
		if e.key != Nil {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	h ^= (uint64(rt.SetLen(s)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	*hp = int64(h)
	return int64(h), true
}

func setIter(rt *Runtime, s Ref) Ref {
	it := rt.AllocObject(rt.ctypes().setIter, setItSize)
	if it == Nil {
		return Nil
	}
	*rt.RefAt(it, setItOffSet) = rt.New(s)
	*rt.Uint32At(it, setItOffUsed) = uint32(rt.SetLen(s))
	*rt.Uint32At(it, setItOffLen) = uint32(rt.SetLen(s))
	rt.Track(it)
	return it
}

// A set iterator: header | GC header | set Ref | used uint32 | pos uint32 | len uint32.
const (
	setItOffSet  = 16
	setItOffUsed = 20
	setItOffPos  = 24
	setItOffLen  = 28
	setItSize    = 32
)

func setIterNext(rt *Runtime, it Ref) Ref {
	s := *rt.RefAt(it, setItOffSet)
	if s == Nil {
		return Nil
	}
	used := rt.Uint32At(it, setItOffUsed)
	if *used != uint32(rt.SetLen(s)) {
		rt.Raise("RuntimeError", "Set changed size during iteration")
		*used = ^uint32(0)
		return Nil
	}
	pos := int(*rt.Uint32At(it, setItOffPos))
	e, ok := rt.setNext(s, &pos)
	*rt.Uint32At(it, setItOffPos) = uint32(pos)
	if !ok {
		rt.Replace(rt.RefAt(it, setItOffSet), Nil)
		return Nil
	}
	*rt.Uint32At(it, setItOffLen)--
	return rt.New(e.key)
}
