// The numeric types' use of bytes (int(b'12'), float(b'1.5'), int.to_bytes,
// int.from_bytes).

package object

import "strings"

// numBytesLike returns the data of a bytes-like object, ok false for others.
func (rt *Runtime) numBytesLike(r Ref) ([]byte, bool) { return rt.BytesLikeData(r) }

// numNewBytes returns a new bytes holding data.
func (rt *Runtime) numNewBytes(data []byte) Ref { return rt.NewBytes(data) }

// numBytesFromObject is CPython's PyBytes_FromObject, for int.from_bytes: the data
// of a bytes-like object or of an iterable of ints in range(256); not a str or an
// int.
func (rt *Runtime) numBytesFromObject(r Ref) ([]byte, bool) {
	if data, ok := rt.BytesLikeData(r); ok {
		return data, true
	}
	if rt.IsInstance(r, rt.StrType) || rt.hasIndex(r) {
		rt.Raise("TypeError", "cannot convert '%s' object to bytes", rt.TypeNameOf(r))
		return nil, false
	}
	return rt.bytesFromObject(r, "bytes")
}

// bytesReprGo is repr(bytes(data)) (CPython's bytes_repr), for messages.
func bytesReprGo(data []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(data), '\'') >= 0 && strings.IndexByte(string(data), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte("0123456789abcdef"[c>>4])
			b.WriteByte("0123456789abcdef"[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
