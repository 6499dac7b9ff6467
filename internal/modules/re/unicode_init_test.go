package re

import "testing"

// TestASCIIClasses checks the ASCII class functions against the Unicode tables
// they stand in for below 128, and extraCases' order for extraCasesOf.
func TestASCIIClasses(t *testing.T) {
	for c := rune(0); c < 128; c++ {
		if got, want := isSpaceUniASCII(c), inRanges(spaceRanges, c); got != want {
			t.Errorf("isSpaceUniASCII(%#x) = %v, want %v", c, got, want)
		}
		if got, want := isWordASCII(c), inRanges(alnumRanges, c) || c == '_'; got != want {
			t.Errorf("isWordASCII(%#x) = %v, want %v", c, got, want)
		}
		if got, want := isDigitASCII(c), inRanges(decimalRanges, c); got != want {
			t.Errorf("isDigitASCII(%#x) = %v, want %v", c, got, want)
		}
	}
	for i := 1; i < len(extraCases); i++ {
		if extraCases[i-1].c >= extraCases[i].c {
			t.Fatalf("extraCases not sorted at %d", i)
		}
	}
	for _, e := range extraCases {
		if got := extraCasesOf(e.c); len(got) != len(e.others) {
			t.Errorf("extraCasesOf(%#x) = %v", e.c, got)
		}
	}
	if extraCasesOf('a') != nil {
		t.Error("extraCasesOf('a') should be nil")
	}
}
