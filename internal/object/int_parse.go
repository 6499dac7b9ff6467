// int <-> decimal strings: repr/str of ints with CPython 3.11's int_max_str_digits
// limit, and int() (PyNumber_Long, PyLong_FromString, long_new).

package object

import (
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

// numState is the per-interpreter state of the numeric types.
type numState struct {
	maxStrDigits    int // sys.set_int_max_str_digits; meaningful when maxStrDigitsSet
	maxStrDigitsSet bool
	scratch         numScratch // num_big.go
}

// DefaultIntMaxStrDigits is CPython 3.11's default int_max_str_digits;
// IntMaxStrDigitsThreshold the smallest non-zero value sys.set_int_max_str_digits
// accepts.
const (
	DefaultIntMaxStrDigits   = 4300
	IntMaxStrDigitsThreshold = 640
)

// IntMaxStrDigits returns the limit on the decimal digits of int <-> str
// conversions (0: none).
func (rt *Runtime) IntMaxStrDigits() int {
	if !rt.num.maxStrDigitsSet {
		return DefaultIntMaxStrDigits
	}
	return rt.num.maxStrDigits
}

// SetIntMaxStrDigits sets the limit (sys.set_int_max_str_digits; the caller checks
// the value: 0 or >= IntMaxStrDigitsThreshold).
func (rt *Runtime) SetIntMaxStrDigits(n int) {
	rt.num.maxStrDigits, rt.num.maxStrDigitsSet = n, true
}

// IntDecimal returns str(r) for an int r as a Go string, raising ValueError when
// it has more digits than the int_max_str_digits limit allows.
func (rt *Runtime) IntDecimal(r Ref) (string, bool) {
	if v, ok := rt.IntAsInt64(r); ok {
		return strconv.FormatInt(v, 10), true
	}
	b := rt.IntBig(r)
	limit := rt.IntMaxStrDigits()
	// A number of n bits has at least floor((n-1)*log10(2))+1 digits: refuse
	// early what is certainly too long, before converting.
	if limit > 0 && int64(float64(b.BitLen()-1)*0.30102999566398114)+1 > int64(limit) {
		rt.raiseStrDigits()
		return "", false
	}
	s := b.String()
	n := len(s)
	if b.Sign() < 0 {
		n--
	}
	if limit > 0 && n > limit {
		rt.raiseStrDigits()
		return "", false
	}
	return s, true
}

func (rt *Runtime) raiseStrDigits() {
	rt.Raise("ValueError", "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", rt.IntMaxStrDigits())
}

func intRepr(rt *Runtime, r Ref) Ref {
	if v, ok := rt.IntAsInt64(r); ok {
		// str(i) in a loop: the digits go through a stack buffer, no Go string.
		var buf [20]byte
		return rt.newStrLatin1(strconv.AppendInt(buf[:0], v, 10))
	}
	s, ok := rt.IntDecimal(r)
	if !ok {
		return Nil
	}
	return rt.NewStr(s)
}

// newIntOfType returns an int of type t (int, or a subclass: a heap object even
// for a small value) with value v. A subclass's own fields follow the digits: its
// instances are intOffDigits + 4*|size| + (t.Size - intOffDigits) bytes, the
// convention bytes uses too.
func (rt *Runtime) newIntOfType(t *Type, v *big.Int) Ref {
	if t == rt.IntType {
		return rt.bigResult(v)
	}
	var digits []uint32
	for _, w := range v.Bits() {
		digits = append(digits, uint32(w), uint32(uint64(w)>>32))
	}
	for len(digits) > 0 && digits[len(digits)-1] == 0 {
		digits = digits[:len(digits)-1]
	}
	extra := uintptr(0)
	if t.Size > intOffDigits {
		extra = t.Size - intOffDigits
	}
	r := rt.AllocObject(t, intOffDigits+uintptr(len(digits))*4+extra)
	if r == Nil {
		return Nil
	}
	copy(unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), len(digits)), digits)
	n := int32(len(digits))
	if v.Sign() < 0 {
		n = -n
	}
	*(*int32)(rt.field(r, intOffSize)) = n
	// Not tracked even if t is a GC type: the GC header's place (offset 8) holds
	// the size (see doc.go); the layer that makes such classes must keep them out
	// of the collector's lists.
	return r
}

// intNew is int.__new__: int(), int(x), int(x, base).
func intNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	nkw := rt.NumKwargs(kwnames)
	npos := len(args) - nkw
	if len(args) > 2 {
		rt.Raise("TypeError", "int() takes at most 2 arguments (%d given)", len(args))
		return Nil
	}
	var x, base Ref
	if npos >= 1 {
		x = args[0]
	}
	if npos == 2 {
		base = args[1]
	}
	for i := 0; i < nkw; i++ {
		name := rt.GoString(rt.TupleItems(kwnames)[i])
		if name != "base" {
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for int()", name)
			return Nil
		}
		if base != Nil {
			rt.Raise("TypeError", "argument for int() given by name ('base') and position (2)")
			return Nil
		}
		base = args[npos+i]
	}
	r := rt.intFromArgs(x, base)
	if r == Nil || t == rt.IntType {
		return r
	}
	defer rt.Decref(r)
	return rt.newIntOfType(t, rt.IntBig(r))
}

func (rt *Runtime) intFromArgs(x, obase Ref) Ref {
	if x == Nil {
		if obase != Nil {
			rt.Raise("TypeError", "int() missing string argument")
			return Nil
		}
		return MakeSmallInt(0)
	}
	if obase == Nil {
		return rt.NumberLong(x)
	}
	base, ok := rt.asSsize(obase, true)
	if !ok {
		return Nil
	}
	if (base != 0 && base < 2) || base > 36 {
		rt.Raise("ValueError", "int() base must be >= 2 and <= 36, or 0")
		return Nil
	}
	if rt.IsInstance(x, rt.StrType) {
		return rt.IntFromStr(x, base)
	}
	if data, ok := rt.numBytesLike(x); ok {
		return rt.intFromBytes(data, base)
	}
	rt.Raise("TypeError", "int() can't convert non-string with explicit base")
	return Nil
}

// NumberLong is int(x) for one argument (CPython's PyNumber_Long): __int__,
// __index__, __trunc__, then strings and bytes.
func (rt *Runtime) NumberLong(x Ref) Ref {
	if x&1 != 0 || rt.hdr(x).typ == rt.IntType.Ref {
		return rt.New(x)
	}
	t := rt.TypeOf(x)
	if t.Number != nil && t.Number.Int != nil {
		r := t.Number.Int(rt, x)
		if r == Nil || rt.isExactInt(r) {
			return r
		}
		if !rt.IsInt(r) {
			rt.Raise("TypeError", "__int__ returned non-int (type %s)", rt.TypeNameOf(r))
			rt.Decref(r)
			return Nil
		}
		defer rt.Decref(r)
		return rt.intExact(r)
	}
	if t.Number != nil && t.Number.Index != nil {
		return rt.NumberIndex(x)
	}
	if r, found := rt.callSpecial(x, "__trunc__"); found {
		if r == Nil || rt.isExactInt(r) {
			return r
		}
		defer rt.Decref(r)
		if rt.IsInt(r) {
			return rt.intExact(r)
		}
		if rt.TypeOf(r).Number == nil || rt.TypeOf(r).Number.Index == nil {
			rt.Raise("TypeError", "__trunc__ returned non-Integral (type %s)", rt.TypeNameOf(r))
			return Nil
		}
		return rt.NumberIndex(r)
	} else if rt.Occurred() {
		return Nil
	}
	if rt.IsInstance(x, rt.StrType) {
		return rt.IntFromStr(x, 10)
	}
	if data, ok := rt.numBytesLike(x); ok {
		return rt.intFromBytes(data, 10)
	}
	rt.Raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
	return Nil
}

func (rt *Runtime) isExactInt(r Ref) bool { return r&1 != 0 || rt.hdr(r).typ == rt.IntType.Ref }

// NumberIndex is operator.index(x) (PyNumber_Index): an exact int, or Nil with
// TypeError set.
func (rt *Runtime) NumberIndex(x Ref) Ref {
	if rt.IsInt(x) {
		return rt.intExact(x)
	}
	t := rt.TypeOf(x)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", t.Name)
		return Nil
	}
	r := t.Number.Index(rt, x)
	if r == Nil || rt.isExactInt(r) {
		return r
	}
	defer rt.Decref(r)
	if !rt.IsInt(r) {
		rt.Raise("TypeError", "__index__ returned non-int (type %s)", rt.TypeNameOf(r))
		return Nil
	}
	return rt.intExact(r)
}

// callSpecial calls type(obj).name(obj) when the type defines name (CPython's
// _PyObject_LookupSpecial): found is false, with no exception, when it does not.
func (rt *Runtime) callSpecial(obj Ref, name string, args ...Ref) (r Ref, found bool) {
	n := rt.InternString(name)
	if n == Nil {
		return Nil, false
	}
	defer rt.Decref(n)
	f := rt.LookupType(rt.TypeOf(obj), n)
	if f == Nil {
		return Nil, false
	}
	rt.Incref(f)
	defer rt.Decref(f)
	if get := rt.TypeOf(f).DescrGet; get != nil {
		bound := get(rt, f, obj, rt.TypeRefOf(obj))
		if bound == Nil {
			return Nil, true
		}
		defer rt.Decref(bound)
		return rt.Call(bound, args, Nil), true
	}
	return rt.Call(f, append([]Ref{obj}, args...), Nil), true
}

// IntFromStr is int(s, base) for a str s (PyLong_FromUnicodeObject).
func (rt *Runtime) IntFromStr(s Ref, base int) Ref {
	var ascii string
	if rt.StrIsASCII(s) {
		// A view of s's data, no Go copy: parseInt keeps nothing of it.
		d := rt.StrData(s)
		ascii = transformDecimalAndSpace(unsafe.String(unsafe.SliceData(d), len(d)))
	} else {
		ascii = transformDecimalAndSpace(rt.GoString(s))
	}
	v, ok, limitErr := rt.parseInt(ascii, base)
	if ok {
		return v
	}
	if !limitErr {
		rep := rt.Repr(s)
		if rep == Nil {
			return Nil
		}
		defer rt.Decref(rep)
		rt.Raise("ValueError", "invalid literal for int() with base %d: %s", base, truncRunes(rt.GoString(rep), 200))
	}
	return Nil
}

func (rt *Runtime) intFromBytes(data []byte, base int) Ref {
	v, ok, limitErr := rt.parseInt(string(data), base)
	if ok {
		return v
	}
	if !limitErr {
		rep := bytesReprGo(data[:min(len(data), 200)])
		rt.Raise("ValueError", "invalid literal for int() with base %d: %s", base, truncRunes(rep, 200))
	}
	return Nil
}

func truncRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// transformDecimalAndSpace is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
// Unicode white space becomes ' ', decimal digits become ASCII digits, and the
// first other non-ASCII character becomes '?' and ends the string.
func transformDecimalAndSpace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 0x7f:
			b.WriteRune(c)
		case uIsSpace(c):
			b.WriteByte(' ')
		case uIsDecimal(c):
			b.WriteByte(byte('0' + decimalValue(c)))
		default:
			b.WriteByte('?')
			return b.String()
		}
	}
	return b.String()
}

// decimalValue returns the digit value of a Unicode decimal digit: decimal digits
// come in runs of ten from a zero, so it is the run length before c, modulo 10.
func decimalValue(c rune) int {
	n := 0
	for n < 100 && uIsDecimal(c-rune(n)-1) {
		n++
	}
	return n % 10
}

func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseInt is CPython's PyLong_FromString on an ASCII string. ok is false on a
// malformed literal (no exception set: the caller words the message), or with
// limitErr true and ValueError set when the digits exceed int_max_str_digits.
func (rt *Runtime) parseInt(s string, base int) (r Ref, ok, limitErr bool) {
	i, n := 0, len(s)
	for i < n && isPySpace(s[i]) {
		i++
	}
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(k int) byte {
		if k < n {
			return s[k]
		}
		return 0
	}
	errorIfNonzero := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			errorIfNonzero = true
			base = 10
		}
	}
	if at(i) == '0' {
		c := at(i + 1)
		if (base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) || (base == 2 && (c == 'b' || c == 'B')) {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return Nil, false, false
	}
	start := i
	var dbuf [32]byte // int("123") in a loop: the digits stay on the stack
	digits := dbuf[:0]
	prev := byte(0)
	for i < n && (digitValue(s[i]) < base || s[i] == '_') {
		if s[i] == '_' {
			if prev == '_' {
				return Nil, false, false
			}
		} else {
			digits = append(digits, s[i])
		}
		prev = s[i]
		i++
	}
	if prev == '_' {
		return Nil, false, false
	}
	if base&(base-1) != 0 {
		if limit := rt.IntMaxStrDigits(); limit > 0 && len(digits) > limit {
			rt.Raise("ValueError", "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(digits))
			return Nil, false, true
		}
	}
	if i == start {
		return Nil, false, false
	}
	for i < n && isPySpace(s[i]) {
		i++
	}
	if i != n {
		return Nil, false, false
	}
	if len(digits) <= 12 || (base <= 16 && len(digits) <= 15) {
		// At most 36**12 or 16**15: no overflow of an int64.
		var v int64
		for _, c := range digits {
			v = v*int64(base) + int64(digitValue(c))
		}
		if errorIfNonzero && v != 0 {
			return Nil, false, false
		}
		if neg {
			v = -v
		}
		return rt.newIntResult(v), true, false
	}
	b, _ := new(big.Int).SetString(string(digits), base)
	if errorIfNonzero && b.Sign() != 0 {
		return Nil, false, false
	}
	if neg {
		b.Neg(b)
	}
	r = rt.bigResult(b)
	return r, r != Nil, r == Nil
}
