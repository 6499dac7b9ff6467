// Code objects and compilation units: the code and constant regions. See doc.go.

package vm

import (
	"math/big"
	"unsafe"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/syntax"
)

// A unit is one compilation's materialized code: one free-store block holding every
// code object's instructions and its constant and name tables (Refs), sealed
// read-only once built. The unit owns one reference to each constant; it is released
// (block unsealed and freed, constants dropped) when its last code object dies.
type unit struct {
	block heap.Ref
	size  uintptr
	codes []*codeInfo
	live  int // code objects with a nonzero count
	refs  []Ref
}

// codeInfo is the Go side of a code object.
type codeInfo struct {
	c       *compile.Code
	ref     Ref
	index   uint32
	unit    *unit
	instrs  []uint32 // a view of the sealed block
	consts  []Ref    // a view of the sealed block
	names   []Ref    // a view of the sealed block
	nlp     int
	dead    bool
	alive   bool // counted in unit.live
	name    Ref  // co_name (owned by the unit's refs)
	qual    Ref
	file    Ref
	varname []Ref
	caches  *inlineCaches // made on first use (cache.go)
	// Copies of c's fields that every call reads, in the codeInfo's own cache
	// line rather than one load further away.
	flags, argCount, kwOnlyCount int
	frameSize                    int // localsplus and value stack, in Refs
	hasCells                     bool
	// simple: positional parameters only, no cells of its own (free variables
	// are fine: nfree cells of the closure go to lp[freeBase:]), not a
	// generator: the calls the eval loop makes inline when the arguments match
	// (eval.go, CALL).
	simple          bool
	nfree, freeBase int
	simpleArgc      int // argCount when simple, else -1: the inline call's one test of both
}

// Code object layout: header | index uint32.
const (
	codeOffIndex = 8
	codeSize     = 16
)

func (in *Interp) codeOf(r Ref) *codeInfo { return in.codes[*in.RT.Uint32At(r, codeOffIndex)] }

// Materialize turns a compiled unit into code objects in the heap and returns the
// top-level one (a new reference), or Nil with an exception set.
func (in *Interp) Materialize(top *compile.Code) Ref {
	rt := in.RT
	u := &unit{}
	var all []*compile.Code
	var walk func(c *compile.Code)
	walk = func(c *compile.Code) {
		all = append(all, c)
		for _, k := range c.Consts {
			if sub, ok := k.(*compile.Code); ok {
				walk(sub)
			}
		}
	}
	walk(top)
	if top.Source != nil {
		in.sources[top.Filename] = top.Source
	}
	// The block: for each code, instructions, then consts and names as Refs.
	var size uintptr
	for _, c := range all {
		size += uintptr(len(c.Instrs))*4 + uintptr(len(c.Consts)+len(c.Names))*4
	}
	size = (size + 4095) &^ 4095
	if size == 0 {
		size = 4096
	}
	h := rt.Heap()
	blk := h.Alloc(size)
	if blk == 0 {
		rt.NoMemory()
		return Nil
	}
	u.block, u.size = blk, size
	h.SetTag(blk, heap.TagCode) // for the memory map: the code region
	base := rt.Ptr(Ref(blk))
	off := uintptr(0)
	infos := map[*compile.Code]*codeInfo{}
	// Code objects first (constants refer to them).
	for _, c := range all {
		ci := &codeInfo{c: c, unit: u, nlp: c.NLocalsPlus(), flags: c.Flags, argCount: c.ArgCount,
			kwOnlyCount: c.KwOnlyCount, frameSize: c.NLocalsPlus() + c.StackSize,
			hasCells: len(c.CellVars)+len(c.FreeVars) > 0}
		ci.simple = c.Flags&(compile.FlagGenerator|compile.FlagVarArgs|compile.FlagVarKw) == 0 && c.KwOnlyCount == 0 && len(c.CellVars) == 0
		ci.nfree, ci.freeBase = len(c.FreeVars), len(c.VarNames)
		ci.simpleArgc = -1
		if ci.simple {
			ci.simpleArgc = c.ArgCount
		}
		r := rt.AllocObject(in.CodeType, codeSize)
		if r == Nil {
			return Nil
		}
		ci.ref = r
		if n := len(in.freeCodes); n > 0 {
			ci.index = in.freeCodes[n-1]
			in.freeCodes = in.freeCodes[:n-1]
			in.codes[ci.index] = ci
		} else {
			ci.index = uint32(len(in.codes))
			in.codes = append(in.codes, ci)
		}
		*rt.Uint32At(r, codeOffIndex) = ci.index
		if c != top {
			rt.SetRefcnt(r, 0) // only the unit refers to it
		}
		u.codes = append(u.codes, ci)
		infos[c] = ci
	}
	u.live = 1
	infos[top].alive = true
	for _, c := range all {
		ci := infos[c]
		ci.instrs = unsafe.Slice((*uint32)(unsafe.Add(base, off)), len(c.Instrs))
		copy(ci.instrs, c.Instrs)
		off += uintptr(len(c.Instrs)) * 4
		ci.consts = unsafe.Slice((*Ref)(unsafe.Add(base, off)), len(c.Consts))
		off += uintptr(len(c.Consts)) * 4
		for i, k := range c.Consts {
			v := in.constant(k, infos, u)
			if v == Nil {
				return Nil
			}
			ci.consts[i] = v
		}
		ci.names = unsafe.Slice((*Ref)(unsafe.Add(base, off)), len(c.Names))
		off += uintptr(len(c.Names)) * 4
		for i, n := range c.Names {
			s := rt.InternString(n)
			u.refs = append(u.refs, s)
			ci.names[i] = s
		}
		ci.name = in.unitStr(u, c.Name)
		ci.qual = in.unitStr(u, c.QualName)
		ci.file = in.unitStr(u, c.Filename)
		for _, v := range c.VarNames {
			ci.varname = append(ci.varname, in.unitStr(u, v))
		}
		for _, v := range c.CellVars {
			ci.varname = append(ci.varname, in.unitStr(u, v))
		}
		for _, v := range c.FreeVars {
			ci.varname = append(ci.varname, in.unitStr(u, v))
		}
	}
	if err := h.Seal(blk); err != nil {
		_ = err // sealing is protection, not correctness
	}
	return infos[top].ref
}

func (in *Interp) unitStr(u *unit, s string) Ref {
	r := in.RT.InternString(s)
	u.refs = append(u.refs, r)
	return r
}

// constant makes the object of a constant; the unit owns it.
func (in *Interp) constant(k interface{}, infos map[*compile.Code]*codeInfo, u *unit) Ref {
	rt := in.RT
	var r Ref
	switch v := k.(type) {
	case nil:
		return rt.None
	case bool:
		if v {
			return rt.True
		}
		return rt.False
	case int64:
		r = rt.NewInt(v)
	case *big.Int:
		r = rt.NewIntFromBig(v)
	case float64:
		r = rt.NewFloat(v)
	case string:
		r = rt.NewStrWTF8(v) // literals keep lone surrogates in the WTF-8 form
		if r != Nil && len(v) <= 20 && isIdent(v) {
			i := rt.Intern(r) // a new reference; r's is dropped
			rt.Decref(r)
			r = i
		}
	case syntax.Bytes:
		r = rt.NewBytes([]byte(v))
	case syntax.EllipsisType:
		return rt.Ellipsis
	case compile.Tuple:
		items := make([]Ref, len(v))
		for i, x := range v {
			items[i] = in.constant(x, infos, u)
			if items[i] == Nil {
				return Nil
			}
		}
		r = rt.TupleFrom(items...)
	case *compile.Code:
		return infos[v].ref
	default:
		rt.Raise("SystemError", "unknown constant")
		return Nil
	}
	if r == Nil {
		return Nil
	}
	rt.Hash(r) // caches str hashes
	if rt.Occurred() {
		rt.ClearErr()
	}
	u.refs = append(u.refs, r)
	return r
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// codeRevive notes that a code object of a unit is referenced again (MAKE_FUNCTION
// of a nested code whose count was 0).
func (in *Interp) codeRevive(r Ref) {
	if ci := in.codeOf(r); !ci.alive {
		ci.alive = true
		ci.unit.live++
	}
}

func (in *Interp) codeDealloc(rt *object.Runtime, r Ref) {
	ci := in.codeOf(r)
	u := ci.unit
	rt.SetRefcnt(r, 0)
	if !ci.alive {
		return
	}
	ci.alive = false
	u.live--
	if u.live > 0 {
		return
	}
	// The unit is dead: free it all.
	h := rt.Heap()
	_ = h.Unseal(u.block)
	refs := u.refs
	u.refs = nil
	for _, c := range u.codes {
		in.codes[c.index] = nil
		in.freeCodes = append(in.freeCodes, c.index)
		c.dead = true
		c.instrs, c.consts, c.names = nil, nil, nil
		rt.SetRefcnt(c.ref, 1)
		rt.FreeObject(c.ref)
	}
	h.Free(u.block)
	for _, x := range refs {
		rt.Decref(x)
	}
}

// instrArray is a code's instructions seen as an array the eval loop indexes under
// a mask (pc&compile.MaxArg) instead of a bounds check: a code object has fewer
// than compile.MaxArg instructions, and every path through it ends in a return, so
// pc never leaves it. One word instead of a slice's two stays live across the loop.
type instrArray = [compile.MaxArg + 1]uint32

func (ci *codeInfo) instrArray() *instrArray {
	return (*instrArray)(unsafe.Pointer(unsafe.SliceData(ci.instrs)))
}
