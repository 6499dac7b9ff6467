// repr() and ascii() of str, exactly as CPython's unicode_repr and ascii() write
// them.

package object

const hexDigits = "0123456789abcdef"

// appendEscapedRune appends the escape of code point c as repr writes it for a
// non-printable character: \xhh, \uhhhh or \Uhhhhhhhh.
func appendEscapedRune(dst []rune, c rune) []rune {
	switch {
	case c <= 0xff:
		return append(dst, '\\', 'x', rune(hexDigits[c>>4]), rune(hexDigits[c&15]))
	case c <= 0xffff:
		return append(dst, '\\', 'u', rune(hexDigits[c>>12&15]), rune(hexDigits[c>>8&15]), rune(hexDigits[c>>4&15]), rune(hexDigits[c&15]))
	}
	dst = append(dst, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		dst = append(dst, rune(hexDigits[c>>uint(sh)&15]))
	}
	return dst
}

// strReprRunes returns repr(s) as code points; asciiOnly escapes every non-ASCII
// code point too (ascii()).
func (rt *Runtime) strReprRunes(s Ref, asciiOnly bool) []rune {
	n := rt.StrLen(s)
	squote, dquote := false, false
	for i := range n {
		switch rt.StrAt(s, i) {
		case '\'':
			squote = true
		case '"':
			dquote = true
		}
	}
	quote := '\''
	if squote && !dquote {
		quote = '"'
	}
	out := make([]rune, 0, n+2)
	out = append(out, quote)
	for i := range n {
		c := rt.StrAt(s, i)
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c == 0x7f:
			out = appendEscapedRune(out, c)
		case c < 0x7f:
			out = append(out, c)
		case asciiOnly || !uIsPrintable(c):
			out = appendEscapedRune(out, c)
		default:
			out = append(out, c)
		}
	}
	return append(out, quote)
}

// strRepr is str's Repr slot.
func strRepr(rt *Runtime, s Ref) Ref {
	if rt.StrIsASCII(s) {
		// Fast path: plain ASCII text without quotes, backslashes or controls.
		data := rt.StrData(s)
		plain := true
		for _, b := range data {
			if b < ' ' || b == 0x7f || b == '\'' || b == '\\' {
				plain = false
				break
			}
		}
		if plain {
			r := rt.newStrRaw(len(data)+2, 1, true)
			if r != Nil {
				d := rt.StrData(r)
				d[0] = '\''
				copy(d[1:], data)
				d[len(d)-1] = '\''
			}
			return r
		}
	}
	return rt.NewStrFromRunes(rt.strReprRunes(s, false))
}

// ReprASCII returns ascii(r): repr(r) with every non-ASCII code point escaped.
func (rt *Runtime) ReprASCII(r Ref) Ref {
	s := rt.Repr(r)
	if s == Nil || rt.StrIsASCII(s) {
		return s
	}
	defer rt.Decref(s)
	var out []rune
	n := rt.StrLen(s)
	for i := range n {
		c := rt.StrAt(s, i)
		if c < 128 {
			out = append(out, c)
		} else {
			out = appendEscapedRune(out, c)
		}
	}
	return rt.NewStrFromRunes(out)
}
