// Encoding and decoding: the utf-8, utf-8-sig, utf-16 and utf-32 families (with
// and without byte order), ascii and latin-1 codecs, with CPython's error handlers
// (strict, ignore, replace, surrogateescape, surrogatepass, backslashreplace,
// xmlcharrefreplace) and UnicodeEncodeError/UnicodeDecodeError with CPython's
// messages. Other codecs raise LookupError: unknown encoding.

package object

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The codecs pyheap has, by canonical name (the name error messages use).
const (
	codecUTF8    = "utf-8"
	codecUTF8Sig = "utf-8-sig"
	codecASCII   = "ascii"
	codecLatin1  = "latin-1"
	codecUTF16   = "utf-16"
	codecUTF16LE = "utf-16-le"
	codecUTF16BE = "utf-16-be"
	codecUTF32   = "utf-32"
	codecUTF32LE = "utf-32-le"
	codecUTF32BE = "utf-32-be"
)

// lookupCodec returns the canonical name of an encoding name, normalized as
// CPython's encodings.normalize_encoding and alias table do, or "" if unknown.
func lookupCodec(name string) string {
	// Normalized in a stack buffer: s.encode() in a loop makes no Go memory.
	t := strings.TrimSpace(name)
	var buf [32]byte
	if len(t) > len(buf) {
		return ""
	}
	b := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '-' || c == ' ':
			c = '_'
		}
		b[i] = c
	}
	switch string(b) {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return codecUTF8
	case "utf_8_sig":
		return codecUTF8Sig
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
		"csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return codecASCII
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
		"csisolatin1", "ibm819", "iso_8859_1_1987", "iso8859":
		return codecLatin1
	case "utf_16", "u16", "utf16":
		return codecUTF16
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return codecUTF16LE
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return codecUTF16BE
	case "utf_32", "u32", "utf32":
		return codecUTF32
	case "utf_32_le", "utf_32le":
		return codecUTF32LE
	case "utf_32_be", "utf_32be":
		return codecUTF32BE
	}
	return ""
}

// strView returns the code points of s as a Go string: for an ASCII str a view of
// its data, no copy, valid only while s lives and unchanged; GoString otherwise.
func (rt *Runtime) strView(s Ref) string {
	if rt.StrIsASCII(s) {
		d := rt.StrData(s)
		return unsafe.String(unsafe.SliceData(d), len(d))
	}
	return rt.GoString(s)
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
		e = rt.strView(enc)
	}
	if errs != Nil {
		if !rt.IsStr(errs) {
			rt.Raise("TypeError", "%s() argument 'errors' must be str, not %s", fname, rt.argTypeName(errs))
			return "", "", false
		}
		h = rt.strView(errs)
	}
	c := lookupCodec(e)
	if c == "" {
		rt.Raise("LookupError", "unknown encoding: %s", e)
		return "", "", false
	}
	return c, h, true
}

func (rt *Runtime) unknownHandler(h string) {
	// CPython also has "namereplace" (it needs the Unicode character names, which
	// pyheap does not carry).
	rt.Raise("LookupError", "unknown error handler name '%s'", h)
}

// unitWriter returns how codec enc writes one code point (or, for surrogatepass,
// one surrogate code unit), and the byte order mark it starts with.
func unitWriter(enc string) (emit func(out []byte, c rune) []byte, bom []byte) {
	switch enc {
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		be := enc == codecUTF16BE
		if enc == codecUTF16 {
			bom = []byte{0xFF, 0xFE}
		}
		put := func(out []byte, u uint16) []byte {
			if be {
				return append(out, byte(u>>8), byte(u))
			}
			return append(out, byte(u), byte(u>>8))
		}
		return func(out []byte, c rune) []byte {
			if c >= 0x10000 {
				c -= 0x10000
				out = put(out, uint16(0xD800+c>>10))
				return put(out, uint16(0xDC00+c&0x3FF))
			}
			return put(out, uint16(c))
		}, bom
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		if enc == codecUTF32 {
			bom = []byte{0xFF, 0xFE, 0, 0}
		}
		if enc == codecUTF32BE {
			return func(out []byte, c rune) []byte {
				return append(out, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
			}, nil
		}
		return func(out []byte, c rune) []byte {
			return append(out, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
		}, bom
	case codecASCII, codecLatin1:
		return func(out []byte, c rune) []byte { return append(out, byte(c)) }, nil
	case codecUTF8Sig:
		bom = []byte{0xEF, 0xBB, 0xBF}
	}
	return func(out []byte, c rune) []byte {
		if c >= 0xD800 && c <= 0xDFFF { // surrogatepass
			return append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
		}
		return appendUTF8(out, c)
	}, bom
}

// encodeUTF8 is s.encode() for a str without surrogates, written straight into the
// new bytes (its size is counted first): no Go memory. It returns Nil without an
// exception when s has a surrogate (the error handlers then run in Encode).
func (rt *Runtime) encodeUTF8(s Ref) Ref {
	n, size := rt.StrLen(s), 0
	for i := range n {
		c := rt.StrAt(s, i)
		if c >= 0xD800 && c <= 0xDFFF {
			return Nil
		}
		size += utf8.RuneLen(c)
	}
	b := rt.newBytesRaw(rt.BytesType, size)
	if b == Nil {
		return Nil
	}
	out := rt.Bytes(b, bytesOffData, uintptr(size))[:0]
	for i := range n {
		out = utf8.AppendRune(out, rt.StrAt(s, i))
	}
	return b
}

// Encode encodes str s with codec enc (a canonical name from lookupCodec) and error
// handler errs, returning a new bytes.
func (rt *Runtime) Encode(s Ref, enc, errs string) Ref {
	if enc == codecUTF8 && rt.StrIsASCII(s) || (enc == codecASCII || enc == codecLatin1) && rt.StrKind(s) == 1 && (enc == codecLatin1 || rt.StrIsASCII(s)) {
		return rt.NewBytes(rt.StrData(s))
	}
	if enc == codecUTF8 {
		if b := rt.encodeUTF8(s); b != Nil || rt.Occurred() {
			return b
		}
	}
	emit, bom := unitWriter(enc)
	reason := "surrogates not allowed"
	bad := func(c rune) bool { return c >= 0xD800 && c <= 0xDFFF }
	eightBit := enc == codecASCII || enc == codecLatin1 || enc == codecUTF8 || enc == codecUTF8Sig
	errName := enc
	switch enc {
	case codecASCII:
		reason, bad = "ordinal not in range(128)", func(c rune) bool { return c >= 0x80 }
	case codecLatin1:
		reason, bad = "ordinal not in range(256)", func(c rune) bool { return c >= 0x100 }
	case codecUTF8Sig:
		errName = codecUTF8
	}
	n := rt.StrLen(s)
	out := make([]byte, 0, n+len(bom))
	out = append(out, bom...)
	for i := 0; i < n; {
		c := rt.StrAt(s, i)
		if !bad(c) {
			out = emit(out, c)
			i++
			continue
		}
		// The run of characters the codec cannot encode (the UTF-16 and UTF-32
		// encoders report them one at a time).
		end := i + 1
		for eightBit && end < n && bad(rt.StrAt(s, end)) {
			end++
		}
		emitASCII := func(text []rune) {
			for _, r := range text {
				out = emit(out, r)
			}
		}
		switch errs {
		case "strict":
			rt.raiseEncodeError(errName, s, i, end, reason)
			return Nil
		case "ignore":
		case "replace":
			for range end - i {
				out = emit(out, '?')
			}
		case "backslashreplace":
			for j := i; j < end; j++ {
				emitASCII(appendEscapedRune(nil, rt.StrAt(s, j)))
			}
		case "xmlcharrefreplace":
			for j := i; j < end; j++ {
				emitASCII([]rune("&#" + strconv.Itoa(int(rt.StrAt(s, j))) + ";"))
			}
		case "surrogateescape":
			if !eightBit {
				// The handler's one byte per character cannot make a whole
				// UTF-16 or UTF-32 code unit.
				rt.raiseEncodeError(errName, s, i, end, reason)
				return Nil
			}
			for j := i; j < end; j++ {
				c := rt.StrAt(s, j)
				if c < 0xDC80 || c > 0xDCFF {
					rt.raiseEncodeError(errName, s, j, end, reason)
					return Nil
				}
				out = append(out, byte(c-0xDC00))
			}
		case "surrogatepass":
			if enc == codecASCII || enc == codecLatin1 {
				rt.raiseEncodeError(errName, s, i, end, reason)
				return Nil
			}
			for j := i; j < end; j++ {
				out = emit(out, rt.StrAt(s, j))
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

// decodeError is one undecodable range of the input.
type decodeError struct {
	start, end int
	reason     string
}

// Decode decodes data with codec enc (a canonical name from lookupCodec) and error
// handler errs, returning a new str.
func (rt *Runtime) Decode(data []byte, enc, errs string) Ref {
	errName := enc
	// The utf-16 and utf-32 codecs report positions in the whole input, their byte
	// order mark included; utf-8-sig in the input after it (as CPython's Python
	// level utf_8_sig codec does).
	full, off := data, 0
	switch enc {
	case codecUTF8Sig:
		if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
			full = data
		}
		enc, errName = codecUTF8, codecUTF8
	case codecUTF16:
		enc = codecUTF16LE
		if len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF {
			enc, data, off = codecUTF16BE, data[2:], 2
		} else if len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE {
			data, off = data[2:], 2
		}
		errName = enc
	case codecUTF32:
		enc = codecUTF32LE
		if len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF {
			enc, data, off = codecUTF32BE, data[4:], 4
		} else if len(data) >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 {
			data, off = data[4:], 4
		}
		errName = enc
	}
	if enc == codecUTF8 || enc == codecASCII || enc == codecLatin1 {
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
	}
	var next func(i int) (c rune, size int, e *decodeError)
	switch enc {
	case codecASCII:
		next = func(i int) (rune, int, *decodeError) {
			if data[i] < 0x80 {
				return rune(data[i]), 1, nil
			}
			return 0, 0, &decodeError{i, i + 1, "ordinal not in range(128)"}
		}
	case codecUTF8:
		next = func(i int) (rune, int, *decodeError) {
			if data[i] < 0x80 {
				return rune(data[i]), 1, nil
			}
			c, size, why := decodeUTF8Rune(data[i:])
			if why == "" {
				return c, size, nil
			}
			if errs == "surrogatepass" && data[i] == 0xED && len(data)-i >= 3 && data[i+1] >= 0xA0 && data[i+1] <= 0xBF && data[i+2]&0xC0 == 0x80 {
				return rune(data[i]&0x0F)<<12 | rune(data[i+1]&0x3F)<<6 | rune(data[i+2]&0x3F), 3, nil
			}
			return 0, 0, &decodeError{i, i + size, why}
		}
	case codecUTF16LE, codecUTF16BE:
		be := enc == codecUTF16BE
		unit := func(i int) rune {
			if be {
				return rune(data[i])<<8 | rune(data[i+1])
			}
			return rune(data[i]) | rune(data[i+1])<<8
		}
		next = func(i int) (rune, int, *decodeError) {
			n := len(data)
			if n-i < 2 {
				return 0, 0, &decodeError{i, n, "truncated data"}
			}
			u := unit(i)
			switch {
			case u < 0xD800 || u > 0xDFFF:
				return u, 2, nil
			case u >= 0xDC00:
				if errs == "surrogatepass" {
					return u, 2, nil
				}
				return 0, 0, &decodeError{i, i + 2, "illegal encoding"}
			}
			if n-i < 4 {
				if errs == "surrogatepass" {
					return u, 2, nil
				}
				return 0, 0, &decodeError{i, n, "unexpected end of data"}
			}
			if u2 := unit(i + 2); u2 >= 0xDC00 && u2 <= 0xDFFF {
				return 0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00), 4, nil
			}
			if errs == "surrogatepass" {
				return u, 2, nil
			}
			return 0, 0, &decodeError{i, i + 2, "illegal UTF-16 surrogate"}
		}
	case codecUTF32LE, codecUTF32BE:
		be := enc == codecUTF32BE
		next = func(i int) (rune, int, *decodeError) {
			n := len(data)
			if n-i < 4 {
				return 0, 0, &decodeError{i, n, "truncated data"}
			}
			var u uint32
			if be {
				u = uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
			} else {
				u = uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2])<<16 | uint32(data[i+3])<<24
			}
			switch {
			case u > 0x10FFFF:
				return 0, 0, &decodeError{i, i + 4, "code point not in range(0x110000)"}
			case u >= 0xD800 && u <= 0xDFFF && errs != "surrogatepass":
				return 0, 0, &decodeError{i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"}
			}
			return rune(u), 4, nil
		}
	}
	out := make([]rune, 0, len(data))
	for i := 0; i < len(data); {
		c, size, e := next(i)
		if e == nil {
			out = append(out, c)
			i += size
			continue
		}
		switch errs {
		case "strict", "surrogatepass":
			rt.raiseDecodeError(errName, full, off+e.start, off+e.end, e.reason)
			return Nil
		case "ignore":
		case "replace":
			out = append(out, 0xFFFD)
		case "surrogateescape":
			// CPython's handler escapes up to 4 bytes of 128 or more from the
			// error's start and resumes after them; an ASCII byte there means
			// the error stands.
			k := e.start
			for k < e.end && k-e.start < 4 && data[k] >= 128 {
				out = append(out, 0xDC00+rune(data[k]))
				k++
			}
			if k == e.start {
				rt.raiseDecodeError(errName, full, off+e.start, off+e.end, e.reason)
				return Nil
			}
			i = k
			continue
		case "backslashreplace":
			for j := e.start; j < e.end; j++ {
				out = appendEscapedRune(out, rune(data[j]))
			}
		case "xmlcharrefreplace":
			rt.Raise("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
			return Nil
		default:
			rt.unknownHandler(errs)
			return Nil
		}
		i = e.end
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
