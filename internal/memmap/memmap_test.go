package memmap_test

import (
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/memmap"
	"github.com/pyheap/pyheap/internal/object"
)

func snapshot(t *testing.T) *memmap.Snapshot {
	rt, err := object.NewRuntime(object.Config{Heap: heap.Config{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close() })
	// Some small objects of several classes, one big list's worth of large block,
	// a code segment sealed as the compiler will.
	var keep []object.Ref
	for i := range 3000 {
		keep = append(keep, rt.NewFloat(float64(i)), rt.TupleFrom(object.MakeSmallInt(int64(i)), rt.None))
	}
	big := rt.Heap().Alloc(64 << 10)
	code := rt.Heap().Alloc(8 << 10)
	rt.Heap().SetTag(code, heap.TagCode)
	rt.Heap().Seal(code)
	s := memmap.Take(rt, "test", memmap.VMState{CodeUnits: 1,
		Stack:     memmap.StackInfo{Frames: 2, HighWater: 5, Limit: 1000},
		Registers: memmap.Registers{IP: 14, Function: "f", File: "t.py", Line: 3, SP: 2}})
	_ = keep
	_ = big
	return s
}

// TestTextLayout checks the text map's structure: every region in the seed's order
// with its numbers, the size-class table and the arena lines.
func TestTextLayout(t *testing.T) {
	s := snapshot(t)
	var b strings.Builder
	if err := s.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// Addresses and the footprint vary by machine and run: mask them.
	masked := regexp.MustCompile(`0x[0-9a-f]+`).ReplaceAllString(out, "0xADDRESS")
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^pyheap memory map: test$`),
		regexp.MustCompile(`(?m)^region +address +size +in use +contents$`),
		regexp.MustCompile(`(?m)^code +0xADDRESS +8\.0 KiB +8\.0 KiB +1 compilation unit, sealed read-only$`),
		regexp.MustCompile(`(?m)^constants +- +0 B +0 B `),
		regexp.MustCompile(`(?m)^data \(initialized\) +0xADDRESS +256\.0 KiB +[0-9.]+ KiB +\d+ types, `),
		regexp.MustCompile(`(?m)^data \(zeroed\) +0xADDRESS +64 B +64 B +4 generation list heads`),
		regexp.MustCompile(`(?m)^heap +0xADDRESS +1\.0 MiB +[0-9.]+ KiB +1 arena of 1 MiB, \d+ pools in use`),
		regexp.MustCompile(`(?m)^free store +0xADDRESS +[0-9.]+ KiB +[0-9.]+ KiB +\d+ large blocks in use, \d+ free spans?$`),
		regexp.MustCompile(`(?m)^stack +- +0 B +0 B +2 frames, high water 5, limit 1000$`),
		regexp.MustCompile(`(?m)^registers +- +- +- +ip=14 sp=2 frame=0xADDRESS in f \(t\.py:3\)$`),
		regexp.MustCompile(`(?m)^ +0 +16 +\d+ +3000 +\d+$`), // floats: 3000 16-byte blocks
		regexp.MustCompile(`(?m)^0xADDRESS  [.#_0-9]{64}$`),
		regexp.MustCompile(`(?m)^0xADDRESS +8\.0 KiB +code, read-only$`),
	} {
		if !want.MatchString(masked) {
			t.Errorf("text map lacks %v:\n%s", want, masked)
		}
	}
	// The regions come in the seed's order.
	order := []string{"code", "constants", "data (initialized)", "data (zeroed)", "heap", "free store", "stack", "registers"}
	last := -1
	for _, name := range order {
		i := strings.Index(masked, "\n"+name+" ")
		if i < last {
			t.Errorf("region %q out of order", name)
		}
		last = i
	}
}

// TestSVG checks that the drawing is well-formed XML and shows every region and
// arena.
func TestSVG(t *testing.T) {
	s := snapshot(t)
	var b strings.Builder
	if err := s.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(strings.NewReader(b.String()))
	regions, arenas := map[string]bool{}, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "g" {
			for _, a := range se.Attr {
				if a.Name.Local == "data-region" {
					regions[a.Value] = true
				}
				if a.Name.Local == "class" && a.Value == "arena" {
					arenas++
				}
			}
		}
	}
	for _, r := range []string{"code", "constants", "data (initialized)", "data (zeroed)", "heap", "free store", "stack", "registers"} {
		if !regions[r] {
			t.Errorf("the SVG has no %q region", r)
		}
	}
	if arenas != len(s.Arenas) || arenas == 0 {
		t.Errorf("the SVG draws %d arenas, the snapshot has %d", arenas, len(s.Arenas))
	}
}
