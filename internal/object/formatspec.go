// The format-spec mini-language (format(), str.format, f-strings) and CPython's
// float-to-string conversions (PyOS_double_to_string): shared by int, float and str
// __format__ and by %-formatting. The algorithms follow CPython 3.11's
// Python/formatter_unicode.c and Python/pystrtod.c.

package object

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatSpec is a parsed format spec:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// Align is 0 when the spec gives none (the type's default then applies: '<' for str,
// '>' for numbers, '=' for numbers with the '0' flag; see EffectiveAlign). Fill is ' '
// unless given, or '0' with the '0' flag. Width and Precision are -1 when absent.
// Grouping is ',', '_' or 0. Type is the presentation type (0 when absent, or the
// default the parser was given); TypeRune is the same code point when it is not
// ASCII (Type is then 0xFF). NoNegZero is 3.11's 'z' flag.
type FormatSpec struct {
	Fill      rune
	Align     byte
	Sign      byte
	Alt, Zero bool
	Width     int
	Grouping  byte
	Precision int /* -1 if absent */
	Type      byte

	NoNegZero bool
	TypeRune  rune
	fillSet   bool
}

// ParseFormatSpec parses spec as str.__format__ does: the default type is 's' and
// errors name the type 'str'. Other types use ParseFormatSpecFor. It returns false
// with ValueError set on a bad spec.
func (rt *Runtime) ParseFormatSpec(spec string) (FormatSpec, bool) {
	return rt.ParseFormatSpecFor(spec, "str", 's')
}

// ParseFormatSpecFor parses spec for an object of type typeName (used in messages)
// whose presentation type defaults to defaultType (0 for none: float's), with
// CPython's validation and messages (parse_internal_render_format_spec).
func (rt *Runtime) ParseFormatSpecFor(spec, typeName string, defaultType byte) (FormatSpec, bool) {
	fs := FormatSpec{Fill: ' ', Width: -1, Precision: -1, Type: defaultType, TypeRune: rune(defaultType)}
	s := []rune(spec)
	pos, end := 0, len(s)
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if end-pos >= 2 && isAlign(s[pos+1]) {
		fs.Align, fs.Fill, fs.fillSet = byte(s[pos+1]), s[pos], true
		pos += 2
	} else if end-pos >= 1 && isAlign(s[pos]) {
		fs.Align = byte(s[pos])
		pos++
	}
	if end-pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ') {
		fs.Sign = byte(s[pos])
		pos++
	}
	if end-pos >= 1 && s[pos] == 'z' {
		fs.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && s[pos] == '#' {
		fs.Alt = true
		pos++
	}
	if !fs.fillSet && end-pos >= 1 && s[pos] == '0' {
		fs.Fill = '0'
		fs.Zero = true
		pos++
	}
	getInt := func() (int, int, bool) {
		n, v := 0, 0
		for pos < end && (s[pos] >= '0' && s[pos] <= '9' || s[pos] >= 0x80 && uIsDecimal(s[pos])) {
			d := int(s[pos] - '0')
			if s[pos] >= 0x80 {
				d = decimalValue(s[pos]) // any Unicode decimal digit, as CPython's get_integer
			}
			if v > (math.MaxInt64-d)/10 {
				rt.Raise("ValueError", "Too many decimal digits in format string")
				return 0, 0, false
			}
			v = v*10 + d
			pos++
			n++
		}
		return v, n, true
	}
	w, n, ok := getInt()
	if !ok {
		return fs, false
	}
	if n > 0 {
		fs.Width = w
	}
	if pos < end && s[pos] == ',' {
		fs.Grouping = ','
		pos++
	}
	if pos < end && s[pos] == '_' {
		if fs.Grouping != 0 {
			rt.Raise("ValueError", "Cannot specify both ',' and '_'.")
			return fs, false
		}
		fs.Grouping = '_'
		pos++
	}
	if pos < end && s[pos] == ',' && fs.Grouping == '_' {
		rt.Raise("ValueError", "Cannot specify both ',' and '_'.")
		return fs, false
	}
	if pos < end && s[pos] == '.' {
		pos++
		p, n, ok := getInt()
		if !ok {
			return fs, false
		}
		if n == 0 {
			rt.Raise("ValueError", "Format specifier missing precision")
			return fs, false
		}
		fs.Precision = p
	}
	if end-pos > 1 {
		rt.Raise("ValueError", "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		return fs, false
	}
	if end-pos == 1 {
		fs.TypeRune = s[pos]
		if s[pos] < 0x80 {
			fs.Type = byte(s[pos])
		} else {
			fs.Type = 0xFF
		}
	}
	if fs.Grouping != 0 {
		switch fs.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.Grouping == '_' {
				break
			}
			fallthrough
		default:
			if fs.TypeRune > 32 && fs.TypeRune < 128 {
				rt.Raise("ValueError", "Cannot specify '%c' with '%c'.", fs.Grouping, fs.TypeRune)
			} else {
				rt.Raise("ValueError", "Cannot specify '%c' with '\\x%x'.", fs.Grouping, fs.TypeRune)
			}
			return fs, false
		}
	}
	return fs, true
}

// UnknownFormatCode raises CPython's ValueError for a presentation type the object's
// type does not support.
func (rt *Runtime) UnknownFormatCode(fs FormatSpec, typeName string) {
	if fs.TypeRune > 32 && fs.TypeRune < 128 {
		rt.Raise("ValueError", "Unknown format code '%c' for object of type '%s'", fs.TypeRune, typeName)
	} else {
		rt.Raise("ValueError", "Unknown format code '\\x%x' for object of type '%s'", fs.TypeRune, typeName)
	}
}

// EffectiveAlign returns the alignment to use: the spec's, else '=' for a number
// with the '0' flag, else defaultAlign.
func (fs FormatSpec) EffectiveAlign(defaultAlign byte) byte {
	if fs.Align != 0 {
		return fs.Align
	}
	if fs.Zero && defaultAlign == '>' {
		return '='
	}
	return defaultAlign
}

// Pad applies fill, alignment and width to body (CPython's calc_padding): widths
// count code points. defaultAlign applies when the spec has no alignment ('<' for
// strings, '>' for numbers). With '=' the padding goes after a leading sign.
func (fs FormatSpec) Pad(body string, defaultAlign byte) string {
	n := utf8.RuneCountInString(body)
	if fs.Width <= n {
		return body
	}
	pad := fs.Width - n
	fill := string(fs.Fill)
	if fs.Fill == 0 {
		fill = " "
	}
	var left, right int
	switch fs.EffectiveAlign(defaultAlign) {
	case '>':
		left = pad
	case '^':
		left = pad / 2
		right = pad - left
	case '=':
		if body != "" && (body[0] == '-' || body[0] == '+' || body[0] == ' ') {
			return body[:1] + strings.Repeat(fill, pad) + body[1:]
		}
		left = pad
	default:
		right = pad
	}
	return strings.Repeat(fill, left) + body + strings.Repeat(fill, right)
}

// FloatRepr returns repr(v): the shortest string that reads back as v, switching to
// exponent notation below 1e-4 and from 1e16 on (CPython's float_repr).
func FloatRepr(v float64) string {
	var buf [MaxFloatReprLen]byte
	return string(AppendFloatRepr(buf[:0], v))
}

// MaxFloatReprLen bounds the length of repr(v) for any float v
// ("-1.2345678901234567e-308" is 24 bytes).
const MaxFloatReprLen = 32

// AppendFloatRepr appends repr(v) (FloatRepr) to dst, making no Go memory of its own
// when dst has MaxFloatReprLen bytes of room.
func AppendFloatRepr(dst []byte, v float64) []byte {
	switch {
	case math.IsNaN(v):
		return append(dst, "nan"...)
	case math.IsInf(v, 1):
		return append(dst, "inf"...)
	case math.IsInf(v, -1):
		return append(dst, "-inf"...)
	case v == 0 && math.Signbit(v):
		return append(dst, "-0.0"...)
	case v == 0:
		return append(dst, "0.0"...)
	}
	// The shortest digits from strconv (d.ddde±XX), laid out as format_float_short
	// does for 'r'.
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], math.Abs(v), 'e', -1, 64)
	e := len(b) - 1
	for b[e] != 'e' {
		e--
	}
	exp := 0
	for _, c := range b[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if b[e+1] == '-' {
		exp = -exp
	}
	var dbuf [20]byte
	digits := dbuf[:0]
	digits = append(digits, b[0])
	if e > 1 {
		digits = append(digits, b[2:e]...)
	}
	decpt := exp + 1
	out := dst
	if v < 0 {
		out = append(out, '-')
	}
	switch {
	case decpt <= -4 || decpt > 16:
		out = append(out, digits[0])
		if len(digits) > 1 {
			out = append(append(out, '.'), digits[1:]...)
		}
		out = append(out, 'e')
		x := decpt - 1
		if x < 0 {
			out = append(out, '-')
			x = -x
		} else {
			out = append(out, '+')
		}
		if x < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(x), 10)
	case decpt <= 0:
		out = append(out, '0', '.')
		for i := decpt; i < 0; i++ {
			out = append(out, '0')
		}
		out = append(out, digits...)
	case decpt >= len(digits):
		out = append(out, digits...)
		for i := len(digits); i < decpt; i++ {
			out = append(out, '0')
		}
		out = append(out, '.', '0')
	default:
		out = append(append(append(out, digits[:decpt]...), '.'), digits[decpt:]...)
	}
	return out
}

// FormatFloat formats v as CPython's PyOS_double_to_string does for the codes 'e',
// 'E', 'f', 'F', 'g', 'G', 'r' (repr) and '%' (fixed, times 100, with a '%' sign);
// prec < 0 means the default, 6. alt is the '#' flag (keep the point and, for 'g',
// trailing zeros). No sign is added to non-negative values.
func FormatFloat(v float64, code byte, prec int, alt bool) string {
	flags := 0
	if alt {
		flags |= dtsfAlt
	}
	if prec < 0 {
		prec = 6
	}
	if code == '%' {
		return formatFloat(v*100, 'f', prec, flags) + "%"
	}
	if code == 'r' {
		return formatFloat(v, 'r', 0, flags|dtsfAddDot0)
	}
	return formatFloat(v, code, prec, flags)
}

// PyOS_double_to_string's flags.
const (
	dtsfSign = 1 << iota
	dtsfAddDot0
	dtsfAlt
	dtsfNoNeg0
)

// appendDtoa returns the decimal digits of |v| (no leading or trailing zeros, "0" for
// zero) and the position of the decimal point (value = 0.digits × 10^decpt), as
// David Gay's _Py_dg_dtoa does in mode 0 (shortest, ndigits unused), mode 2
// (ndigits significant digits) and mode 3 (ndigits digits after the point).
// The digits are appended to dst and returned (dst's new part).
func appendDtoa(dst []byte, v float64, mode, ndigits int) ([]byte, int) {
	v = math.Abs(v)
	at := len(dst)
	if v == 0 {
		return append(dst, '0')[at:], 1
	}
	switch mode {
	case 0, 2:
		prec := -1
		if mode == 2 {
			prec = ndigits - 1
		}
		// d.ddddde±XX, then the digits without the point moved down over it.
		b := strconv.AppendFloat(dst, v, 'e', prec, 64)
		e := len(b) - 1
		for b[e] != 'e' {
			e--
		}
		exp := 0
		for _, c := range b[e+2:] {
			exp = exp*10 + int(c-'0')
		}
		if b[e+1] == '-' {
			exp = -exp
		}
		m := b[at:at]
		for _, c := range b[at:e] {
			if c != '.' {
				m = append(m, c)
			}
		}
		for len(m) > 1 && m[len(m)-1] == '0' {
			m = m[:len(m)-1]
		}
		return m, exp + 1
	}
	// mode 3
	b := strconv.AppendFloat(dst, v, 'f', ndigits, 64)
	dot := len(b) - at
	m := b[at:at]
	for i, c := range b[at:] {
		if c == '.' {
			dot = i
		} else {
			m = append(m, c)
		}
	}
	decpt := dot
	i := 0
	for i < len(m) && m[i] == '0' {
		i++
	}
	m = m[i:]
	decpt -= i
	for len(m) > 0 && m[len(m)-1] == '0' {
		m = m[:len(m)-1]
	}
	if len(m) == 0 {
		return m, -ndigits
	}
	return m, decpt
}

// formatFloat is CPython's PyOS_double_to_string / format_float_short.
func formatFloat(v float64, code byte, prec, flags int) string {
	var buf [64]byte
	return string(appendFormatFloat(buf[:0], v, code, prec, flags))
}

// appendFormatFloat is formatFloat appending to dst.
func appendFormatFloat(dst []byte, v float64, code byte, prec, flags int) []byte {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper = true
		code = 'e'
		fallthrough
	case 'e':
		mode = 2
		prec++
	case 'F':
		upper = true
		code = 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper = true
		code = 'g'
		fallthrough
	case 'g':
		mode = 2
		if prec == 0 {
			prec = 1
		}
	case 'r':
		mode = 0
	}
	neg := math.Signbit(v)
	b := dst
	start := len(dst)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		if math.IsNaN(v) {
			neg = false
		}
		if neg {
			b = append(b, '-')
		} else if flags&dtsfSign != 0 {
			b = append(b, '+')
		}
		s := "inf"
		switch {
		case math.IsNaN(v) && upper:
			s = "NAN"
		case math.IsNaN(v):
			s = "nan"
		case upper:
			s = "INF"
		}
		return append(b, s...)
	}
	// The digits go in a stack buffer of their own (they are copied into b).
	var dbuf [32]byte
	digits, decpt := appendDtoa(dbuf[:0], v, mode, prec)
	if flags&dtsfNoNeg0 != 0 && neg && (len(digits) == 0 || string(digits) == "0") {
		neg = false
	}
	addDot0 := flags&dtsfAddDot0 != 0
	alt := flags&dtsfAlt != 0
	ndig := len(digits)
	vend := ndig
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}
	if neg {
		b = append(b, '-')
	} else if flags&dtsfSign != 0 {
		b = append(b, '+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			b = append(b, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vstart)
		b = append(b, '.')
		zeros(-decpt)
	} else {
		zeros(-vstart)
	}
	if 0 < decpt && decpt <= ndig {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if ndig < decpt {
		zeros(decpt - ndig)
		b = append(b, '.')
		zeros(vend - decpt)
	} else {
		zeros(vend - ndig)
	}
	if b[len(b)-1] == '.' && !alt && len(b) > start {
		b = b[:len(b)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		sign := byte('+')
		if exp < 0 {
			sign = '-'
			exp = -exp
		}
		b = append(b, e, sign)
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// formatNumber lays out a formatted number as CPython's calc_number_widths and
// fill_number do:
//
//	<lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
//
// neg says whether the value is negative; digits are the integer digits (may be
// empty: inf, nan, 'c'); rest is what follows them (the decimal point included).
// group is the digits per group (3, or 4 for '_' with b/o/x/X); sep 0 for none.
func formatNumber(fs FormatSpec, neg bool, prefix, digits, rest string, sep byte, group int) string {
	return string(appendNumber(nil, fs, neg, prefix, digits, rest, sep, group))
}

// appendNumber is formatNumber appending to dst (a caller's stack buffer, say).
func appendNumber(dst []byte, fs FormatSpec, neg bool, prefix, digits, rest string, sep byte, group int) []byte {
	var sign string
	switch {
	case neg:
		sign = "-"
	case fs.Sign == '+':
		sign = "+"
	case fs.Sign == ' ':
		sign = " "
	}
	align := fs.EffectiveAlign('>')
	nonDigits := len(sign) + len(prefix) + utf8.RuneCountInString(rest)
	minWidth := 0
	if fs.Fill == '0' && align == '=' {
		minWidth = fs.Width - nonDigits
	}
	ngrouped := 0
	if len(digits) > 0 {
		ngrouped = groupedLen(len(digits), minWidth, sep, group)
	}
	pad := fs.Width - (nonDigits + ngrouped)
	var l, s, r int
	if pad > 0 {
		switch align {
		case '<':
			r = pad
		case '^':
			l = pad / 2
			r = pad - l
		case '=':
			s = pad
		default:
			l = pad
		}
	}
	dst = appendFill(dst, fs.Fill, l)
	dst = append(dst, sign...)
	dst = append(dst, prefix...)
	dst = appendFill(dst, fs.Fill, s)
	if len(digits) > 0 {
		dst = appendGroupDigits(dst, digits, minWidth, sep, group)
	}
	dst = append(dst, rest...)
	return appendFill(dst, fs.Fill, r)
}

// appendFill appends n copies of the fill character.
func appendFill(dst []byte, fill rune, n int) []byte {
	for range n {
		dst = utf8.AppendRune(dst, fill)
	}
	return dst
}

// groupedLen is len(groupDigits(...)) for n digits.
func groupedLen(n, minWidth int, sep byte, group int) int {
	if sep == 0 {
		return max(n, minWidth)
	}
	total, remaining, useSep := 0, n, false
	for {
		l := min(group, max(remaining, minWidth, 1))
		if useSep {
			total++
		}
		total += max(l, 0)
		remaining -= max(0, min(remaining, l))
		useSep = true
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			return total
		}
		minWidth--
	}
}

// appendGroupDigits appends groupDigits(digits, ...) to dst.
func appendGroupDigits(dst []byte, digits string, minWidth int, sep byte, group int) []byte {
	if sep == 0 {
		for k := len(digits); k < minWidth; k++ {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	at := len(dst)
	remaining := len(digits)
	useSep := false
	for {
		l := min(group, max(remaining, minWidth, 1))
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		if useSep {
			dst = append(dst, sep)
		}
		// Appended reversed; flipped at the end.
		for i := 0; i < nChars; i++ {
			dst = append(dst, digits[remaining-1-i])
		}
		for i := 0; i < nZeros; i++ {
			dst = append(dst, '0')
		}
		remaining -= nChars
		useSep = true
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // the separator
	}
	out := dst[at:]
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return dst
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: digits with sep every group
// digits from the right, zero-padded to minWidth (separators included).
func groupDigits(digits string, minWidth int, sep byte, group int) string {
	return string(appendGroupDigits(nil, digits, minWidth, sep, group))
}
