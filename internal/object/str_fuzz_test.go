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

// FuzzStrMethods calls every str, bytes and bytearray method with arguments made
// from the input: whatever the arguments, a call must return a value or raise an
// exception, never panic, and leave no exception set when it returned a value.
func FuzzStrMethods(f *testing.F) {
	f.Add("abc", "b", 2, -1)
	f.Add("é日\U0001f600\x00\t\n", "日", 0, 5)
	f.Add("{0}{}{a!r:>{1}}%s%(x)d", "%-*.*f", 3, -7)
	f.Fuzz(func(t *testing.T, s, arg string, i, j int) {
		rt := newRuntime(t)
		recvs := []object.Ref{rt.NewStr(s), rt.NewBytes([]byte(s)), rt.NewByteArray([]byte(s))}
		strArgs := []object.Ref{rt.NewStr(arg), rt.NewBytes([]byte(arg)), rt.NewInt(int64(i)), rt.NewInt(int64(j)), rt.None}
		for _, recv := range recvs {
			names := rt.CallMethod(rt.TypeDict(rt.TypeOf(recv)), "keys")
			if names == object.Nil {
				t.Fatal(errString(rt))
			}
			it := rt.Iter(names)
			for {
				name := rt.Next(it)
				if name == object.Nil {
					break
				}
				n := rt.GoString(name)
				rt.Decref(name)
				if n == "__alloc__" || n == "__sizeof__" {
					continue
				}
				for nargs := 0; nargs <= 3; nargs++ {
					args := make([]object.Ref, nargs)
					for k := range args {
						args[k] = strArgs[(i+j*k+k)&0x7fffffff%len(strArgs)]
					}
					m := rt.GetAttrString(recv, n)
					if m == object.Nil {
						rt.ClearErr()
						continue
					}
					r := rt.Call(m, args, object.Nil)
					rt.Decref(m)
					if r == object.Nil {
						if !rt.Occurred() {
							t.Fatalf("%s.%s%v returned Nil without an exception", rt.TypeNameOf(recv), n, args)
						}
						rt.ClearErr()
						continue
					}
					if rt.Occurred() {
						t.Fatalf("%s.%s returned a value with an exception set: %s", rt.TypeNameOf(recv), n, errString(rt))
					}
					rt.Decref(r)
				}
			}
			rt.Decref(it)
			rt.Decref(names)
			for _, b := range strArgs {
				for _, op := range []object.BinaryOperator{object.OpAdd, object.OpMul, object.OpMod} {
					if r := rt.BinaryOp(recv, b, op); r != object.Nil {
						rt.Decref(r)
					} else {
						rt.ClearErr()
					}
				}
				if rt.Contains(recv, b) < 0 {
					rt.ClearErr()
				}
				if r := rt.GetItem(recv, b); r != object.Nil {
					rt.Decref(r)
				} else {
					rt.ClearErr()
				}
			}
		}
	})
}
