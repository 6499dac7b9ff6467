// float(): the constructor and string parsing; float's methods (hex, fromhex,
// as_integer_ratio, is_integer, __round__, ...) and __format__.

package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

var floatMethods = []MethodDef{
	{Name: "conjugate", Fn: floatSelfMethod("conjugate"), Doc: "Return self, the complex conjugate of any float."},
	{Name: "__trunc__", Fn: floatToIntMethod("__trunc__", math.Trunc), Doc: "Return the Integral closest to x between 0 and x."},
	{Name: "__floor__", Fn: floatToIntMethod("__floor__", math.Floor), Doc: "Return the floor as an Integral."},
	{Name: "__ceil__", Fn: floatToIntMethod("__ceil__", math.Ceil), Doc: "Return the ceiling as an Integral."},
	{Name: "__round__", Fn: floatRound, Doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
	{Name: "as_integer_ratio", Fn: floatAsIntegerRatio, Doc: "Return integer ratio."},
	{Name: "fromhex", Fn: floatFromHex, Kind: ClassMethod, Doc: "Create a floating-point number from a hexadecimal string."},
	{Name: "hex", Fn: floatHexMethod, Doc: "Return a hexadecimal representation of a floating-point number."},
	{Name: "is_integer", Fn: floatIsInteger, Doc: "Return True if the float is an integer."},
	{Name: "__getnewargs__", Fn: floatGetNewArgs},
	{Name: "__getformat__", Fn: floatGetFormat, Kind: ClassMethod, Doc: "You probably don't want to use this function."},
	{Name: "__format__", Fn: floatFormatMethod, Doc: "Formats the float according to format_spec."},
}

var floatGetSets = []GetSetDef{
	{Name: "real", Get: func(rt *Runtime, self Ref) Ref { return rt.floatExact(self) }, Doc: "the real part of a complex number"},
	{Name: "imag", Get: func(rt *Runtime, self Ref) Ref { return rt.NewFloat(0) }, Doc: "the imaginary part of a complex number"},
}

func floatSelfMethod(name string) MethodFunc {
	return func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("float."+name, args, kwnames, 0, 0) {
			return Nil
		}
		return rt.floatExact(self)
	}
}

func floatToIntMethod(name string, f func(float64) float64) MethodFunc {
	return func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("float."+name, args, kwnames, 0, 0) {
			return Nil
		}
		return rt.IntFromFloat(f(rt.FloatValue(self)))
	}
}

func floatGetNewArgs(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.__getnewargs__", args, kwnames, 0, 0) {
		return Nil
	}
	f := rt.floatExact(self)
	if f == Nil {
		return Nil
	}
	return rt.TuplePack(f)
}

func floatGetFormat(rt *Runtime, cls Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.__getformat__", args, kwnames, 1, 1) {
		return Nil
	}
	if !rt.IsInstance(args[0], rt.StrType) {
		rt.Raise("TypeError", "__getformat__() argument must be str, not %s", rt.TypeNameOf(args[0]))
		return Nil
	}
	switch rt.GoString(args[0]) {
	case "double", "float":
		return rt.NewStr("IEEE, little-endian")
	}
	rt.Raise("ValueError", "__getformat__() argument 1 must be 'double' or 'float'")
	return Nil
}

func floatIsInteger(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.is_integer", args, kwnames, 0, 0) {
		return Nil
	}
	v := rt.FloatValue(self)
	return rt.NewBool(!math.IsInf(v, 0) && !math.IsNaN(v) && math.Floor(v) == v)
}

func floatAsIntegerRatio(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.as_integer_ratio", args, kwnames, 0, 0) {
		return Nil
	}
	v := rt.FloatValue(self)
	if math.IsInf(v, 0) {
		rt.Raise("OverflowError", "cannot convert Infinity to integer ratio")
		return Nil
	}
	if math.IsNaN(v) {
		rt.Raise("ValueError", "cannot convert NaN to integer ratio")
		return Nil
	}
	r := new(big.Rat).SetFloat64(v)
	n := rt.bigResult(r.Num())
	if n == Nil {
		return Nil
	}
	d := rt.bigResult(r.Denom())
	if d == Nil {
		rt.Decref(n)
		return Nil
	}
	return rt.TuplePack(n, d)
}

// The range of ndigits for which round(x, ndigits) needs computing (CPython's
// NDIGITS_MAX and NDIGITS_MIN): beyond, x rounds to itself or to ±0.0.
const (
	ndigitsMax = 323  // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
	ndigitsMin = -308 // -(DBL_MAX_EXP + 1) * 0.30103
)

func floatRound(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.NoKwargs("float.__round__", kwnames) || !rt.CheckArgs("__round__", args, kwnames, 0, 1) {
		return Nil
	}
	x := rt.FloatValue(self)
	if len(args) == 0 || args[0] == rt.None {
		r := math.Round(x)
		if math.Abs(x-r) == 0.5 {
			r = 2 * math.Round(x/2)
		}
		return rt.IntFromFloat(r)
	}
	nd := rt.NumberIndex(args[0])
	if nd == Nil {
		return Nil
	}
	n, ok := rt.IntAsInt64(nd)
	if !ok {
		n = math.MaxInt64
		if rt.intSign(nd) < 0 {
			n = math.MinInt64
		}
	}
	rt.Decref(nd)
	if math.IsInf(x, 0) || math.IsNaN(x) || n > ndigitsMax {
		return rt.NewFloat(x)
	}
	if n < ndigitsMin {
		return rt.NewFloat(0 * x)
	}
	r, ok := roundDouble(x, int(n))
	if !ok {
		rt.Raise("OverflowError", "rounded value too large to represent")
		return Nil
	}
	return rt.NewFloat(r)
}

// roundDouble rounds x to a multiple of 10**-nd, ties to even, exactly (CPython's
// double_round: correctly rounded to a decimal string, then back); ok is false
// when the result overflows.
func roundDouble(x float64, nd int) (float64, bool) {
	if nd >= 0 && nd <= 20 && math.Abs(x) < 1e15 {
		// The common case, round(x, 2): strconv's fixed formatting is correctly
		// rounded too (ties, which need an exact binary half, to even), and both
		// conversions run in a stack buffer.
		var buf [48]byte
		b := strconv.AppendFloat(buf[:0], x, 'f', nd, 64)
		f, err := strconv.ParseFloat(unsafe.String(&b[0], len(b)), 64)
		if err == nil {
			if f == 0 {
				return math.Copysign(0, x), true
			}
			return f, true
		}
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(nd))), nil)
	r := new(big.Rat).SetFloat64(x)
	if nd >= 0 {
		r.Mul(r, new(big.Rat).SetInt(p))
	} else {
		r.Quo(r, new(big.Rat).SetInt(p))
	}
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// |m| / den is the dropped fraction; round half to even, away from zero.
	m.Abs(m)
	c := m.Lsh(m, 1).Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if q.Sign() == 0 {
		return math.Copysign(0, x), true
	}
	res := new(big.Rat).SetInt(q)
	if nd >= 0 {
		res.Quo(res, new(big.Rat).SetInt(p))
	} else {
		res.Mul(res, new(big.Rat).SetInt(p))
	}
	f, _ := res.Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// FloatHex is float.hex(v).
func FloatHex(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return FloatRepr(v)
	}
	if v == 0 {
		if math.Signbit(v) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(v))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexd = "0123456789abcdef"
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(hexd[int(m)])
	m -= float64(int(m))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		b.WriteByte(hexd[int(m)])
		m -= float64(int(m))
	}
	b.WriteByte('p')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

func floatHexMethod(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.hex", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.NewStr(FloatHex(rt.FloatValue(self)))
}

// parseInfNan is CPython's _Py_parse_inf_or_nan: a sign, then "inf", "infinity"
// or "nan" in any case, at the start of s. n is the bytes used (0: none).
func parseInfNan(s string) (v float64, n int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	rest := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		v, n = math.Inf(1), i+8
	case strings.HasPrefix(rest, "inf"):
		v, n = math.Inf(1), i+3
	case strings.HasPrefix(rest, "nan"):
		v, n = math.NaN(), i+3
	default:
		return 0, 0
	}
	if neg {
		v = -v
	}
	return v, n
}

// ParseFloatHex is float.fromhex(s) on an ASCII string: ok false with errMsg
// ("invalid ..." for ValueError, or "hexadecimal value too large ..." for
// OverflowError) on failure.
func ParseFloatHex(s string) (v float64, errMsg string) {
	const invalid = "invalid hexadecimal floating-point string"
	i, n := 0, len(s)
	for i < n && isPySpace(s[i]) {
		i++
	}
	if x, k := parseInfNan(s[i:]); k > 0 {
		i += k
		for i < n && isPySpace(s[i]) {
			i++
		}
		if i != n {
			return 0, invalid
		}
		return x, ""
	}
	neg := false
	if i < n && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	if i+1 < n && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	var digits []byte
	for i < n && isHex(s[i]) {
		digits = append(digits, s[i])
		i++
	}
	fdigits := 0
	if i < n && s[i] == '.' {
		i++
		for i < n && isHex(s[i]) {
			digits = append(digits, s[i])
			fdigits++
			i++
		}
	}
	if len(digits) == 0 {
		return 0, invalid
	}
	exp := int64(0)
	if i < n && (s[i] == 'p' || s[i] == 'P') {
		i++
		eneg := false
		if i < n && (s[i] == '-' || s[i] == '+') {
			eneg = s[i] == '-'
			i++
		}
		if i >= n || s[i] < '0' || s[i] > '9' {
			return 0, invalid
		}
		for i < n && s[i] >= '0' && s[i] <= '9' {
			if exp < 1<<40 {
				exp = exp*10 + int64(s[i]-'0')
			}
			i++
		}
		if eneg {
			exp = -exp
		}
	}
	for i < n && isPySpace(s[i]) {
		i++
	}
	if i != n {
		return 0, invalid
	}
	mant, _ := new(big.Int).SetString(string(digits), 16)
	if mant.Sign() == 0 {
		return math.Copysign(0, map[bool]float64{true: -1, false: 1}[neg]), ""
	}
	e := exp - 4*int64(fdigits)
	top := e + int64(mant.BitLen())
	switch {
	case top > 1100:
		return 0, "hexadecimal value too large to represent as a float"
	case top < -1100:
		v = 0
	default:
		f := new(big.Float).SetInt(mant)
		f.SetMantExp(f, int(e))
		v, _ = f.Float64()
		if math.IsInf(v, 0) {
			return 0, "hexadecimal value too large to represent as a float"
		}
	}
	if neg {
		v = -v
	}
	return v, ""
}

func floatFromHex(rt *Runtime, cls Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.fromhex", args, kwnames, 1, 1) {
		return Nil
	}
	if !rt.IsInstance(args[0], rt.StrType) {
		rt.Raise("TypeError", "bad argument type for built-in operation")
		return Nil
	}
	s := rt.GoString(args[0])
	if !isASCII(s) {
		rt.Raise("ValueError", "invalid hexadecimal floating-point string")
		return Nil
	}
	v, msg := ParseFloatHex(s)
	if msg != "" {
		if strings.HasPrefix(msg, "invalid") {
			rt.Raise("ValueError", "%s", msg)
		} else {
			rt.Raise("OverflowError", "%s", msg)
		}
		return Nil
	}
	f := rt.NewFloat(v)
	if f == Nil || cls == rt.FloatType.Ref {
		return f
	}
	defer rt.Decref(f)
	return rt.Call1(cls, f)
}

// floatNew is float.__new__: float() and float(x).
func floatNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float", args, kwnames, 0, 1) {
		return Nil
	}
	var r Ref
	switch {
	case len(args) == 0:
		r = rt.NewFloat(0)
	case rt.isExactStr(args[0]):
		r = rt.FloatFromString(args[0])
	default:
		r = rt.NumberFloat(args[0])
	}
	if r == Nil || t == rt.FloatType {
		return r
	}
	v := rt.FloatValue(r)
	rt.Decref(r)
	f := rt.AllocObject(t, max(t.Size, floatSize))
	if f == Nil {
		return Nil
	}
	*(*float64)(rt.field(f, floatOffValue)) = v
	// Not tracked even if t is a GC type: the GC header's place (offset 8) holds
	// the value.
	return f
}

// NumberFloat is float(x) for a non-str x (CPython's PyNumber_Float): __float__,
// __index__, then strings and bytes.
func (rt *Runtime) NumberFloat(x Ref) Ref {
	if x&1 != 0 {
		return rt.NewFloat(float64(x.SmallInt()))
	}
	if rt.hdr(x).typ == rt.FloatType.Ref {
		return rt.New(x)
	}
	t := rt.TypeOf(x)
	if t.Number != nil && t.Number.Float != nil {
		r := t.Number.Float(rt, x)
		if r == Nil || rt.hdr(r).typ == rt.FloatType.Ref {
			return r
		}
		defer rt.Decref(r)
		if !rt.IsFloat(r) {
			rt.Raise("TypeError", "%s.__float__ returned non-float (type %s)", t.Name, rt.TypeNameOf(r))
			return Nil
		}
		return rt.NewFloat(rt.FloatValue(r))
	}
	if t.Number != nil && t.Number.Index != nil {
		i := rt.NumberIndex(x)
		if i == Nil {
			return Nil
		}
		defer rt.Decref(i)
		v, ok := rt.IntAsFloat(i)
		if !ok {
			return Nil
		}
		return rt.NewFloat(v)
	}
	if rt.IsFloat(x) {
		return rt.NewFloat(rt.FloatValue(x))
	}
	return rt.FloatFromString(x)
}

// FloatFromString is float(s) for a str or bytes-like s (PyFloat_FromString).
func (rt *Runtime) FloatFromString(x Ref) Ref {
	var s string
	if rt.IsInstance(x, rt.StrType) {
		s = transformDecimalAndSpace(rt.strView(x))
	} else if data, ok := rt.numBytesLike(x); ok {
		s = string(data)
	} else {
		rt.Raise("TypeError", "float() argument must be a string or a real number, not '%s'", rt.TypeNameOf(x))
		return Nil
	}
	if v, ok := ParseFloatString(s); ok {
		return rt.NewFloat(v)
	}
	rep := rt.Repr(x)
	if rep == Nil {
		return Nil
	}
	defer rt.Decref(rep)
	rt.Raise("ValueError", "could not convert string to float: %s", rt.GoString(rep))
	return Nil
}

// ParseFloatString parses a float literal as float() does on an ASCII string:
// surrounding white space, a sign, digits with single underscores between them,
// an optional point and exponent, or inf, infinity, nan in any case.
func ParseFloatString(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		// CPython's _Py_string_to_number_with_underscores: an underscore only
		// between two digits.
		var b strings.Builder
		prev := byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '_' {
				if !(prev >= '0' && prev <= '9') {
					return 0, false
				}
			} else {
				b.WriteByte(c)
				if prev == '_' && !(c >= '0' && c <= '9') {
					return 0, false
				}
			}
			prev = c
		}
		if prev == '_' {
			return 0, false
		}
		s = b.String()
	}
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if s == "" {
		return 0, false
	}
	if v, n := parseInfNan(s); n > 0 {
		return v, n == len(s)
	}
	// [sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]
	k := 0
	if s[k] == '+' || s[k] == '-' {
		k++
	}
	nd := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
		nd++
	}
	if k < len(s) && s[k] == '.' {
		k++
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
			nd++
		}
	}
	if nd == 0 {
		return 0, false
	}
	if k < len(s) && (s[k] == 'e' || s[k] == 'E') {
		k++
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		ne := 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
			ne++
		}
		if ne == 0 {
			return 0, false
		}
	}
	if k != len(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return v, true
}

func floatFormatMethod(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("float.__format__", args, kwnames, 1, 1) {
		return Nil
	}
	if !rt.IsInstance(args[0], rt.StrType) {
		rt.Raise("TypeError", "__format__() argument must be str, not %s", rt.TypeNameOf(args[0]))
		return Nil
	}
	return rt.FormatFloatSpec(self, rt.strView(args[0]))
}

// FormatFloatSpec is format(r, spec) for a float r (float.__format__).
func (rt *Runtime) FormatFloatSpec(r Ref, spec string) Ref {
	if spec == "" {
		return rt.Str(r)
	}
	fs, ok := rt.ParseFormatSpecFor(spec, rt.TypeNameOf(r), 0)
	if !ok {
		return Nil
	}
	if fs.Width > maxStrLen || fs.Precision > maxStrLen {
		return rt.NoMemory()
	}
	switch fs.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		// f"{x:.2f}" in a loop: formatted in stack buffers, no Go string.
		var buf [96]byte
		b, ok := rt.appendFloatSpec(buf[:0], rt.FloatValue(r), fs)
		if !ok {
			return Nil
		}
		return rt.NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
	}
	rt.UnknownFormatCode(fs, rt.TypeNameOf(r))
	return Nil
}

// appendFloatSpec is CPython's format_float_internal, appending to dst.
func (rt *Runtime) appendFloatSpec(dst []byte, v float64, fs FormatSpec) ([]byte, bool) {
	if fs.Precision > math.MaxInt32 {
		rt.Raise("ValueError", "precision too big")
		return nil, false
	}
	prec, defPrec := fs.Precision, 6
	typ := fs.Type
	flags := 0
	if fs.Alt {
		flags |= dtsfAlt
	}
	if fs.NoNegZero {
		flags |= dtsfNoNeg0
	}
	if typ == 0 {
		flags |= dtsfAddDot0
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		v *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	if fs.Sign != '+' && fs.Sign != ' ' && fs.Width == -1 && fs.Type != 'n' && fs.Grouping == 0 {
		dst = appendFormatFloat(dst, v, typ, prec, flags)
		if pct {
			dst = append(dst, '%')
		}
		return dst, true
	}
	var fbuf [64]byte
	f := appendFormatFloat(fbuf[:0], v, typ, prec, flags)
	if pct {
		f = append(f, '%')
	}
	// A view of the stack buffer: appendNumber copies it into dst.
	s := unsafe.String(unsafe.SliceData(f), len(f))
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	sep := fs.Grouping
	if fs.Type == 'n' {
		sep = 0
	}
	return appendNumber(dst, fs, neg, "", s[:k], s[k:], sep, 3), true
}
