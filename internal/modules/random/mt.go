// The Mersenne Twister, as CPython's Modules/_randommodule.c implements it.

package random

const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// mt is a generator's state: a view of the words inside a Random object. It is
// one pointer, so that a source interface holding it needs no Go memory.
type mt struct {
	p *mtState
}

// mtState is the layout of a Random object from its index field (offIndex) on.
type mtState struct {
	index uint32
	_     [offState - offIndex - 4]byte
	state [mtN]uint32 // at offState
}

func (g mt) genrand() uint32 {
	mag01 := [2]uint32{0, matrixA}
	s := &g.p.state
	if g.p.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
			s[kk] = s[kk+mtM] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
			s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (s[mtN-1] & upperMask) | (s[0] & lowerMask)
		s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ mag01[y&1]
		g.p.index = 0
	}
	y := s[g.p.index]
	g.p.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is random_random: 53 random bits as a float in [0, 1).
func (g mt) random() float64 {
	a, b := g.genrand()>>5, g.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (g mt) initGenrand(s uint32) {
	st := &g.p.state
	st[0] = s
	for i := 1; i < mtN; i++ {
		st[i] = 1812433253*(st[i-1]^(st[i-1]>>30)) + uint32(i)
	}
	g.p.index = mtN
}

func (g mt) initByArray(key []uint32) {
	g.initGenrand(19650218)
	st := &g.p.state
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		st[i] = (st[i] ^ ((st[i-1] ^ (st[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			st[0] = st[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		st[i] = (st[i] ^ ((st[i-1] ^ (st[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			st[0] = st[mtN-1]
			i = 1
		}
	}
	st[0] = 0x80000000
}
