// Unicode character properties and case mappings for str, as CPython 3.11 defines
// them (its unicodedata is Unicode 14.0.0).
//
// Each property starts from Go's unicode package (Unicode 15.0.0 in Go 1.26) and is
// corrected by a generated table of the code points where that approximation and
// CPython 3.11 disagree (unicode_tables.go, written by
// `go test -tags unicodegen -run TestGenerateUnicodeTables ./internal/object/`, which
// asks python3 for CPython's answers for all 0x110000 code points). The corrections
// cover:
//
//   - the code points Unicode 15 assigned after 14 (Go calls them letters, printable,
//     ...; CPython 3.11 does not);
//   - properties Go's package does not have: Numeric_Type (isdigit, isnumeric: '²',
//     '½', CJK numerals), XID_Start/XID_Continue (isidentifier), Case_Ignorable (the
//     final-sigma rule of lower()), the bidirectional classes that make '\x1c'..'\x1f'
//     whitespace;
//   - the full case mappings of SpecialCasing.txt and CaseFolding.txt ('ß'.upper() is
//     'SS', 'ﬁ'.title() is 'Fi', 'İ'.lower() is 'i̇'), where Go has only simple ones.
//
// With the corrections every predicate and mapping matches CPython 3.11 exactly for
// every code point; the golden tests check a sample.

package object

import (
	"sort"
	"unicode"
)

// Property bits of uProp's tables.
const (
	upPrintable = iota
	upSpace
	upAlpha
	upDecimal
	upDigit
	upNumeric
	upLower
	upUpper
	upTitle
	upCaseIgnorable
	upXIDStart
	upXIDContinue
	upCount
)

// goProp is the approximation of property p from Go's unicode tables, before the
// corrections of unicode_tables.go.
func goProp(p int, c rune) bool {
	switch p {
	case upPrintable:
		return unicode.IsPrint(c)
	case upSpace:
		return unicode.IsSpace(c) || c >= 0x1c && c <= 0x1f
	case upAlpha:
		return unicode.IsLetter(c)
	case upDecimal:
		return unicode.Is(unicode.Nd, c)
	case upDigit:
		return unicode.Is(unicode.Nd, c)
	case upNumeric:
		return unicode.IsNumber(c)
	case upLower:
		return unicode.IsLower(c) || unicode.Is(unicode.Other_Lowercase, c)
	case upUpper:
		return unicode.IsUpper(c) || unicode.Is(unicode.Other_Uppercase, c)
	case upTitle:
		return unicode.IsTitle(c)
	case upCaseIgnorable:
		return unicode.In(c, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
			c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019
	case upXIDStart:
		return c == '_' || unicode.In(c, unicode.L, unicode.Nl, unicode.Other_ID_Start) && !unicode.Is(unicode.Pattern_Syntax, c)
	case upXIDContinue:
		return c == '_' || unicode.In(c, unicode.L, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) &&
			!unicode.Is(unicode.Pattern_Syntax, c)
	}
	return false
}

// uProp reports property p of c as CPython 3.11 defines it.
func uProp(p int, c rune) bool {
	v := goProp(p, c)
	// The corrections are sorted ranges [lo, hi] where the answer is inverted.
	t := uPropFix[p]
	i := sort.Search(len(t), func(i int) bool { return t[i][1] >= c })
	if i < len(t) && t[i][0] <= c {
		return !v
	}
	return v
}

func uIsPrintable(c rune) bool {
	if c < 0x7f {
		return c >= 0x20
	}
	return uProp(upPrintable, c)
}

func uIsSpace(c rune) bool {
	if c < 128 {
		return c == ' ' || c >= 9 && c <= 13 || c >= 0x1c && c <= 0x1f
	}
	return uProp(upSpace, c)
}

func uIsAlpha(c rune) bool {
	if c < 128 {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return uProp(upAlpha, c)
}

func uIsDecimal(c rune) bool {
	if c < 128 {
		return c >= '0' && c <= '9'
	}
	return uProp(upDecimal, c)
}

func uIsDigit(c rune) bool {
	if c < 128 {
		return c >= '0' && c <= '9'
	}
	return uProp(upDigit, c)
}

func uIsNumeric(c rune) bool {
	if c < 128 {
		return c >= '0' && c <= '9'
	}
	return uProp(upNumeric, c)
}

func uIsAlnum(c rune) bool { return uIsAlpha(c) || uIsDecimal(c) || uIsDigit(c) || uIsNumeric(c) }

func uIsLower(c rune) bool {
	if c < 128 {
		return c >= 'a' && c <= 'z'
	}
	return uProp(upLower, c)
}

func uIsUpper(c rune) bool {
	if c < 128 {
		return c >= 'A' && c <= 'Z'
	}
	return uProp(upUpper, c)
}

func uIsTitle(c rune) bool { return c >= 128 && uProp(upTitle, c) }

func uIsCased(c rune) bool { return uIsLower(c) || uIsUpper(c) || uIsTitle(c) }

func uIsCaseIgnorable(c rune) bool { return uProp(upCaseIgnorable, c) }

func uIsXIDStart(c rune) bool {
	if c < 128 {
		return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return uProp(upXIDStart, c)
}

func uIsXIDContinue(c rune) bool {
	if c < 128 {
		return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
	}
	return uProp(upXIDContinue, c)
}

// uIsLinebreak reports whether c ends a line for str.splitlines.
func uIsLinebreak(c rune) bool {
	switch c {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Case mappings.
const (
	ucLower = iota
	ucUpper
	ucTitle
	ucFold
	ucCount
)

// goCase is Go's simple case mapping, before corrections.
func goCase(m int, c rune) rune {
	switch m {
	case ucLower, ucFold:
		return unicode.ToLower(c)
	case ucUpper:
		return unicode.ToUpper(c)
	}
	return unicode.ToTitle(c)
}

// uCase appends the full case mapping m of c to dst.
func uCase(dst []rune, m int, c rune) []rune {
	if c < 128 {
		switch {
		case m == ucUpper || m == ucTitle:
			if c >= 'a' && c <= 'z' {
				c -= 32
			}
		case c >= 'A' && c <= 'Z':
			c += 32
		}
		return append(dst, c)
	}
	t := uCaseFix[m]
	i := sort.Search(len(t), func(i int) bool { return t[i].c >= c })
	if i < len(t) && t[i].c == c {
		return append(dst, []rune(t[i].to)...)
	}
	return append(dst, goCase(m, c))
}

type caseFix struct {
	c  rune
	to string
}
