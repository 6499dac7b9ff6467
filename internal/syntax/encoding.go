// Source encodings (PEP 263). See doc.go for the overview.

package syntax

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// decodeSource applies a coding cookie in the first two lines of src, as
// CPython does for source read as bytes: UTF-8 is the default, Latin-1 and
// the single-byte codecs of codecs.go are transcoded to UTF-8, other names
// are an error ("unknown encoding: X").
func decodeSource(src []byte, filename string) ([]byte, *SyntaxError) {
	bom := len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	name := codingCookie(src)
	if name == "" {
		return src, nil
	}
	norm := normalEncodingName(name)
	if norm == "utf-8" {
		return src, nil
	}
	if bom {
		return nil, &SyntaxError{Msg: "encoding problem: " + norm + " with BOM", Filename: filename, Offset: -1}
	}
	key := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(norm))
	switch key {
	case "iso_8859_1", "iso8859_1", "latin_1", "latin1", "latin", "l1", "8859", "cp819", "ibm819", "iso_ir_100", "csisolatin1":
		return latin1(src), nil
	case "utf8", "utf_8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return src, nil
	}
	if a, ok := codecAliases[key]; ok {
		key = a
	}
	table, ok := codecTables[key]
	if !ok {
		return nil, &SyntaxError{Msg: "unknown encoding: " + name, Filename: filename, Offset: -1}
	}
	runes := []rune(table)
	var b bytes.Buffer
	b.Grow(len(src) + len(src)/4)
	for _, c := range src {
		if c < 0x80 {
			b.WriteByte(c)
		} else {
			b.WriteRune(runes[c-0x80])
		}
	}
	return b.Bytes(), nil
}

func latin1(src []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(src) + len(src)/4)
	for _, c := range src {
		if c < 0x80 {
			b.WriteByte(c)
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.Bytes()
}

// codingCookie returns the encoding named by a "coding[:=]NAME" comment on
// line 1, or on line 2 if line 1 is blank or a comment.
func codingCookie(src []byte) string {
	for line := 0; line < 2 && len(src) > 0; line++ {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		l := src[:end]
		if name := cookieIn(l); name != "" {
			return name
		}
		t := bytes.TrimLeft(l, " \t\f\r")
		if len(t) > 0 && t[0] != '#' {
			return ""
		}
		if end == len(src) {
			break
		}
		src = src[end+1:]
	}
	return ""
}

// cookieIn matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+).
func cookieIn(l []byte) string {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\f') {
		i++
	}
	if len(l) >= 3 && l[0] == 0xEF && l[1] == 0xBB && l[2] == 0xBF {
		i = 3
	}
	if i >= len(l) || l[i] != '#' {
		return ""
	}
	k := bytes.Index(l[i:], []byte("coding"))
	if k < 0 {
		return ""
	}
	j := i + k + 6
	if j >= len(l) || l[j] != ':' && l[j] != '=' {
		return cookieIn(append([]byte("#"), l[i+k+6:]...))
	}
	j++
	for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
		j++
	}
	s := j
	for j < len(l) && (isIdentChar(int(l[j])) && l[j] < 128 || l[j] == '-' || l[j] == '.') {
		j++
	}
	return string(l[s:j])
}

// normalEncodingName is the tokenizer's get_normal_name.
func normalEncodingName(s string) string {
	l := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	if l == "utf-8" || strings.HasPrefix(l, "utf-8-") {
		return "utf-8"
	}
	for _, p := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if l == p || strings.HasPrefix(l, p+"-") {
			return "iso-8859-1"
		}
	}
	return s
}

// utf8Error describes the first invalid UTF-8 sequence of b as CPython's
// UTF-8 decoder does: its position and the reason.
func utf8Error(b []byte) (int, byte, string, bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		if c < 0xC2 || c > 0xF4 {
			return i, c, "invalid start byte", true
		}
		need := 1
		if c >= 0xE0 {
			need = 2
		}
		if c >= 0xF0 {
			need = 3
		}
		for k := 1; k <= need; k++ {
			if i+k >= len(b) {
				return i, c, "unexpected end of data", true
			}
			d := b[i+k]
			lo, hi := byte(0x80), byte(0xBF)
			if k == 1 {
				switch c {
				case 0xE0:
					lo = 0xA0
				case 0xED:
					hi = 0x9F
				case 0xF0:
					lo = 0x90
				case 0xF4:
					hi = 0x8F
				}
			}
			if d < lo || d > hi {
				return i, c, "invalid continuation byte", true
			}
		}
		i++
	}
	return 0, 0, "", false
}
