// Character properties and case mappings for the matcher, as _sre computes them
// (tables.go is generated from CPython 3.11 by gentables.py).

package re

import "sort"

// rng is an inclusive range of code points.
type rng struct{ lo, hi rune }

// inRanges reports whether c lies in one of the sorted, disjoint ranges rs.
func inRanges(rs []rng, c rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= c })
	return i < len(rs) && rs[i].lo <= c
}

// The ASCII classes, as _sre's SRE_IS_WORD, SRE_IS_SPACE and SRE_IS_DIGIT.
func isWordASCII(c rune) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isSpaceASCII(c rune) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func isDigitASCII(c rune) bool { return c >= '0' && c <= '9' }

// isSpaceUniASCII is str.isspace below 128: the ASCII whitespace and the four
// separators 0x1c-0x1f (unicode_test.go checks it against spaceRanges).
func isSpaceUniASCII(c rune) bool { return isSpaceASCII(c) || c >= 0x1c && c <= 0x1f }

func isWordUni(c rune) bool {
	if c < 128 {
		return isWordASCII(c)
	}
	return inRanges(alnumRanges, c)
}

func isDigitUni(c rune) bool {
	if c < 128 {
		return isDigitASCII(c)
	}
	return inRanges(decimalRanges, c)
}

func isSpaceUni(c rune) bool {
	if c < 128 {
		return isSpaceUniASCII(c)
	}
	return inRanges(spaceRanges, c)
}

// lowerASCII is sre_lower_ascii.
func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// lowerUni is sre_lower_unicode: the simple lowercase mapping.
func lowerUni(c rune) rune {
	if c < 128 {
		return lowerASCII(c)
	}
	i := sort.Search(len(lowerPairs), func(i int) bool { return lowerPairs[i][0] >= c })
	if i < len(lowerPairs) && lowerPairs[i][0] == c {
		return lowerPairs[i][1]
	}
	return c
}

// upperUni is the simple uppercase mapping; exact for the non-BMP code points,
// the only ones it is asked about.
func upperUni(c rune) rune {
	if c < 128 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	i := sort.Search(len(upperPairs), func(i int) bool { return upperPairs[i][0] >= c })
	if i < len(upperPairs) && upperPairs[i][0] == c {
		return upperPairs[i][1]
	}
	return c
}

func isCasedUni(c rune) bool { return inRanges(casedRanges, c) }

func isCasedASCII(c rune) bool { return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') }

// extraCase is one entry of extraCases: a lowercase character and the characters
// that equal it ignoring case.
type extraCase struct {
	c      rune
	others []rune
}

// extraCasesOf returns the characters equal to lowercase c ignoring case that
// have another lowercase (re._casefix._EXTRA_CASES[c]), or nil.
func extraCasesOf(c rune) []rune {
	i := sort.Search(len(extraCases), func(i int) bool { return extraCases[i].c >= c })
	if i < len(extraCases) && extraCases[i].c == c {
		return extraCases[i].others
	}
	return nil
}
