// int's methods and attributes, and int.__format__.

package object

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

var intMethods = []MethodDef{
	{Name: "bit_length", Fn: intBitLength, Doc: "Number of bits necessary to represent self in binary."},
	{Name: "bit_count", Fn: intBitCount, Doc: "Number of ones in the binary representation of the absolute value of self."},
	{Name: "to_bytes", Fn: intToBytes, Doc: "Return an array of bytes representing an integer."},
	{Name: "from_bytes", Fn: intFromBytesMethod, Kind: ClassMethod, Doc: "Return the integer represented by the given array of bytes."},
	{Name: "as_integer_ratio", Fn: intAsIntegerRatio, Doc: "Return integer ratio."},
	{Name: "conjugate", Fn: intSelfMethod("conjugate"), Doc: "Returns self, the complex conjugate of any int."},
	{Name: "__trunc__", Fn: intSelfMethod("__trunc__"), Doc: "Truncating an Integral returns itself."},
	{Name: "__floor__", Fn: intSelfMethod("__floor__"), Doc: "Flooring an Integral returns itself."},
	{Name: "__ceil__", Fn: intSelfMethod("__ceil__"), Doc: "Ceiling of an Integral returns itself."},
	{Name: "__round__", Fn: intRound, Doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
	{Name: "__format__", Fn: intFormatMethod, Doc: "Convert to a string according to format_spec."},
	{Name: "__sizeof__", Fn: numSizeof, Doc: "Returns size in memory, in bytes."},
	{Name: "__getnewargs__", Fn: intGetNewArgs},
}

var intGetSets = []GetSetDef{
	{Name: "real", Get: func(rt *Runtime, self Ref) Ref { return rt.intExact(self) }, Doc: "the real part of a complex number"},
	{Name: "imag", Get: func(rt *Runtime, self Ref) Ref { return MakeSmallInt(0) }, Doc: "the imaginary part of a complex number"},
	{Name: "numerator", Get: func(rt *Runtime, self Ref) Ref { return rt.intExact(self) }, Doc: "the numerator of a rational number in lowest terms"},
	{Name: "denominator", Get: func(rt *Runtime, self Ref) Ref { return MakeSmallInt(1) }, Doc: "the denominator of a rational number in lowest terms"},
}

func intSelfMethod(name string) MethodFunc {
	return func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("int."+name, args, kwnames, 0, 0) {
			return Nil
		}
		return rt.intExact(self)
	}
}

func numSizeof(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.__sizeof__", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.NewInt(int64(rt.BlockSize(self)))
}

func intGetNewArgs(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.__getnewargs__", args, kwnames, 0, 0) {
		return Nil
	}
	v := rt.intExact(self)
	if v == Nil {
		return Nil
	}
	return rt.TuplePack(v)
}

// intBitLen returns the number of bits of |r|.
func (rt *Runtime) intBitLen(r Ref) int {
	if x, ok := rt.IntAsInt64(r); ok {
		if x < 0 {
			return bits.Len64(uint64(-x))
		}
		return bits.Len64(uint64(x))
	}
	d := rt.intDigits(r)
	return (len(d)-1)*32 + bits.Len32(d[len(d)-1])
}

func intBitLength(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.bit_length", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.NewInt(int64(rt.intBitLen(self)))
}

func intBitCount(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.bit_count", args, kwnames, 0, 0) {
		return Nil
	}
	if x, ok := rt.IntAsInt64(self); ok {
		if x < 0 {
			x = -x
		}
		return rt.NewInt(int64(bits.OnesCount64(uint64(x))))
	}
	n := 0
	for _, d := range rt.intDigits(self) {
		n += bits.OnesCount32(d)
	}
	return rt.NewInt(int64(n))
}

func intAsIntegerRatio(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.as_integer_ratio", args, kwnames, 0, 0) {
		return Nil
	}
	v := rt.intExact(self)
	if v == Nil {
		return Nil
	}
	return rt.TuplePack(v, MakeSmallInt(1))
}

func intRound(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.NoKwargs("int.__round__", kwnames) || !rt.CheckArgs("__round__", args, kwnames, 0, 1) {
		return Nil
	}
	if len(args) == 0 {
		return rt.intExact(self)
	}
	nd := rt.NumberIndex(args[0])
	if nd == Nil {
		return Nil
	}
	defer rt.Decref(nd)
	if rt.intSign(nd) >= 0 {
		return rt.intExact(self)
	}
	// The nearest multiple of 10**k, ties to the even multiple.
	k, ok := rt.IntAsInt64(nd)
	k = -k
	if !ok || k > int64(rt.intBitLen(self))/3+2 {
		return MakeSmallInt(0) // 10**k > 2*|self|
	}
	v := rt.IntBig(self)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	q, r := floorDivModBig(v, p)
	// r in [0, p): round up when 2r > p, or 2r == p and q is odd.
	c := new(big.Int).Lsh(r, 1).Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return rt.bigResult(q.Mul(q, p))
}

// kwArgs sorts a call's arguments into the parameters names (positional ones
// first, the rest keyword-only from kwOnly on), as Argument Clinic does, raising
// CPython's TypeErrors. The result has Nil for parameters not passed.
func (rt *Runtime) kwArgs(fname string, args []Ref, kwnames Ref, names []string, kwOnly int) (out [maxKwParams]Ref, ok bool) {
	// The result is an array by value and the names are compared in place: no Go
	// memory per call (int.to_bytes in a loop made 8 MB of it).
	nkw := rt.NumKwargs(kwnames)
	npos := len(args) - nkw
	if npos > kwOnly {
		if kwOnly == len(names) {
			rt.Raise("TypeError", "%s() takes at most %d argument%s (%d given)", fname, kwOnly, plural(kwOnly), npos)
		} else {
			rt.Raise("TypeError", "%s() takes at most %d positional argument%s (%d given)", fname, kwOnly, plural(kwOnly), npos)
		}
		return out, false
	}
	copy(out[:], args[:npos])
	for i := 0; i < nkw; i++ {
		kn := rt.TupleItems(kwnames)[i]
		j := 0
		for j < len(names) && !rt.StrEqualGo(kn, names[j]) {
			j++
		}
		if j == len(names) {
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for %s()", rt.GoString(kn), fname)
			return out, false
		}
		if out[j] != Nil {
			rt.Raise("TypeError", "argument for %s() given by name ('%s') and position (%d)", fname, names[j], j+1)
			return out, false
		}
		out[j] = args[npos+i]
	}
	return out, true
}

// byteorderArg reads a byteorder argument: little is true for 'little'.
func (rt *Runtime) byteorderArg(fname string, r Ref) (little, ok bool) {
	if r == Nil {
		return false, true
	}
	if !rt.IsInstance(r, rt.StrType) {
		rt.Raise("TypeError", "%s() argument 'byteorder' must be str, not %s", fname, rt.TypeNameOf(r))
		return false, false
	}
	switch rt.GoString(r) {
	case "little":
		return true, true
	case "big":
		return false, true
	}
	rt.Raise("ValueError", "byteorder must be either 'little' or 'big'")
	return false, false
}

func intToBytes(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	a, ok := rt.kwArgs("to_bytes", args, kwnames, []string{"length", "byteorder", "signed"}, 2)
	if !ok {
		return Nil
	}
	length := 1
	if a[0] != Nil {
		if length, ok = rt.asSsize(a[0], false); !ok {
			return Nil
		}
		if length < 0 {
			rt.Raise("ValueError", "length argument must be non-negative")
			return Nil
		}
	}
	little, ok := rt.byteorderArg("to_bytes", a[1])
	if !ok {
		return Nil
	}
	signed := false
	if a[2] != Nil {
		t := rt.IsTrue(a[2])
		if t < 0 {
			return Nil
		}
		signed = t == 1
	}
	if x, ok64 := rt.IntAsInt64(self); ok64 && length <= 8 {
		// The common case without big.Int: a value that fits 64 bits, at most 8
		// bytes, through a stack buffer.
		if x < 0 && !signed {
			rt.Raise("OverflowError", "can't convert negative int to unsigned")
			return Nil
		}
		var fits bool
		switch {
		case length == 0:
			fits = x == 0 || signed && x == -1 // CPython lets -1 through too
		case length == 8:
			fits = true
		case signed:
			lim := int64(1) << (8*length - 1)
			fits = x >= -lim && x < lim
		default:
			fits = x < int64(1)<<(8*length)
		}
		if !fits {
			rt.Raise("OverflowError", "int too big to convert")
			return Nil
		}
		var b [8]byte
		u := uint64(x)
		for i := 0; i < length; i++ {
			if little {
				b[i] = byte(u >> (8 * i))
			} else {
				b[length-1-i] = byte(u >> (8 * i))
			}
		}
		return rt.numNewBytes(b[:length])
	}
	v := rt.IntBig(self)
	if v.Sign() < 0 && !signed {
		rt.Raise("OverflowError", "can't convert negative int to unsigned")
		return Nil
	}
	// Two's complement in length bytes.
	n := v
	if v.Sign() < 0 {
		n = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), uint(8*length)), v)
	}
	fits := n.Sign() >= 0 && n.BitLen() <= 8*length
	if signed && fits && length > 0 {
		// The top bit must match the sign.
		top := n.Bit(8*length-1) == 1
		fits = top == (v.Sign() < 0)
	}
	if signed && length == 0 {
		fits = v.Sign() == 0 || v.IsInt64() && v.Int64() == -1 // CPython lets -1 through too
	}
	if !fits {
		rt.Raise("OverflowError", "int too big to convert")
		return Nil
	}
	buf := make([]byte, length)
	n.FillBytes(buf)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	return rt.numNewBytes(buf)
}

func intFromBytesMethod(rt *Runtime, cls Ref, args []Ref, kwnames Ref) Ref {
	a, ok := rt.kwArgs("from_bytes", args, kwnames, []string{"bytes", "byteorder", "signed"}, 2)
	if !ok {
		return Nil
	}
	if a[0] == Nil {
		rt.Raise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)")
		return Nil
	}
	little, ok := rt.byteorderArg("from_bytes", a[1])
	if !ok {
		return Nil
	}
	signed := false
	if a[2] != Nil {
		t := rt.IsTrue(a[2])
		if t < 0 {
			return Nil
		}
		signed = t == 1
	}
	data, ok := rt.numBytesFromObject(a[0])
	if !ok {
		return Nil
	}
	n := len(data)
	topBit := false // of the most significant byte: an unsigned 8-byte value over int64
	if n == 8 {
		topBit = data[0]&0x80 != 0
		if little {
			topBit = data[7]&0x80 != 0
		}
	}
	if n < 8 || n == 8 && (signed || !topBit) {
		if rt.TypeFromRef(cls) == rt.IntType {
			// Up to 8 bytes into an int64, without big.Int.
			var u uint64
			for i := 0; i < n; i++ {
				c := data[i]
				if little {
					c = data[n-1-i]
				}
				u = u<<8 | uint64(c)
			}
			x := int64(u)
			if signed && n > 0 && n < 8 && u>>(8*n-1)&1 == 1 {
				x -= int64(1) << (8 * n)
			}
			return rt.NewInt(x)
		}
	}
	buf := append([]byte(nil), data...)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	t := rt.TypeFromRef(cls)
	if t == rt.IntType {
		return rt.bigResult(v)
	}
	r := rt.bigResult(v)
	if r == Nil {
		return Nil
	}
	defer rt.Decref(r)
	return rt.Call1(cls, r)
}

func intFormatMethod(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("int.__format__", args, kwnames, 1, 1) {
		return Nil
	}
	if !rt.IsInstance(args[0], rt.StrType) {
		rt.Raise("TypeError", "__format__() argument must be str, not %s", rt.TypeNameOf(args[0]))
		return Nil
	}
	return rt.FormatInt(self, rt.strView(args[0]))
}

// FormatInt is format(r, spec) for an int r (int.__format__).
func (rt *Runtime) FormatInt(r Ref, spec string) Ref {
	if spec == "" {
		return rt.Str(r)
	}
	fs, ok := rt.ParseFormatSpecFor(spec, rt.TypeNameOf(r), 'd')
	if !ok {
		return Nil
	}
	if fs.Width > maxStrLen || fs.Precision > maxStrLen {
		return rt.NoMemory()
	}
	switch fs.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		// f"{n:>8}" in a loop: formatted in a stack buffer, no Go string.
		var buf [64]byte
		b, ok := rt.appendIntSpec(buf[:0], r, fs)
		if !ok {
			return Nil
		}
		if len(b) == 0 {
			return rt.New(rt.EmptyStr)
		}
		return rt.NewStr(unsafe.String(&b[0], len(b)))
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, ok := rt.IntAsFloat(r)
		if !ok {
			return Nil
		}
		var buf [96]byte
		b, ok := rt.appendFloatSpec(buf[:0], f, fs)
		if !ok {
			return Nil
		}
		return rt.NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
	}
	rt.UnknownFormatCode(fs, rt.TypeNameOf(r))
	return Nil
}

// appendIntSpec is CPython's format_long_internal, appending to dst.
func (rt *Runtime) appendIntSpec(dst []byte, r Ref, fs FormatSpec) ([]byte, bool) {
	if fs.Precision != -1 {
		rt.Raise("ValueError", "Precision not allowed in integer format specifier")
		return nil, false
	}
	if fs.NoNegZero {
		rt.Raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
		return nil, false
	}
	if fs.Type == 'c' {
		if fs.Sign != 0 {
			rt.Raise("ValueError", "Sign not allowed with integer format specifier 'c'")
			return nil, false
		}
		if fs.Alt {
			rt.Raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
			return nil, false
		}
		x, ok := rt.IntAsInt64(r)
		if !ok {
			rt.Raise("OverflowError", "Python int too large to convert to C long")
			return nil, false
		}
		if x < 0 || x > 0x10ffff {
			rt.Raise("OverflowError", "%%c arg not in range(0x110000)")
			return nil, false
		}
		return appendNumber(dst, fs, false, "", "", string(rune(x)), 0, 3), true
	}
	base, prefix := 10, ""
	switch fs.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !fs.Alt {
		prefix = ""
	}
	var digits string
	neg := rt.intSign(r) < 0
	var dbuf [64]byte
	if x, ok := rt.IntAsInt64(r); ok {
		u := uint64(x)
		if x < 0 {
			u = -u
		}
		d := strconv.AppendUint(dbuf[:0], u, base)
		if fs.Type == 'X' {
			for k, c := range d {
				if c >= 'a' {
					d[k] = c - ('a' - 'A')
				}
			}
		}
		digits = unsafe.String(&d[0], len(d))
	} else if base == 10 {
		s, ok := rt.IntDecimal(r)
		if !ok {
			return nil, false
		}
		digits = strings.TrimPrefix(s, "-")
	} else {
		v := rt.IntBig(r)
		digits = v.Abs(v).Text(base)
		if fs.Type == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	group := 3
	if base != 10 {
		group = 4
	}
	sep := fs.Grouping
	if fs.Type == 'n' {
		sep = 0 // the C locale groups nothing
	}
	return appendNumber(dst, fs, neg, prefix, digits, "", sep, group), true
}

// NumberToBase is CPython's PyNumber_ToBase, for bin(), oct() and hex(): x as an
// int (through __index__) in base 2, 8, 10 or 16, with the 0b/0o/0x prefix after
// the sign. Decimal is subject to int_max_str_digits; the others are not.
func (rt *Runtime) NumberToBase(x Ref, base int) Ref {
	i := rt.NumberIndex(x)
	if i == Nil {
		return Nil
	}
	defer rt.Decref(i)
	if base == 10 {
		return intRepr(rt, i)
	}
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	var digits string
	neg := rt.intSign(i) < 0
	if v, ok := rt.IntAsInt64(i); ok {
		u := uint64(v)
		if neg {
			u = uint64(-v)
		}
		digits = strconv.FormatUint(u, base)
	} else {
		v := rt.IntBig(i)
		digits = v.Abs(v).Text(base)
	}
	if neg {
		return rt.NewStr("-" + prefix + digits)
	}
	return rt.NewStr(prefix + digits)
}

// asSsize is CPython's PyNumber_AsSsize_t: x through __index__ as a Go int; one
// out of range clips to the int's limits when clip is set, else raises
// OverflowError.
func (rt *Runtime) asSsize(x Ref, clip bool) (int, bool) {
	i := rt.NumberIndex(x)
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	if v, ok := rt.IntAsInt64(i); ok {
		return int(v), true
	}
	if !clip {
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
		return 0, false
	}
	if rt.intSign(i) < 0 {
		return math.MinInt, true
	}
	return math.MaxInt, true
}
