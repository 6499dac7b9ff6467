// printf-style formatting: str % args and bytes % args (CPython's PyUnicode_Format
// and _PyBytes_FormatEx), with every conversion and flag and CPython's messages.
// Float conversions use FormatFloat (formatspec.go).

package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

func strRemainder(rt *Runtime, a, b Ref) Ref {
	if !rt.IsStr(a) {
		return rt.New(rt.NotImplemented)
	}
	// "user%d" % n in a loop: the format and the result go through the runtime's
	// lent buffers (borrowRunes), neither Go memory nor a zeroed stack array per
	// call; a conversion that runs Python code (a __str__) and formats again
	// borrows others.
	fbuf := rt.appendStrRunes(rt.borrowRunes(rt.StrLen(a)), a)
	out, ok := rt.percentFormat(fbuf, b, false, rt.borrowRunes(2*len(fbuf)+16))
	var r Ref
	if ok {
		r = rt.NewStrFromRunes(out)
	}
	rt.returnRunes(out)
	rt.returnRunes(fbuf)
	return r
}

func bytesRemainder(rt *Runtime, a, b Ref) Ref {
	d, ok := rt.BytesLikeData(a)
	if !ok {
		return rt.New(rt.NotImplemented)
	}
	fmtRunes := make([]rune, len(d))
	for i, c := range d {
		fmtRunes[i] = rune(c)
	}
	out, ok := rt.percentFormat(fmtRunes, b, true, nil)
	if !ok {
		return Nil
	}
	data := make([]byte, len(out))
	for i, c := range out {
		data[i] = byte(c)
	}
	return rt.bytesResult(a, data)
}

// isMappingForFormat is CPython's test for "%(name)s" arguments: a mapping that is
// not a tuple and not a str (PyMapping_Check: the type has a subscript slot).
func (rt *Runtime) isMappingForFormat(r Ref) bool {
	t := rt.TypeOf(r)
	if t.Flags&(TypeTupleSubclass|TypeStrSubclass) != 0 {
		return false
	}
	return t.Mapping != nil && t.Mapping.Subscript != nil
}

const (
	fLJust = 1 << iota
	fSign
	fBlank
	fAlt
	fZero
)

// percentFormat formats the code points of format with args. In bytes mode the
// format holds bytes (as code points < 256) and so does the result.
func (rt *Runtime) percentFormat(format []rune, args Ref, bytesMode bool, out []rune) ([]rune, bool) {
	arglen, argidx := -1, -2
	var tuple []Ref
	if rt.TypeOf(args).Flags&TypeTupleSubclass != 0 {
		tuple = rt.TupleItems(args)
		arglen, argidx = len(tuple), 0
	}
	var dict Ref
	if rt.isMappingForFormat(args) {
		dict = args
	}
	cur := args // the object arguments come from: args, or the value of a %(key)
	getArg := func() Ref {
		if argidx < arglen {
			argidx++
			if arglen < 0 {
				return cur
			}
			return tuple[argidx-1]
		}
		rt.Raise("TypeError", "not enough arguments for format string")
		return Nil
	}

	n := len(format)
	var bodyBuf [64]rune // a conversion's text, before padding
	for i := 0; i < n; {
		c := format[i]
		if c != '%' {
			j := i
			for j < n && format[j] != '%' {
				j++
			}
			out = append(out, format[i:j]...)
			i = j
			continue
		}
		i++
		if i < n && format[i] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		if i < n && format[i] == '(' {
			if dict == Nil {
				rt.Raise("TypeError", "format requires a mapping")
				return nil, false
			}
			depth := 1
			i++
			start := i
			for i < n && depth > 0 {
				switch format[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
				i++
			}
			if depth > 0 {
				rt.Raise("ValueError", "incomplete format key")
				return nil, false
			}
			keyRunes := format[start : i-1]
			var key Ref
			if bytesMode {
				kb := make([]byte, len(keyRunes))
				for k, r := range keyRunes {
					kb[k] = byte(r)
				}
				key = rt.NewBytes(kb)
			} else {
				key = rt.NewStrFromRunes(keyRunes)
			}
			if key == Nil {
				return nil, false
			}
			v := rt.GetItem(dict, key)
			rt.Decref(key)
			if v == Nil {
				return nil, false
			}
			defer rt.Decref(v)
			cur, tuple = v, nil
			arglen, argidx = -1, -2
		}
		flags := 0
	flagLoop:
		for i < n {
			switch format[i] {
			case '-':
				flags |= fLJust
			case '+':
				flags |= fSign
			case ' ':
				flags |= fBlank
			case '#':
				flags |= fAlt
			case '0':
				flags |= fZero
			default:
				break flagLoop
			}
			i++
		}
		starInt := func() (int, bool) {
			v := getArg()
			if v == Nil {
				return 0, false
			}
			if !rt.IsInt(v) {
				rt.Raise("TypeError", "* wants int")
				return 0, false
			}
			x, ok := rt.IntAsInt64(v)
			if !ok {
				rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
				return 0, false
			}
			return int(x), true
		}
		width, prec := -1, -1
		if i < n && format[i] == '*' {
			w, ok := starInt()
			if !ok {
				return nil, false
			}
			if w < 0 {
				flags |= fLJust
				w = -w
			}
			width = w
			i++
		} else if i < n && format[i] >= '0' && format[i] <= '9' {
			width = 0
			for i < n && format[i] >= '0' && format[i] <= '9' {
				width = width*10 + int(format[i]-'0')
				if width > (math.MaxInt64-9)/10 {
					rt.Raise("ValueError", "width too big")
					return nil, false
				}
				i++
			}
		}
		if i < n && format[i] == '.' {
			i++
			prec = 0
			if i < n && format[i] == '*' {
				p, ok := starInt()
				if !ok {
					return nil, false
				}
				if p > math.MaxInt32 || p < math.MinInt32 {
					rt.Raise("OverflowError", "Python int too large to convert to C int")
					return nil, false
				}
				if p < 0 {
					p = 0
				}
				prec = p
				i++
			} else {
				for i < n && format[i] >= '0' && format[i] <= '9' {
					prec = prec*10 + int(format[i]-'0')
					if prec > math.MaxInt32/10 {
						rt.Raise("ValueError", "precision too big")
						return nil, false
					}
					i++
				}
			}
		}
		if width > maxStrLen || prec > maxStrLen {
			rt.NoMemory()
			return nil, false
		}
		if i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= n {
			rt.Raise("ValueError", "incomplete format")
			return nil, false
		}
		conv := format[i]
		i++
		v := getArg()
		if v == Nil {
			return nil, false
		}
		body, numeric, ok := rt.percentConvert(conv, v, flags, prec, bytesMode, i-1, bodyBuf[:0])
		if !ok {
			return nil, false
		}
		out = padPercent(out, body, numeric, conv, flags, width)
	}
	if argidx < arglen && dict == Nil {
		if bytesMode {
			rt.Raise("TypeError", "not all arguments converted during bytes formatting")
		} else {
			rt.Raise("TypeError", "not all arguments converted during string formatting")
		}
		return nil, false
	}
	return out, true
}

// padPercent appends body with the sign, prefix and padding of a conversion, as
// CPython's unicode_format_arg_output lays them out.
func padPercent(out, body []rune, numeric bool, conv rune, flags, width int) []rune {
	var sign []rune
	if numeric {
		if len(body) > 0 && (body[0] == '-' || body[0] == '+') {
			sign, body = body[:1], body[1:]
		} else if flags&fSign != 0 {
			sign = []rune{'+'}
		} else if flags&fBlank != 0 {
			sign = []rune{' '}
		}
	}
	var prefix []rune
	if numeric && flags&fAlt != 0 && (conv == 'x' || conv == 'X' || conv == 'o') && len(body) >= 2 {
		prefix, body = body[:2], body[1+1:]
	}
	total := len(sign) + len(prefix) + len(body)
	pad := max(0, width-total)
	switch {
	case flags&fLJust != 0:
		out = append(append(append(out, sign...), prefix...), body...)
		for range pad {
			out = append(out, ' ')
		}
	case numeric && flags&fZero != 0:
		out = append(append(out, sign...), prefix...)
		for range pad {
			out = append(out, '0')
		}
		out = append(out, body...)
	default:
		for range pad {
			out = append(out, ' ')
		}
		out = append(append(append(out, sign...), prefix...), body...)
	}
	return out
}

// percentConvert converts one argument; numeric says whether sign and zero
// padding apply.
func (rt *Runtime) percentConvert(conv rune, v Ref, flags, prec int, bytesMode bool, at int, buf []rune) (body []rune, numeric, ok bool) {
	switch conv {
	case 's', 'r', 'a', 'b':
		if bytesMode {
			return rt.percentBytesObject(conv, v, prec)
		}
		if conv == 'b' {
			break
		}
		var s Ref
		switch conv {
		case 's':
			s = rt.Str(v)
		case 'r':
			s = rt.Repr(v)
		default:
			s = rt.ReprASCII(v)
		}
		if s == Nil {
			return nil, false, false
		}
		r := rt.appendStrRunes(buf, s)
		rt.Decref(s)
		if prec >= 0 && prec < len(r) {
			r = r[:prec]
		}
		return r, false, true
	case 'd', 'i', 'u', 'o', 'x', 'X':
		if x, ok := rt.IntAsInt64(v); ok && rt.IsInt(v) && prec <= 20 {
			return appendIntPercent(buf, x, conv, flags, prec), true, true
		}
		b, ok := rt.percentInt(conv, v, bytesMode)
		if !ok {
			return nil, false, false
		}
		return appendRunes(buf, formatIntPercent(b, conv, flags, prec)), true, true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok := rt.floatArg(v)
		if !ok {
			return nil, false, false
		}
		if prec < 0 {
			prec = 6
		}
		dflags := 0
		if flags&fAlt != 0 {
			dflags = dtsfAlt
		}
		var fb [64]byte // the digits in a stack buffer: no Go string per conversion
		for _, c := range appendFormatFloat(fb[:0], x, byte(conv), prec, dflags) {
			buf = append(buf, rune(c))
		}
		return buf, true, true
	case 'c':
		if bytesMode {
			if d, ok := rt.BytesLikeData(v); ok && len(d) == 1 {
				return append(buf, rune(d[0])), false, true
			}
			if rt.IsInt(v) {
				x, ok := rt.IntAsInt64(v)
				if !ok || x < 0 || x > 255 {
					rt.Raise("OverflowError", "%%c arg not in range(256)")
					return nil, false, false
				}
				return append(buf, rune(x)), false, true
			}
			rt.Raise("TypeError", "%%c requires an integer in range(256) or a single byte")
			return nil, false, false
		}
		if rt.IsStr(v) {
			if rt.StrLen(v) != 1 {
				rt.Raise("TypeError", "%%c requires int or char")
				return nil, false, false
			}
			return append(buf, rt.StrAt(v, 0)), false, true
		}
		if !rt.hasIndex(v) {
			rt.Raise("TypeError", "%%c requires int or char")
			return nil, false, false
		}
		x, ok := rt.AsIndex(v, "OverflowError")
		if !ok {
			if rt.ErrMatchesName("OverflowError") {
				rt.ClearErr()
				rt.Raise("OverflowError", "%%c arg not in range(0x110000)")
			}
			return nil, false, false
		}
		if x < 0 || x > 0x10FFFF {
			rt.Raise("OverflowError", "%%c arg not in range(0x110000)")
			return nil, false, false
		}
		return append(buf, rune(x)), false, true
	}
	shown := conv
	if conv < 32 || conv > 126 {
		shown = '?'
	}
	rt.Raise("ValueError", "unsupported format character '%c' (0x%x) at index %d", shown, conv, at)
	return nil, false, false
}

// percentBytesObject converts %s, %b, %r and %a for bytes formatting.
func (rt *Runtime) percentBytesObject(conv rune, v Ref, prec int) ([]rune, bool, bool) {
	var data []byte
	switch conv {
	case 's', 'b':
		if d, ok := rt.BytesLikeData(v); ok {
			data = d
		} else if m := rt.LookupType(rt.TypeOf(v), rt.internedOrNil("__bytes__")); m != Nil {
			f := rt.GetAttrString(v, "__bytes__")
			if f == Nil {
				return nil, false, false
			}
			b := rt.Call(f, nil, Nil)
			rt.Decref(f)
			if b == Nil {
				return nil, false, false
			}
			defer rt.Decref(b)
			if !rt.IsBytes(b) {
				rt.Raise("TypeError", "__bytes__ returned non-bytes (type %s)", rt.TypeNameOf(b))
				return nil, false, false
			}
			data = rt.BytesData(b)
		} else {
			rt.Raise("TypeError", "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", rt.TypeNameOf(v))
			return nil, false, false
		}
	default:
		s := rt.ReprASCII(v)
		if s == Nil {
			return nil, false, false
		}
		data = append([]byte(nil), rt.StrData(s)...)
		rt.Decref(s)
	}
	if prec >= 0 && prec < len(data) {
		data = data[:prec]
	}
	out := make([]rune, len(data))
	for i, c := range data {
		out[i] = rune(c)
	}
	return out, false, true
}

// appendRunes appends the code points of the UTF-8 s to dst.
func appendRunes(dst []rune, s string) []rune {
	for _, c := range s {
		dst = append(dst, c)
	}
	return dst
}

// percentBase is the radix of an integer conversion: %o 8, %x and %X 16, else 10.
func percentBase(conv rune) int {
	switch conv {
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

// appendIntPercent is formatIntPercent for an int64, through stack buffers.
func appendIntPercent(dst []rune, x int64, conv rune, flags, prec int) []rune {
	base := percentBase(conv)
	u := uint64(x)
	if x < 0 {
		dst = append(dst, '-')
		u = -u
	}
	if flags&fAlt != 0 && base != 10 {
		dst = append(dst, '0', conv)
	}
	var b [64]byte
	digits := strconv.AppendUint(b[:0], u, base)
	for k := len(digits); k < prec; k++ {
		dst = append(dst, '0')
	}
	for _, c := range digits {
		if conv == 'X' && c >= 'a' {
			c -= 'a' - 'A'
		}
		dst = append(dst, rune(c))
	}
	return dst
}

// percentInt converts the argument of an integer conversion, with CPython's rules:
// %d, %i and %u accept any real number (truncating floats); %o, %x and %X need an
// integer (__index__).
func (rt *Runtime) percentInt(conv rune, v Ref, bytesMode bool) (*big.Int, bool) {
	if rt.IsInt(v) {
		return rt.IntBig(v), true
	}
	t := rt.TypeOf(v)
	if conv == 'o' || conv == 'x' || conv == 'X' {
		if !rt.hasIndex(v) {
			rt.Raise("TypeError", "%%%c format: an integer is required, not %s", conv, t.Name)
			return nil, false
		}
		i := t.Number.Index(rt, v)
		if i == Nil {
			return nil, false
		}
		defer rt.Decref(i)
		return rt.IntBig(i), true
	}
	if rt.IsFloat(v) {
		x := rt.FloatValue(v)
		switch {
		case math.IsInf(x, 0):
			rt.Raise("OverflowError", "cannot convert float infinity to integer")
			return nil, false
		case math.IsNaN(x):
			rt.Raise("ValueError", "cannot convert float NaN to integer")
			return nil, false
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
		return b, true
	}
	if n := t.Number; n != nil && (n.Int != nil || n.Index != nil || n.Float != nil) {
		f := n.Int
		if f == nil {
			f = n.Index
		}
		if f == nil {
			// A type with only __float__: int() of it.
			fv := n.Float(rt, v)
			if fv == Nil {
				return nil, false
			}
			defer rt.Decref(fv)
			return rt.percentInt(conv, fv, bytesMode)
		}
		i := f(rt, v)
		if i == Nil {
			return nil, false
		}
		defer rt.Decref(i)
		if !rt.IsInt(i) {
			rt.Raise("TypeError", "__int__ returned non-int (type %s)", rt.TypeNameOf(i))
			return nil, false
		}
		return rt.IntBig(i), true
	}
	rt.Raise("TypeError", "%%%c format: a real number is required, not %s", conv, t.Name)
	return nil, false
}

// formatIntPercent writes an integer for %d, %o, %x or %X: sign, the alternate
// prefix, and at least prec digits (CPython's _PyUnicode_FormatLong).
func formatIntPercent(b *big.Int, conv rune, flags, prec int) string {
	base := percentBase(conv)
	digits := new(big.Int).Abs(b).Text(base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	prefix := ""
	if flags&fAlt != 0 {
		switch conv {
		case 'o':
			prefix = "0o"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	sign := ""
	if b.Sign() < 0 {
		sign = "-"
	}
	return sign + prefix + digits
}

// floatArg converts the argument of a float conversion (CPython's
// PyFloat_AsDouble): a float, an int, or an object with __float__ or __index__.
func (rt *Runtime) floatArg(v Ref) (float64, bool) {
	if rt.IsFloat(v) {
		return rt.FloatValue(v), true
	}
	if rt.IsInt(v) {
		if x, ok := rt.IntAsInt64(v); ok {
			return float64(x), true
		}
		f, acc := new(big.Float).SetInt(rt.IntBig(v)).Float64()
		if math.IsInf(f, 0) && acc != big.Exact {
			rt.Raise("OverflowError", "int too large to convert to float")
			return 0, false
		}
		return f, true
	}
	t := rt.TypeOf(v)
	if n := t.Number; n != nil && n.Float != nil {
		f := n.Float(rt, v)
		if f == Nil {
			return 0, false
		}
		defer rt.Decref(f)
		if !rt.IsFloat(f) {
			rt.Raise("TypeError", "%s.__float__ returned non-float (type %s)", t.Name, rt.TypeNameOf(f))
			return 0, false
		}
		return rt.FloatValue(f), true
	}
	if rt.hasIndex(v) {
		i := t.Number.Index(rt, v)
		if i == Nil {
			return 0, false
		}
		defer rt.Decref(i)
		return rt.floatArg(i)
	}
	rt.Raise("TypeError", "must be real number, not %s", t.Name)
	return 0, false
}
