// The dict type's representation and core: the compact, insertion-ordered hash table
// of CPython 3.6+. Methods and views are in dict_methods.go. See doc.go.

package object

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
)

// A dict object holds a count and a separately allocated keys table:
//
//	dict object                      keys table (a block of its own)
//	offset 0   header                offset 0   size      uint32  index slots, a power of 2
//	       8   GC header                    4   usable    uint32  entry capacity (2/3 of size)
//	      16   used    uint32               8   nentries  uint32  entries appended (incl. deleted)
//	      20   flags   uint32              12   layout    uint32  entries' offset | index slot width (1, 2, 4)
//	      24   keys    Ref                 16   indices   size slots: entry number, -1 empty, -2 deleted
//	      28   version uint32               …   entries   usable × {hash int64, key Ref, value Ref}
//
// layout packs two numbers that never share a bit: the offset of the entries in
// the table (a multiple of 8) and the bytes per index slot (1, 2 or 4), so that
// finding an entry takes one load.
//
// The dict object is 32 bytes (CPython: 48 + 16 GC); an entry is 16 bytes (CPython: 24).
// version tags the dict's set of keys and their places in the entries for the
// VM's global-name caches (CPython 3.11's dk_version): 0 after any change to
// either (a key added or deleted, a resize, a clear), and a fresh number from
// DictKeysVersion when a cache asks. Entries are appended in insertion order, so iteration is
// ordered and the index array is the only part that is hashed into. A deleted entry
// keeps its place with key Nil until the next resize compacts the table. An empty
// dict has no table (keys Nil).
const (
	dictOffUsed  = 16
	dictOffFlags = 20
	dictOffKeys  = 24

	// dictInstance marks the __dict__ of an instance that Python code has not
	// looked at: CPython 3.11 keeps such attributes inline in the object, so they
	// are not a separate object for the collector to count (see InstanceDict).
	dictInstance = 1
	// dictInlineKeys marks a dict whose keys table sits in the dict's own block,
	// right after the object (NewInstanceDictSized): an instance attribute is then
	// one dependent load away from the dict, not three. A resize or clear moves the
	// table out and drops the mark.
	dictInlineKeys = 2
	// dictOwnBlock marks a dict made with room for an inline table: its block is
	// larger than a dict's, so it never goes to the dict free list (the mark
	// stays when the table moves out).
	dictOwnBlock = 4
	// dictUncounted marks a dict whose allocation the collector's count did not
	// see (an instance dict: CPython 3.11 allocates no object for inline
	// attributes), so that freeing it does not count either.
	dictUncounted = 8
	// dictBloom is the rest of the flags word, bits 8 to 31: a Bloom filter of
	// the hashes of the keys ever inserted (cleared only by clear()). A bit not
	// set proves a key absent without probing: LOAD_METHOD on an instance asks
	// whether the instance dict shadows the method, and the answer is nearly
	// always no (CPython 3.11 asks its shared keys' version instead).
	dictBloom      = 0xFFFFFF00
	dictOffVersion = 28
	dictSize       = 32

	keysOffSize     = 0
	keysOffUsable   = 4
	keysOffNentries = 8
	keysOffWidth    = 12
	keysOffIndices  = 16

	dkixEmpty = -1
	dkixDummy = -2

	dictMinSize  = 8
	dictFreeList = 80
)

type dictEntry struct {
	hash  int64
	key   Ref
	value Ref
}

func (rt *Runtime) dictKeys(d Ref) Ref { return *rt.RefAt(d, dictOffKeys) }

// DictLen returns the number of items of a dict.
func (rt *Runtime) DictLen(d Ref) int { return int(*rt.Uint32At(d, dictOffUsed)) }

type keysView struct {
	rt   *Runtime
	keys Ref
}

func (k keysView) size() int      { return int(*k.rt.Uint32At(k.keys, keysOffSize)) }
func (k keysView) usable() int    { return int(*k.rt.Uint32At(k.keys, keysOffUsable)) }
func (k keysView) nentries() int  { return int(*k.rt.Uint32At(k.keys, keysOffNentries)) }
func (k keysView) width() uintptr { return uintptr(*k.rt.Uint32At(k.keys, keysOffWidth) & 7) }

func (k keysView) index(i int) int {
	p := k.rt.field(k.keys, keysOffIndices)
	switch k.width() {
	case 1:
		return int(*(*int8)(unsafe.Add(p, i)))
	case 2:
		return int(*(*int16)(unsafe.Add(p, 2*i)))
	}
	return int(*(*int32)(unsafe.Add(p, 4*i)))
}

func (k keysView) setIndex(i, ix int) {
	p := k.rt.field(k.keys, keysOffIndices)
	switch k.width() {
	case 1:
		*(*int8)(unsafe.Add(p, i)) = int8(ix)
	case 2:
		*(*int16)(unsafe.Add(p, 2*i)) = int16(ix)
	default:
		*(*int32)(unsafe.Add(p, 4*i)) = int32(ix)
	}
}

// entry returns entry i of the table, which must be below nentries: the fast
// path of the attribute caches' hints, with fewer loads than entries().
func (k keysView) entry(i int) *dictEntry {
	p := k.rt.field(k.keys, 0)
	off := uintptr(*(*uint32)(unsafe.Add(p, keysOffWidth)) &^ 7)
	return (*dictEntry)(unsafe.Add(p, off+uintptr(i)*unsafe.Sizeof(dictEntry{})))
}

func (k keysView) entries() []dictEntry {
	off := uintptr(*k.rt.Uint32At(k.keys, keysOffWidth) &^ 7)
	return unsafe.Slice((*dictEntry)(k.rt.field(k.keys, off)), k.usable())
}

func indexWidth(size int) uintptr {
	switch {
	case size <= 128:
		return 1
	case size <= 1<<15:
		return 2
	}
	return 4
}

// keysBytes is the size of a keys table of size index slots.
func keysBytes(size int) uintptr {
	return keysOffIndices + (uintptr(size)*indexWidth(size)+7)&^7 + uintptr(size*2/3)*16
}

// newKeys allocates an empty keys table of size index slots (a power of 2).
func (rt *Runtime) newKeys(size int) Ref {
	k := rt.alloc(keysBytes(size))
	if k == Nil {
		return Nil
	}
	rt.initKeys(k, size)
	return k
}

// initKeys formats the memory at k as an empty keys table of size index slots.
func (rt *Runtime) initKeys(k Ref, size int) {
	width := indexWidth(size)
	usable := size * 2 / 3
	*rt.Uint32At(k, keysOffSize) = uint32(size)
	*rt.Uint32At(k, keysOffUsable) = uint32(usable)
	*rt.Uint32At(k, keysOffNentries) = 0
	*rt.Uint32At(k, keysOffWidth) = uint32(keysOffIndices+(uintptr(size)*width+7)&^7) | uint32(width)
	fill(rt.Bytes(k, keysOffIndices, uintptr(size)*width), 0xFF) // all dkixEmpty
}

func fill(b []byte, c byte) {
	for i := range b {
		b[i] = c
	}
}

// NewDict returns a new empty dict, or Nil with MemoryError set.
func (rt *Runtime) NewDict() Ref {
	var d Ref
	if rt.free.dict != Nil {
		d = rt.free.dict
		rt.free.dict = *rt.RefAt(d, dictOffKeys)
		rt.free.dictCount--
		rt.hdr(d).refcnt = 1
		*rt.RefAt(d, gcOffNext), *rt.RefAt(d, gcOffPrev) = 0, 0
		// Not an allocation for the collector's count (CPython counts only
		// _PyObject_GC_Link; see internal/gc).
	} else if d = rt.AllocObject(rt.DictType, dictSize); d == Nil {
		return Nil
	}
	*rt.Uint32At(d, dictOffUsed) = 0
	*rt.Uint32At(d, dictOffFlags) = 0
	*rt.RefAt(d, dictOffKeys) = Nil
	*rt.Uint32At(d, dictOffVersion) = 0
	return d
}

// newUncountedDict is NewDict for an instance dict: its allocation is not one for
// the collector's count (see dictUncounted).
func (rt *Runtime) newUncountedDict() Ref {
	var d Ref
	if rt.free.dict != Nil {
		d = rt.free.dict
		rt.free.dict = *rt.RefAt(d, dictOffKeys)
		rt.free.dictCount--
		rt.hdr(d).refcnt = 1
		*rt.RefAt(d, gcOffNext), *rt.RefAt(d, gcOffPrev) = 0, 0
	} else if d = rt.allocObject(rt.DictType, dictSize); d == Nil {
		return Nil
	}
	*rt.Uint32At(d, dictOffUsed) = 0
	*rt.Uint32At(d, dictOffFlags) = dictInstance | dictUncounted
	*rt.RefAt(d, dictOffKeys) = Nil
	*rt.Uint32At(d, dictOffVersion) = 0
	return d
}

// NewInstanceDict returns a new dict to hold an instance's attributes. It is an
// ordinary dict, tracked like any other, but marked so that the collector does not
// count it among the objects it frees, gc.get_objects does not list it and
// DEBUG_SAVEALL does not save it: CPython 3.11 stores such attributes inline in
// the instance, so its gc.collect() counts two instances in a cycle as 2, not 4.
// Once Python code takes the dict itself (obj.__dict__), MaterializeDict makes it
// count again, as CPython materializes it.
//
// Nor does the collector's allocation count see it, made or freed.
func (rt *Runtime) NewInstanceDict() Ref { return rt.newUncountedDict() }

// maxInlineAttrs bounds the attributes an instance dict is made with room for in
// its own block (NewInstanceDictSized); classes with more get ordinary dicts.
const maxInlineAttrs = 42 // a 64-slot table

// NewInstanceDictSized is NewInstanceDict with its keys table, room for n items, in
// the dict's own block (dictInlineKeys): a class passes the number of attributes
// its instances have had so far, so the attributes of a typical instance never
// move and are found one load from the dict (DictInlineValue).
func (rt *Runtime) NewInstanceDictSized(n int) Ref {
	if n <= 0 || n > maxInlineAttrs {
		return rt.NewInstanceDict()
	}
	size := dictMinSize
	for size*2/3 < n {
		size <<= 1
	}
	d := rt.allocObject(rt.DictType, dictSize+keysBytes(size)) // uncounted, as NewInstanceDict
	if d == Nil {
		return Nil
	}
	k := d + Ref(dictSize>>heap.RefShift)
	rt.initKeys(k, size)
	*rt.RefAt(d, dictOffKeys) = k
	*rt.Uint32At(d, dictOffFlags) = dictInstance | dictInlineKeys | dictOwnBlock | dictUncounted
	return d
}

// DictInlineLayout returns the layout word of d's keys table when the table is in
// d's own block (0 otherwise): with it, DictInlineValue finds an entry without
// loading the table's address.
func (rt *Runtime) DictInlineLayout(d Ref) uint32 {
	if *rt.Uint32At(d, dictOffFlags)&dictInlineKeys == 0 {
		return 0
	}
	return *rt.Uint32At(d, dictSize+keysOffWidth)
}

// DictInlineValue returns the value of entry hint of d when d's keys table is in
// its own block with layout word lay (from DictInlineLayout, which fixes where the
// entries are) and that entry's key is key; else Nil. Every load depends on d
// alone: the attribute caches' fastest path.
func (rt *Runtime) DictInlineValue(d, key Ref, hint, lay uint32) Ref {
	p := rt.field(d, 0)
	kp := unsafe.Add(p, dictSize)
	if *(*uint32)(unsafe.Add(p, dictOffFlags))&dictInlineKeys == 0 || *(*uint32)(unsafe.Add(kp, keysOffWidth)) != lay ||
		hint >= *(*uint32)(unsafe.Add(kp, keysOffNentries)) {
		return Nil
	}
	e := (*dictEntry)(unsafe.Add(kp, uintptr(lay&^7)+uintptr(hint)*unsafe.Sizeof(dictEntry{})))
	if e.key != key {
		return Nil
	}
	return e.value
}

// ownsKeys reports whether keys, d's table, is a block of its own (not inline in
// d's); for an inline one it drops d's mark, as the table is leaving it.
func (rt *Runtime) ownsKeys(d, keys Ref) bool {
	f := rt.Uint32At(d, dictOffFlags)
	if *f&dictInlineKeys != 0 && keys == d+Ref(dictSize>>heap.RefShift) {
		*f &^= dictInlineKeys
		return false
	}
	return true
}

// IsInstanceDict reports whether d is an instance dict no Python code has taken.
func (rt *Runtime) IsInstanceDict(d Ref) bool {
	return d&1 == 0 && d != Nil && rt.TypeOf(d) == rt.DictType && *rt.Uint32At(d, dictOffFlags)&dictInstance != 0
}

// MaterializeDict marks an instance dict as an object of its own (obj.__dict__ was
// taken).
func (rt *Runtime) MaterializeDict(d Ref) {
	if d&1 == 0 && d != Nil && rt.TypeOf(d) == rt.DictType {
		*rt.Uint32At(d, dictOffFlags) &^= dictInstance
	}
}

// lookup finds key (with hash) in d. It returns the entry number (or dkixEmpty) and
// the index slot where the search stopped. It returns ok false when comparing keys
// raised. A key's __eq__ may change the dict; the search then starts over, as in
// CPython.
func (rt *Runtime) dictLookup(d, key Ref, hash int64) (ix, slot int, ok bool) {
restart:
	keys := rt.dictKeys(d)
	if keys == Nil {
		return dkixEmpty, 0, true
	}
	k := keysView{rt, keys}
	mask := k.size() - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		ix := k.index(i)
		if ix == dkixEmpty {
			return dkixEmpty, i, true
		}
		if ix >= 0 {
			e := k.entry(ix)
			if e.key == key {
				return ix, i, true
			}
			if e.hash == hash {
				if rt.isExactStr(key) && rt.isExactStr(e.key) {
					if rt.StrEqual(e.key, key) {
						return ix, i, true
					}
				} else {
					ek := e.key
					rt.Incref(ek)
					cmp := rt.RichCompareBool(ek, key, EQ)
					rt.Decref(ek)
					if cmp < 0 {
						return 0, 0, false
					}
					if rt.dictKeys(d) != keys || k.entries()[ix].key != ek {
						goto restart
					}
					if cmp > 0 {
						return ix, i, true
					}
				}
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + perturb + 1) & uint64(mask))
	}
}

func (rt *Runtime) isExactStr(r Ref) bool { return r&1 == 0 && rt.hdr(r).typ == rt.StrType.Ref }

// DictGetItem returns the value for key in d, borrowed, or Nil if absent or on error
// (then rt.Err() is set: an unhashable key, a failing __eq__).
func (rt *Runtime) DictGetItem(d, key Ref) Ref {
	hash, ok := rt.Hash(key)
	if !ok {
		return Nil
	}
	return rt.DictGetItemHash(d, key, hash)
}

// DictGetItemHash is DictGetItem with the key's hash already known.
func (rt *Runtime) DictGetItemHash(d, key Ref, hash int64) Ref {
	ix, _, ok := rt.dictLookup(d, key, hash)
	if !ok || ix < 0 {
		return Nil
	}
	return keysView{rt, rt.dictKeys(d)}.entry(ix).value
}

// DictKeysVersion returns a number that stays the same as long as d's keys and
// their places do (values may change): a cache of where a name is, or that it is
// absent, is valid while the version it recorded is d's. 0 means "do not cache"
// (the numbers ran out).
func (rt *Runtime) DictKeysVersion(d Ref) uint32 {
	v := rt.Uint32At(d, dictOffVersion)
	if *v == 0 && rt.dictVersion < ^uint32(0) {
		rt.dictVersion++
		*v = rt.dictVersion
	}
	return *v
}

// DictKeysVersionIs reports whether d's keys version is v (nonzero), without
// giving d a version: the check of a global-name cache.
func (rt *Runtime) DictKeysVersionIs(d Ref, v uint32) bool {
	// Written out so that its inline cost stays within the eval loop's 20.
	return *(*uint32)(unsafe.Add(rt.base, uintptr(d)<<heap.RefShift+dictOffVersion)) == v
}

// DictEntryIndex returns the entry index of key (an exact, interned str) in d, or
// -1 when absent: with DictKeysVersion, where a cache finds the name again.
func (rt *Runtime) DictEntryIndex(d, key Ref) int {
	ix, _, ok := rt.dictLookup(d, key, rt.StrHash(key))
	if !ok || ix < 0 {
		rt.ClearErr()
		return -1
	}
	return ix
}

// DictValueSlot returns the address of the value of d's entry ix: it stays that
// entry's while d's keys version is unchanged (the keys table is only replaced by
// a resize, which changes the version).
func (rt *Runtime) DictValueSlot(d Ref, ix int) *Ref {
	return &keysView{rt, rt.dictKeys(d)}.entries()[ix].value
}

// DictGetStrHint is DictGetStr for an interned name, trying the entry *hint first:
// instances of a class usually store their attributes in the same order, so the
// VM's attribute caches remember where the last one had the name. *hint is updated
// on a miss.
func (rt *Runtime) DictGetStrHint(d, key Ref, hint *uint32) Ref {
	keys := rt.dictKeys(d)
	if keys == Nil {
		return Nil
	}
	k := keysView{rt, keys}
	if h := int(*hint); h < k.nentries() {
		if e := k.entry(h); e.key == key {
			return e.value
		}
	}
	ix, _, ok := rt.dictLookup(d, key, rt.StrHash(key))
	if !ok || ix < 0 {
		return Nil
	}
	*hint = uint32(ix)
	return keysView{rt, rt.dictKeys(d)}.entries()[ix].value
}

// DictHintValue returns the value of entry hint of d when that entry's key is key
// (an interned name), else Nil: the inlinable first step of DictGetStrHint.
func (rt *Runtime) DictHintValue(d, key Ref, hint uint32) Ref {
	keys := *rt.RefAt(d, dictOffKeys)
	if keys == Nil {
		return Nil
	}
	p := rt.field(keys, 0)
	if hint >= *(*uint32)(unsafe.Add(p, keysOffNentries)) {
		return Nil
	}
	e := (*dictEntry)(unsafe.Add(p, uintptr(*(*uint32)(unsafe.Add(p, keysOffWidth))&^7)+uintptr(hint)*unsafe.Sizeof(dictEntry{})))
	if e.key != key {
		return Nil
	}
	return e.value
}

// DictHintSlot is DictHintValue returning the address of the value, for a store
// that replaces it (nil when the hint misses).
func (rt *Runtime) DictHintSlot(d, key Ref, hint uint32) *Ref {
	keys := *rt.RefAt(d, dictOffKeys)
	if keys == Nil {
		return nil
	}
	p := rt.field(keys, 0)
	if hint >= *(*uint32)(unsafe.Add(p, keysOffNentries)) {
		return nil
	}
	e := (*dictEntry)(unsafe.Add(p, uintptr(*(*uint32)(unsafe.Add(p, keysOffWidth))&^7)+uintptr(hint)*unsafe.Sizeof(dictEntry{})))
	if e.key != key {
		return nil
	}
	return &e.value
}

// DictSetStrHint is DictSetItem for an interned name, trying the entry *hint
// first (see DictGetStrHint). It returns -1 on error.
func (rt *Runtime) DictSetStrHint(d, key, value Ref, hint *uint32) int {
	if keys := rt.dictKeys(d); keys != Nil {
		k := keysView{rt, keys}
		if h := int(*hint); h < k.nentries() {
			if e := k.entry(h); e.key == key {
				rt.Incref(value)
				old := e.value
				e.value = value
				if rt.MayBeTracked(value) && !rt.IsTracked(d) {
					rt.Track(d)
				}
				rt.Decref(old)
				return 0
			}
		}
	}
	if rt.DictSetItemHash(d, key, value, rt.StrHash(key)) < 0 {
		return -1
	}
	if ix, _, ok := rt.dictLookup(d, key, rt.StrHash(key)); ok && ix >= 0 {
		*hint = uint32(ix)
	}
	return 0
}

// DictGetStr looks up an exact str key (borrowed result, Nil if absent; never
// raises). This is the path of attribute and global lookups.
func (rt *Runtime) DictGetStr(d, key Ref) Ref {
	if d == Nil {
		return Nil
	}
	return rt.DictGetItemHash(d, key, rt.StrHash(key))
}

// DictSetItem sets d[key] = value (both borrowed; the dict takes its own
// references). It returns -1 with an exception set on failure.
func (rt *Runtime) DictSetItem(d, key, value Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	return rt.DictSetItemHash(d, key, value, hash)
}

// DictSetItemHash is DictSetItem with the key's hash already known.
func (rt *Runtime) DictSetItemHash(d, key, value Ref, hash int64) int {
	ix, _, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return -1
	}
	rt.Incref(value)
	if ix >= 0 {
		e := keysView{rt, rt.dictKeys(d)}.entry(ix)
		old := e.value
		e.value = value
		if rt.MayBeTracked(value) && !rt.IsTracked(d) {
			rt.Track(d)
		}
		rt.Decref(old)
		return 0
	}
	*rt.Uint32At(d, dictOffVersion) = 0
	keys := rt.dictKeys(d)
	if kv := (keysView{rt, keys}); keys == Nil || kv.nentries() >= kv.usable() {
		if rt.dictResize(d, growthSize(rt.DictLen(d))) < 0 {
			rt.Decref(value)
			return -1
		}
	}
	k := keysView{rt, rt.dictKeys(d)}
	slot := k.emptySlot(hash)
	n := k.nentries()
	k.setIndex(slot, n)
	rt.Incref(key)
	k.entries()[n] = dictEntry{hash: hash, key: key, value: value}
	*rt.Uint32At(k.keys, keysOffNentries) = uint32(n + 1)
	*rt.Uint32At(d, dictOffFlags) |= dictBloomBit(hash)
	*rt.Uint32At(d, dictOffUsed)++
	if !rt.IsTracked(d) && (rt.MayBeTracked(key) || rt.MayBeTracked(value)) {
		rt.Track(d)
	}
	return 0
}

// MayBeTracked is CPython's _PyObject_GC_MAY_BE_TRACKED: whether r is, or may
// become, a container the collector tracks.
func (rt *Runtime) MayBeTracked(r Ref) bool {
	if r&1 != 0 || r == Nil {
		return false
	}
	t := rt.TypeOf(r)
	if t.Flags&TypeGC == 0 {
		return false
	}
	if t == rt.TupleType {
		return rt.IsTracked(r)
	}
	return true
}

// growthSize is the table size a dict of used items grows to: the smallest power of
// 2 of at least 3*used (CPython 3.11's GROWTH_RATE).
func growthSize(used int) int {
	size := dictMinSize
	for size < used*3 {
		size <<= 1
	}
	return size
}

func (k keysView) emptySlot(hash int64) int {
	mask := k.size() - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for k.index(i) >= 0 {
		perturb >>= 5
		i = int((uint64(i)*5 + perturb + 1) & uint64(mask))
	}
	return i
}

// dictResize moves d's entries, compacted, into a new table of size slots.
func (rt *Runtime) dictResize(d Ref, size int) int {
	nk := rt.newKeys(size)
	if nk == Nil {
		return -1
	}
	old := rt.dictKeys(d)
	k := keysView{rt, nk}
	if old != Nil {
		n := 0
		ents := k.entries()
		ov := keysView{rt, old}
		for _, e := range ov.entries()[:ov.nentries()] {
			if e.key == Nil {
				continue
			}
			ents[n] = e
			k.setIndex(k.emptySlot(e.hash), n)
			n++
		}
		*rt.Uint32At(nk, keysOffNentries) = uint32(n)
		if rt.ownsKeys(d, old) {
			rt.heap.Free(old.Heap())
		}
	}
	*rt.RefAt(d, dictOffKeys) = nk
	*rt.Uint32At(d, dictOffVersion) = 0
	return 0
}

// DictReserve makes room in d for n more items, so that filling it (a type's
// namespace at start-up) resizes once rather than at each power of two. It
// returns -1 with MemoryError set on failure.
func (rt *Runtime) DictReserve(d Ref, n int) int {
	keys := rt.dictKeys(d)
	if keys != Nil {
		if k := (keysView{rt, keys}); k.usable()-k.nentries() >= n {
			return 0
		}
	}
	size := dictMinSize
	for size*2/3 < rt.DictLen(d)+n {
		size <<= 1
	}
	return rt.dictResize(d, size)
}

// DictDelItem deletes d[key]; a missing key raises KeyError. It returns -1 on error.
func (rt *Runtime) DictDelItem(d, key Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	ix, slot, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return -1
	}
	if ix < 0 {
		rt.SetKeyError(key)
		return -1
	}
	rt.dictDeleteEntry(d, ix, slot)
	return 0
}

func (rt *Runtime) dictDeleteEntry(d Ref, ix, slot int) {
	*rt.Uint32At(d, dictOffVersion) = 0
	k := keysView{rt, rt.dictKeys(d)}
	k.setIndex(slot, dkixDummy)
	e := &k.entries()[ix]
	key, value := e.key, e.value
	e.key, e.value = Nil, Nil
	*rt.Uint32At(d, dictOffUsed)--
	rt.Decref(key)
	rt.Decref(value)
}

// DictNext iterates over d: start with pos 0; each call returns the next key and
// value (borrowed) and advances pos, or ok false at the end.
func (rt *Runtime) DictNext(d Ref, pos *int) (key, value Ref, ok bool) {
	keys := rt.dictKeys(d)
	if keys == Nil {
		return Nil, Nil, false
	}
	k := keysView{rt, keys}
	ents := k.entries()
	for n := k.nentries(); *pos < n; {
		e := ents[*pos]
		*pos++
		if e.key != Nil {
			return e.key, e.value, true
		}
	}
	return Nil, Nil, false
}

// DictClear removes every item of d.
func (rt *Runtime) DictClear(d Ref) {
	keys := rt.dictKeys(d)
	if keys == Nil {
		return
	}
	*rt.RefAt(d, dictOffKeys) = Nil
	*rt.Uint32At(d, dictOffUsed) = 0
	*rt.Uint32At(d, dictOffVersion) = 0
	rt.freeKeys(keys, rt.ownsKeys(d, keys))
	*rt.Uint32At(d, dictOffFlags) &^= dictBloom
}

// dictBloomBit is the bit of the flags word's Bloom filter for a key's hash.
func dictBloomBit(hash int64) uint32 { return 1 << (8 + uint64(hash)%24) }

// DictBloomBit is the bit that a key of this hash sets in a dict's Bloom filter.
func DictBloomBit(hash int64) uint32 { return dictBloomBit(hash) }

// DictMayHaveStr reports whether d may hold the key name, an exact str: false
// proves it absent (the flags word's Bloom filter), true means probe.
func (rt *Runtime) DictMayHaveStr(d, name Ref) bool {
	return rt.DictBloomTest(d, dictBloomBit(rt.StrHash(name)))
}

// DictBloomTest is DictMayHaveStr given the name's DictBloomBit (inline cost
// under 20, for the eval loop).
func (rt *Runtime) DictBloomTest(d Ref, bit uint32) bool {
	return *(*uint32)(unsafe.Add(rt.base, uintptr(d)<<refShift+dictOffFlags))&bit != 0
}

// freeKeys drops the references of a detached keys table and, when it is a block
// of its own, frees it.
func (rt *Runtime) freeKeys(keys Ref, own bool) {
	k := keysView{rt, keys}
	for _, e := range k.entries()[:k.nentries()] {
		if e.key != Nil {
			rt.Decref(e.key)
			rt.Decref(e.value)
		}
	}
	if own {
		rt.heap.Free(keys.Heap())
	}
}

// DictSize reports the bytes a dict occupies: the object and its table.
func (rt *Runtime) DictSize(d Ref) uintptr {
	n := rt.heap.UsableSize(d.Heap())
	if k := rt.dictKeys(d); k != Nil && *rt.Uint32At(d, dictOffFlags)&dictInlineKeys == 0 {
		n += rt.heap.UsableSize(k.Heap())
	}
	return n
}

func dictDealloc(rt *Runtime, d Ref) {
	rt.Untrack(d)
	big := *rt.Uint32At(d, dictOffFlags)&dictOwnBlock != 0 // a larger block: not for the free list
	if keys := rt.dictKeys(d); keys != Nil {
		*rt.RefAt(d, dictOffKeys) = Nil
		rt.freeKeys(keys, rt.ownsKeys(d, keys))
	}
	if !big && rt.TypeOf(d) == rt.DictType && rt.free.dictCount < dictFreeList {
		*rt.RefAt(d, dictOffKeys) = rt.free.dict
		rt.free.dict = d
		rt.free.dictCount++
		// Not a deallocation for the collector's count, as in CPython.
		return
	}
	if *rt.Uint32At(d, dictOffFlags)&dictUncounted != 0 {
		rt.freeObject(d)
		return
	}
	rt.FreeObject(d)
}

func dictTraverse(rt *Runtime, d Ref, visit VisitFunc) bool {
	keys := rt.dictKeys(d)
	if keys == Nil {
		return true
	}
	k := keysView{rt, keys}
	for _, e := range k.entries()[:k.nentries()] {
		if e.key != Nil && (!visit(e.key) || !visit(e.value)) {
			return false
		}
	}
	return true
}

func dictClearSlot(rt *Runtime, d Ref) { rt.DictClear(d) }

// DictMaybeUntrack stops tracking a dict whose keys and values can never be part of
// a cycle (CPython's _PyDict_MaybeUntrack, run by full collections).
func (rt *Runtime) DictMaybeUntrack(d Ref) {
	if !rt.IsTracked(d) {
		return
	}
	if keys := rt.dictKeys(d); keys != Nil {
		k := keysView{rt, keys}
		for _, e := range k.entries()[:k.nentries()] {
			if e.key != Nil && (rt.MayBeTracked(e.key) || rt.MayBeTracked(e.value)) {
				return
			}
		}
	}
	rt.Untrack(d)
}

// DictSetStr sets d[name] = value for a Go string name (interned). It returns -1
// with an exception set on failure.
func (rt *Runtime) DictSetStr(d Ref, name string, value Ref) int {
	k := rt.InternString(name)
	if k == Nil {
		return -1
	}
	defer rt.Decref(k)
	return rt.DictSetItemHash(d, k, value, rt.StrHash(k))
}
