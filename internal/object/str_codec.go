// Encoding and decoding: the utf-8, ascii and latin-1 codecs with CPython's error
// handlers (strict, ignore, replace, surrogateescape, surrogatepass,
// backslashreplace, xmlcharrefreplace) and UnicodeEncodeError/UnicodeDecodeError
// with CPython's messages. Other codecs raise LookupError: unknown encoding.

package object

import (
	"fmt"
	"strconv"
	"strings"
)

// The codecs pyheap has, by canonical name (the name error messages use).
const (
	codecUTF8   = "utf-8"
	codecASCII  = "ascii"
	codecLatin1 = "latin-1"
)

// lookupCodec returns the canonical name of an encoding name, normalized as
// CPython's encodings.normalize_encoding and alias table do, or "" if unknown.
func lookupCodec(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return codecUTF8
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
		"csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return codecASCII
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
		"csisolatin1", "ibm819", "iso_8859_1_1987", "iso8859":
		return codecLatin1
	}
	return ""
}

// codecArgs converts the encoding and errors arguments of str(), encode() and
// decode() (Nil: the defaults "utf-8" and "strict") and looks the codec up.
func (rt *Runtime) codecArgs(fname string, enc, errs Ref) (string, string, bool) {
	e, h := "utf-8", "strict"
	if enc != Nil {
		if !rt.IsStr(enc) {
			rt.Raise("TypeError", "%s() argument 'encoding' must be str, not %s", fname, rt.argTypeName(enc))
			return "", "", false
		}
		e = rt.GoString(enc)
	}
	if errs != Nil {
		if !rt.IsStr(errs) {
			rt.Raise("TypeError", "%s() argument 'errors' must be str, not %s", fname, rt.argTypeName(errs))
			return "", "", false
		}
		h = rt.GoString(errs)
	}
	c := lookupCodec(e)
	if c == "" {
		rt.Raise("LookupError", "unknown encoding: %s", e)
		return "", "", false
	}
	return c, h, true
}

var knownErrorHandlers = map[string]bool{"strict": true, "ignore": true, "replace": true, "surrogateescape": true,
	"surrogatepass": true, "backslashreplace": true, "xmlcharrefreplace": true}

func (rt *Runtime) unknownHandler(h string) {
	if h == "namereplace" {
		// CPython has it (it needs the Unicode character names, which pyheap
		// does not carry).
		rt.Raise("LookupError", "unknown error handler name 'namereplace'")
		return
	}
	rt.Raise("LookupError", "unknown error handler name '%s'", h)
}

// Encode encodes str s with codec enc (a canonical name from lookupCodec) and error
// handler errs, returning a new bytes.
func (rt *Runtime) Encode(s Ref, enc, errs string) Ref {
	if enc == codecUTF8 && rt.StrIsASCII(s) || enc != codecUTF8 && rt.StrKind(s) == 1 && (enc == codecLatin1 || rt.StrIsASCII(s)) {
		return rt.NewBytes(rt.StrData(s))
	}
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	if enc == codecLatin1 {
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	bad := func(c rune) bool {
		if enc == codecUTF8 {
			return c >= 0xD800 && c <= 0xDFFF
		}
		return c >= limit
	}
	if enc == codecUTF8 {
		reason = "surrogates not allowed"
	}
	n := rt.StrLen(s)
	out := make([]byte, 0, n)
	for i := 0; i < n; {
		c := rt.StrAt(s, i)
		if !bad(c) {
			if enc == codecUTF8 {
				out = appendUTF8(out, c)
			} else {
				out = append(out, byte(c))
			}
			i++
			continue
		}
		// The run of characters the codec cannot encode.
		end := i + 1
		for end < n && bad(rt.StrAt(s, end)) {
			end++
		}
		switch errs {
		case "strict":
			rt.raiseEncodeError(enc, s, i, end, reason)
			return Nil
		case "ignore":
		case "replace":
			for range end - i {
				out = append(out, '?')
			}
		case "backslashreplace":
			for j := i; j < end; j++ {
				for _, r := range appendEscapedRune(nil, rt.StrAt(s, j)) {
					out = append(out, byte(r))
				}
			}
		case "xmlcharrefreplace":
			for j := i; j < end; j++ {
				out = append(out, "&#"+strconv.Itoa(int(rt.StrAt(s, j)))+";"...)
			}
		case "surrogateescape":
			for j := i; j < end; j++ {
				c := rt.StrAt(s, j)
				if c < 0xDC80 || c > 0xDCFF {
					rt.raiseEncodeError(enc, s, j, end, reason)
					return Nil
				}
				out = append(out, byte(c-0xDC00))
			}
		case "surrogatepass":
			if enc != codecUTF8 {
				rt.raiseEncodeError(enc, s, i, end, reason)
				return Nil
			}
			for j := i; j < end; j++ {
				c := rt.StrAt(s, j)
				out = append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			}
		default:
			rt.unknownHandler(errs)
			return Nil
		}
		i = end
	}
	return rt.NewBytes(out)
}

func appendUTF8(out []byte, c rune) []byte {
	switch {
	case c < 0x80:
		return append(out, byte(c))
	case c < 0x800:
		return append(out, byte(0xC0|c>>6), byte(0x80|c&0x3F))
	case c < 0x10000:
		return append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
	}
	return append(out, byte(0xF0|c>>18), byte(0x80|(c>>12)&0x3F), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
}

// Decode decodes data with codec enc (a canonical name from lookupCodec) and error
// handler errs, returning a new str.
func (rt *Runtime) Decode(data []byte, enc, errs string) Ref {
	ascii := true
	for _, b := range data {
		if b >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii || enc == codecLatin1 {
		return rt.newStrLatin1(data)
	}
	out := make([]rune, 0, len(data))
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			out = append(out, rune(b))
			i++
			continue
		}
		var start, end int
		var reason string
		if enc == codecASCII {
			start, end, reason = i, i+1, "ordinal not in range(128)"
		} else {
			c, size, why := decodeUTF8Rune(data[i:])
			if why == "" {
				out = append(out, c)
				i += size
				continue
			}
			start, end, reason = i, i+size, why
			if errs == "surrogatepass" && b == 0xED && len(data)-i >= 3 && data[i+1] >= 0xA0 && data[i+1] <= 0xBF && data[i+2]&0xC0 == 0x80 {
				out = append(out, rune(b&0x0F)<<12|rune(data[i+1]&0x3F)<<6|rune(data[i+2]&0x3F))
				i += 3
				continue
			}
		}
		switch errs {
		case "strict", "surrogatepass":
			rt.raiseDecodeError(enc, data, start, end, reason)
			return Nil
		case "ignore":
		case "replace":
			out = append(out, 0xFFFD)
		case "surrogateescape":
			for j := start; j < end; j++ {
				out = append(out, 0xDC00+rune(data[j]))
			}
		case "backslashreplace":
			for j := start; j < end; j++ {
				out = appendEscapedRune(out, rune(data[j]))
			}
		case "xmlcharrefreplace":
			// CPython: "don't know how to handle UnicodeDecodeError in error callback"
			rt.Raise("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
			return Nil
		default:
			rt.unknownHandler(errs)
			return Nil
		}
		i = end
	}
	return rt.NewStrFromRunes(out)
}

// decodeUTF8Rune decodes the sequence at the start of p (p[0] >= 0x80). On error
// it returns CPython's reason and the length of the bytes the error covers.
func decodeUTF8Rune(p []byte) (c rune, size int, reason string) {
	b := p[0]
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case b >= 0xC2 && b <= 0xDF:
		need = 1
	case b == 0xE0:
		need, lo = 2, 0xA0
	case b == 0xED:
		need, hi = 2, 0x9F
	case b >= 0xE1 && b <= 0xEF:
		need = 2
	case b == 0xF0:
		need, lo = 3, 0x90
	case b >= 0xF1 && b <= 0xF3:
		need = 3
	case b == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 0, 1, "invalid start byte"
	}
	c = rune(b) & (0x3F >> need)
	for k := 1; k <= need; k++ {
		if k >= len(p) {
			return 0, len(p), "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if p[k] < l || p[k] > h {
			return 0, k, "invalid continuation byte"
		}
		c = c<<6 | rune(p[k]&0x3F)
	}
	return c, need + 1, ""
}

func (rt *Runtime) raiseEncodeError(enc string, s Ref, start, end int, reason string) {
	rt.raiseUnicodeError("UnicodeEncodeError", enc, rt.New(s), start, end, reason)
}

func (rt *Runtime) raiseDecodeError(enc string, data []byte, start, end int, reason string) {
	b := rt.NewBytes(data)
	if b == Nil {
		return
	}
	rt.raiseUnicodeError("UnicodeDecodeError", enc, b, start, end, reason)
}

// raiseUnicodeError raises a UnicodeEncodeError or UnicodeDecodeError whose args are
// (encoding, object, start, end, reason); obj is a new reference it takes over.
func (rt *Runtime) raiseUnicodeError(typ, enc string, obj Ref, start, end int, reason string) {
	e, r := rt.NewStr(enc), rt.NewStr(reason)
	if e == Nil || r == Nil {
		rt.Decref(e)
		rt.Decref(r)
		rt.Decref(obj)
		return
	}
	args := rt.TuplePack(e, obj, rt.NewInt(int64(start)), rt.NewInt(int64(end)), r)
	if args == Nil {
		return
	}
	exc := rt.NewException(rt.excTypes[typ], args)
	rt.Decref(args)
	if exc != Nil {
		rt.Restore(exc)
	}
}

// unicodeErrorArgs returns the parts of a UnicodeEncodeError/DecodeError's args,
// ok false when they do not have the five expected items.
func (rt *Runtime) unicodeErrorArgs(e Ref) (enc string, obj Ref, start, end int, reason string, ok bool) {
	args := rt.ExcArgs(e)
	if args == Nil || rt.TupleLen(args) != 5 {
		return
	}
	it := rt.TupleItems(args)
	if !rt.IsStr(it[0]) || !rt.IsStr(it[4]) || !rt.IsInt(it[2]) || !rt.IsInt(it[3]) {
		return
	}
	s, ok1 := rt.IntAsInt64(it[2])
	t, ok2 := rt.IntAsInt64(it[3])
	if !ok1 || !ok2 {
		return
	}
	return rt.GoString(it[0]), it[1], int(s), int(t), rt.GoString(it[4]), true
}

// initUnicodeErrors gives UnicodeEncodeError and UnicodeDecodeError CPython's str()
// and their attributes (encoding, object, start, end, reason).
func (rt *Runtime) initUnicodeErrors() {
	for _, name := range []string{"UnicodeEncodeError", "UnicodeDecodeError"} {
		t := rt.excTypes[name]
		decode := name == "UnicodeDecodeError"
		t.Str = func(rt *Runtime, e Ref) Ref {
			enc, obj, start, end, reason, ok := rt.unicodeErrorArgs(e)
			if !ok {
				return rt.excTypes["BaseException"].Str(rt, e)
			}
			if decode {
				data, isBytes := rt.BytesLikeData(obj)
				if isBytes && start >= 0 && start < len(data) && end == start+1 {
					return rt.NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, data[start], start, reason))
				}
				return rt.NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason))
			}
			if rt.IsStr(obj) && start >= 0 && start < rt.StrLen(obj) && end == start+1 {
				c := rt.StrAt(obj, start)
				var esc string
				switch {
				case c <= 0xff:
					esc = fmt.Sprintf("\\x%02x", c)
				case c <= 0xffff:
					esc = fmt.Sprintf("\\u%04x", c)
				default:
					esc = fmt.Sprintf("\\U%08x", c)
				}
				return rt.NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, esc, start, reason))
			}
			return rt.NewStr(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason))
		}
		item := func(i int) func(rt *Runtime, e Ref) Ref {
			return func(rt *Runtime, e Ref) Ref {
				args := rt.ExcArgs(e)
				if args == Nil || rt.TupleLen(args) <= i {
					return rt.New(rt.None)
				}
				return rt.New(rt.TupleItems(args)[i])
			}
		}
		t.GetSets = append(t.GetSets, GetSetDef{Name: "encoding", Get: item(0)}, GetSetDef{Name: "object", Get: item(1)},
			GetSetDef{Name: "start", Get: item(2)}, GetSetDef{Name: "end", Get: item(3)}, GetSetDef{Name: "reason", Get: item(4)})
	}
}

func strEncodeMethod(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw("encode", args, kwnames, []string{"encoding", "errors"}, 0, 0)
	if !ok {
		return Nil
	}
	enc, errs, ok := rt.codecArgs("encode", a[0], a[1])
	if !ok {
		return Nil
	}
	return rt.Encode(s, enc, errs)
}
