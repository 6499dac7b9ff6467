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

// asciiWord[c] is SRE_IS_WORD for c < 128; asciiSpace and asciiDigit likewise.
var asciiWord, asciiSpace, asciiDigit, uniSpace [128]bool

func init() {
	for c := 0; c < 128; c++ {
		asciiWord[c] = c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		asciiSpace[c] = c == ' ' || c >= '\t' && c <= '\r'
		asciiDigit[c] = c >= '0' && c <= '9'
		uniSpace[c] = inRanges(spaceRanges, rune(c))
	}
}

func isWordASCII(c rune) bool { return c < 128 && asciiWord[c] }

func isWordUni(c rune) bool {
	if c < 128 {
		return asciiWord[c]
	}
	return inRanges(alnumRanges, c)
}

func isDigitUni(c rune) bool {
	if c < 128 {
		return asciiDigit[c]
	}
	return inRanges(decimalRanges, c)
}

func isSpaceUni(c rune) bool {
	if c < 128 {
		return uniSpace[c]
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
