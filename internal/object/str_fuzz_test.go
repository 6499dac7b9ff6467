package object_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/pyheap/pyheap/internal/object"
)

// FuzzStrCodecs checks the codecs' round trips on arbitrary input: utf-8 with
// surrogateescape and latin-1 give back any bytes; utf-8, utf-16 and utf-32 give
// back any str (of the input's code points, lone surrogates through
// surrogatepass); and a str's repr never holds a lone surrogate.
func FuzzStrCodecs(f *testing.F) {
	for _, s := range []string{"", "abc", "é", "\xff\xfe", "\xed\xa0\x80", "日本\U0001f600", "\xf0\x9f\x98", "a\x00b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rt := newRuntime(t)
		for _, c := range []struct{ enc, errs string }{{"utf-8", "surrogateescape"}, {"latin-1", "strict"}} {
			s := rt.Decode(data, c.enc, c.errs)
			if s == object.Nil {
				t.Fatalf("decode %q with %s/%s: %s", data, c.enc, c.errs, errString(rt))
			}
			b := rt.Encode(s, c.enc, c.errs)
			if b == object.Nil || !bytes.Equal(rt.BytesData(b), data) {
				t.Fatalf("%s/%s round trip of %q failed", c.enc, c.errs, data)
			}
			rt.Decref(b)
			rt.Decref(s)
		}
		// A str of the input's code points (its UTF-8 read leniently, plus the raw
		// bytes as code points up to U+DFFF to reach surrogates).
		var cps []rune
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			cps = append(cps, r)
			i += n
		}
		for i := 0; i+1 < len(data); i += 2 {
			cps = append(cps, rune(data[i])<<8|rune(data[i+1])&0xDFFF)
		}
		s := rt.NewStrFromRunes(cps)
		pair := false // a high surrogate then a low one: UTF-16 decodes them as one code point
		for i := 0; i+1 < len(cps); i++ {
			pair = pair || cps[i] >= 0xD800 && cps[i] <= 0xDBFF && cps[i+1] >= 0xDC00 && cps[i+1] <= 0xDFFF
		}
		for _, enc := range []string{"utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"} {
			if pair && (enc == "utf-16" || enc == "utf-16-be") {
				continue
			}
			b := rt.Encode(s, enc, "surrogatepass")
			if b == object.Nil {
				t.Fatalf("encode to %s: %s", enc, errString(rt))
			}
			back := rt.Decode(rt.BytesData(b), enc, "surrogatepass")
			if back == object.Nil || !rt.StrEqual(back, s) {
				t.Fatalf("%s round trip of %q failed", enc, cps)
			}
			rt.Decref(back)
			rt.Decref(b)
		}
		r := rt.Repr(s)
		for i := range rt.StrLen(r) {
			if c := rt.StrAt(r, i); c >= 0xD800 && c <= 0xDFFF {
				t.Fatalf("repr of %q holds a lone surrogate", cps)
			}
		}
		rt.Decref(r)
		rt.Decref(s)
	})
}
