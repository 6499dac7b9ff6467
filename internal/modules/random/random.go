// Package random is the random module: CPython's Mersenne Twister (_random, in C)
// with its seeding (init_by_array from the absolute value's 32-bit words, or from a
// str/bytes with its SHA-512 digest as random.py's version 2 does), and the methods
// random.py writes in Python, ported step for step so that every sequence matches
// CPython's for the same seed: _randbelow's rejection sampling, randrange, choice,
// choices, shuffle, sample (both of its algorithms), and the distributions (with
// gauss's cached second value). The floating-point functions they call (log, exp,
// cos, ...) are the math module's, which give glibc's results.
//
// Random is one Go-implemented type: its instances keep the 624 state words, the
// index and gauss_next inside the object on the private heap. The module functions
// are the bound methods of a hidden instance, random._inst, as in random.py.
package random

import (
	"encoding/binary"
	gomath "math"
	"math/big"
	"os"
	"time"
	"unsafe"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// A Random object is a container (its gauss_next is any object):
//
//	0  header   8 GC header
//	16 gauss_next Ref (Nil: None)
//	20 index uint32
//	32 state [624]uint32
const (
	offGauss = 16
	offIndex = 20
	offState = 32
	objSize  = offState + 4*mtN
)

// source is where a Random's bits come from: its Mersenne Twister, or the
// operating system for SystemRandom and its subclasses.
type source interface {
	genrand() uint32
	random() float64
}

func mtOf(rt *object.Runtime, o Ref) mt {
	return mt{p: (*mtState)(unsafe.Pointer(rt.Uint32At(o, offIndex)))}
}

// sysMarker is the Data of the SystemRandom type.
type sysMarker struct{}

func gen(rt *object.Runtime, o Ref) source {
	for t := rt.TypeOf(o); t != nil; t = t.Base {
		if _, ok := t.Data.(sysMarker); ok {
			return sysSource{}
		}
	}
	return mtOf(rt, o)
}

// sysSource is SystemRandom's: os.urandom.
type sysSource struct{}

func (sysSource) genrand() uint32 {
	var b [4]byte
	urandom(b[:])
	return binary.LittleEndian.Uint32(b[:])
}

// random is (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF.
func (sysSource) random() float64 {
	var b [8]byte
	urandom(b[1:])
	return float64(binary.BigEndian.Uint64(b[:])>>3) * recipBPF
}

func gaussSlot(rt *object.Runtime, o Ref) *Ref { return rt.RefAt(o, offGauss) }

const (
	twoPi        = 2 * gomath.Pi
	bpf          = 53
	recipBPF     = 1.0 / (1 << bpf)
	log4         = 1.3862943611198906 // _log(4.0)
	sgMagicConst = 2.504077396776274  // 1.0 + _log(4.5)
	nvMagicConst = 1.7155277699214135 // 4 * _exp(-0.5) / _sqrt(2.0)
)

// New builds the random module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("random")
	if m == Nil {
		return Nil
	}
	t := newType(rt)
	inst := rt.Call(t.Ref, nil, Nil)
	if inst == Nil {
		rt.Decref(m)
		return Nil
	}
	ns := rt.ModuleDict(m)
	rt.DictSetStr(ns, "Random", t.Ref)
	rt.DictSetStr(ns, "SystemRandom", newSystemType(rt, t).Ref)
	rt.DictSetStr(ns, "_inst", inst)
	for name, v := range map[string]float64{"NV_MAGICCONST": nvMagicConst, "TWOPI": twoPi, "LOG4": log4,
		"SG_MAGICCONST": sgMagicConst, "RECIP_BPF": recipBPF} {
		modargs.SetConst(rt, m, name, rt.NewFloat(v))
	}
	modargs.SetConst(rt, m, "BPF", rt.NewInt(bpf))
	for _, name := range []string{"seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
		"sample", "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
		"gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
		"choices", "randbytes"} {
		f := rt.GetAttrString(inst, name)
		if f == Nil {
			rt.Decref(inst)
			rt.Decref(m)
			return Nil
		}
		rt.DictSetStr(ns, name, f)
		rt.Decref(f)
	}
	rt.Decref(inst)
	return m
}

func newType(rt *object.Runtime) *object.Type {
	return modargs.NewType(rt, "random.Random", objSize, object.TypeGC|object.TypeBaseType, func(t *object.Type) {
		t.Traverse = func(rt *object.Runtime, o Ref, visit object.VisitFunc) bool {
			g := *gaussSlot(rt, o)
			return g == Nil || visit(g)
		}
		t.Clear = func(rt *object.Runtime, o Ref) { rt.Replace(gaussSlot(rt, o), Nil) }
		t.Dealloc = func(rt *object.Runtime, o Ref) {
			rt.Untrack(o)
			rt.Replace(gaussSlot(rt, o), Nil)
			rt.FreeObject(o)
		}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			o := rt.AllocObject(t, max(t.Size, objSize))
			if o == Nil {
				return Nil
			}
			rt.Track(o)
			return o
		}
		// __init__(self, x=None): self.seed(x).
		initSpec := &modargs.Spec{Name: "Random.__init__", Names: []string{"x"}, Python: true, Self: true}
		t.Init = func(rt *object.Runtime, self Ref, args []Ref, kw Ref) int {
			v, ok := initSpec.Bind(rt, args, kw)
			if !ok {
				return -1
			}
			a := v[0]
			if a == Nil {
				a = rt.None
			}
			if !seed(rt, self, a, object.MakeSmallInt(2)) {
				return -1
			}
			return 0
		}
		t.Methods = methods()
	})
}

func meth(spec *modargs.Spec, fn func(rt *object.Runtime, self Ref, v []Ref) Ref) object.MethodDef {
	spec.Name = "Random." + spec.Name
	spec.Python, spec.Self = true, true
	return *modargs.Func(spec, fn)
}

func names(n ...string) []string { return n }

// seed is Random.seed(a, version).
func seed(rt *object.Runtime, self, a, version Ref) bool {
	g := mtOf(rt, self)
	isStrBytes := rt.IsStr(a) || rt.IsBytes(a)
	v1 := rt.RichCompareBool(version, object.MakeSmallInt(1), object.EQ)
	v2 := rt.RichCompareBool(version, object.MakeSmallInt(2), object.EQ)
	if v1 < 0 || v2 < 0 {
		return false
	}
	var n *big.Int
	switch {
	case a == rt.None:
		var key [mtN]uint32
		var buf [4 * mtN]byte
		if err := urandom(buf[:]); err != nil {
			// random_seed_time_pid
			now := time.Now().UnixNano()
			key[0], key[1], key[2], key[3] = uint32(now), uint32(now>>32), uint32(os.Getpid()), uint32(time.Now().UnixNano())
			g.initByArray(key[:4])
		} else {
			for i := range key {
				key[i] = binary.LittleEndian.Uint32(buf[4*i:])
			}
			g.initByArray(key[:])
		}
		rt.Replace(gaussSlot(rt, self), Nil)
		return true
	case v1 == 1 && isStrBytes:
		var cps []rune
		if rt.IsStr(a) {
			cps = []rune(rt.GoString(a))
		} else {
			for _, b := range rt.BytesData(a) {
				cps = append(cps, rune(b))
			}
		}
		var x uint64
		if len(cps) > 0 {
			x = uint64(cps[0]) << 7
		}
		for _, c := range cps {
			x = (1000003 * x) ^ uint64(c)
		}
		x ^= uint64(len(cps))
		n = new(big.Int).SetUint64(x)
	case v2 == 1 && (isStrBytes || rt.TypeOf(a) == rt.ByteArrayType):
		var data []byte
		if rt.IsStr(a) {
			e := rt.Encode(a, "utf-8", "strict")
			if e == Nil {
				return false
			}
			data = append(data, rt.BytesData(e)...)
			rt.Decref(e)
		} else {
			d, _ := rt.BytesLikeData(a)
			data = append(data, d...)
		}
		sum := sha512Sum(data)
		n = new(big.Int).SetBytes(append(data, sum[:]...))
	case rt.IsInt(a):
		n = rt.IntBig(a)
		n.Abs(n)
	case rt.IsFloat(a) || rt.IsStr(a) || rt.IsBytes(a) || rt.TypeOf(a) == rt.ByteArrayType:
		h, ok := rt.Hash(a)
		if !ok {
			return false
		}
		n = new(big.Int).SetUint64(uint64(h))
	default:
		rt.Raise("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		return false
	}
	// The absolute value's 32-bit words, least significant first.
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if unsafe.Sizeof(w) == 8 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	keyused := 1
	if bl := n.BitLen(); bl > 0 {
		keyused = (bl-1)/32 + 1
	}
	for len(key) < keyused {
		key = append(key, 0)
	}
	g.initByArray(key[:keyused])
	rt.Replace(gaussSlot(rt, self), Nil)
	return true
}

// getrandbits returns k random bits (k >= 0) as a big.Int, filling 32-bit words
// from the least significant, as random_getrandbits does.
func getrandbits(g source, k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(uint64(g.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := 0; i < words; i, k = i+1, k-32 {
		r := g.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[4*(words-1-i):], r)
	}
	return new(big.Int).SetBytes(buf)
}

// randbelowSmall is _randbelow_with_getrandbits for 0 < n < 2**63.
func randbelowSmall(g source, n uint64) uint64 {
	k := 64 - leadingZeros(n)
	for {
		var r uint64
		if k <= 32 {
			r = uint64(g.genrand() >> (32 - k))
		} else {
			lo := uint64(g.genrand())
			hi := uint64(g.genrand() >> (64 - k))
			r = lo | hi<<32
		}
		if r < n {
			return r
		}
	}
}

func leadingZeros(n uint64) int {
	z := 0
	for i := 63; i >= 0 && n&(1<<uint(i)) == 0; i-- {
		z++
	}
	return z
}

// randbelow is _randbelow for any n > 0.
func randbelow(g source, n *big.Int) *big.Int {
	if n.IsUint64() && n.Uint64() < 1<<63 {
		return new(big.Int).SetUint64(randbelowSmall(g, n.Uint64()))
	}
	k := n.BitLen()
	for {
		r := getrandbits(g, k)
		if r.Cmp(n) < 0 {
			return r
		}
	}
}

// newSystemType defines random.SystemRandom: a Random drawing from the operating
// system, without state.
func newSystemType(rt *object.Runtime, base *object.Type) *object.Type {
	t := rt.NewBuiltinType("random.SystemRandom", base, base.Size, base.Flags)
	t.Data = sysMarker{}
	noState := func(name string) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			rt.Raise("NotImplementedError", "System entropy source does not have state.")
			return Nil
		}}
	}
	t.Methods = []object.MethodDef{
		{Name: "seed", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.None }},
		noState("getstate"),
		noState("setstate"),
	}
	t.Init = func(rt *object.Runtime, self Ref, args []Ref, kw Ref) int { return 0 }
	rt.FinishType(t)
	rt.SetTypeName(t, rt.NewStr("SystemRandom"), rt.NewStr("SystemRandom"))
	mod := rt.NewStr("random")
	rt.DictSetStr(rt.TypeDict(t), "__module__", mod)
	rt.Decref(mod)
	return t
}
