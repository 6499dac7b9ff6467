// Drawing a Snapshot: as text (WriteText) and as SVG (WriteSVG). See memmap.go.

package memmap

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// WriteText prints the map: a header, the regions in the seed's order, the heap's
// size classes, and one line per arena showing its 64 pools.
func (s *Snapshot) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pyheap memory map: %s\n", s.Label)
	fmt.Fprintf(&b, "reservation %s, %s of address space; footprint %s (peak %s)", hex(s.Base), size(s.Reserve),
		size(s.Stats.Footprint), size(s.Stats.Peak))
	if s.Stats.Limit != 0 {
		fmt.Fprintf(&b, ", limit %s", size(s.Stats.Limit))
	}
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "%-19s %-18s %10s %10s  %s\n", "region", "address", "size", "in use", "contents")
	for _, r := range s.Regions {
		addr := "-"
		if r.Start != 0 && r.Size != 0 {
			addr = hex(s.Base + r.Start)
		}
		sz, used := size(r.Size), size(r.Used)
		if r.Name == "registers" {
			sz, used = "-", "-"
		}
		fmt.Fprintf(&b, "%-19s %-18s %10s %10s  %s\n", r.Name, addr, sz, used, r.Detail)
	}

	b.WriteString("\nheap: size classes in use\n")
	b.WriteString("class  block  pools  blocks in use  free blocks\n")
	for c, cs := range s.Stats.Classes {
		if cs.Pools == 0 {
			continue
		}
		fmt.Fprintf(&b, "%5d  %5d  %5d  %13d  %11d\n", c, cs.Size, cs.Pools, cs.BlocksInUse, cs.BlocksAvail)
	}

	if len(s.Arenas) > 0 {
		b.WriteString("\nheap: arenas (one character per 16 KiB pool: '.' untouched, '_' empty, 0-9 tenths full, '#' full)\n")
		for _, a := range s.Arenas {
			fmt.Fprintf(&b, "%s  ", hex(s.Base+a.Offset))
			for _, p := range a.Pools {
				b.WriteByte(poolGlyph(p))
			}
			b.WriteByte('\n')
		}
	}

	if len(s.Spans) > 0 {
		b.WriteString("\nfree store and tagged regions: spans in address order\n")
		for _, sp := range s.Spans {
			what := sp.Tag.String()
			switch {
			case sp.Free && sp.Dirty:
				what = "free (resident)"
			case sp.Free:
				what = "free (returned to the OS)"
			case sp.Sealed:
				what += ", read-only"
			}
			fmt.Fprintf(&b, "%s  %10s  %s\n", hex(s.Base+sp.Offset), size(sp.Size), what)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func poolGlyph(p Pool) byte {
	switch {
	case p.Class < 0:
		return '.'
	case p.InUse == 0:
		return '_'
	case p.InUse == p.Capacity:
		return '#'
	}
	return byte('0' + p.InUse*10/p.Capacity)
}

// WriteSVG draws the map: each region a band with its name, address, size and
// occupancy; below, the heap's arenas as a grid with one cell per pool, colored by
// size class (hue) and fullness (lightness).
func (s *Snapshot) WriteSVG(w io.Writer) error {
	const (
		width   = 960
		margin  = 20
		bandH   = 46
		cell    = 11
		gridTop = 40
	)
	var b strings.Builder
	arenaRows := len(s.Arenas)
	height := margin*2 + 40 + len(s.Regions)*(bandH+6) + gridTop + arenaRows*(cell+2) + 70
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="monospace" font-size="12">`+"\n",
		width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fcfcfa"/>`+"\n", width, height)
	y := margin
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="16" font-weight="bold">%s</text>`+"\n", margin, y+14,
		html.EscapeString("pyheap memory map: "+s.Label))
	fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", margin, y+32, html.EscapeString(fmt.Sprintf(
		"reservation %s, %s reserved; footprint %s, peak %s", hex(s.Base), size(s.Reserve), size(s.Stats.Footprint), size(s.Stats.Peak))))
	y += 44
	colors := map[string]string{"code": "#8fb8de", "constants": "#b5a8e0", "data (initialized)": "#9ed6a3",
		"data (zeroed)": "#c8e6c9", "heap": "#f6c177", "free store": "#f2a6a0", "stack": "#d7b9a0", "registers": "#cccccc"}
	for _, r := range s.Regions {
		barW := width - 2*margin
		fmt.Fprintf(&b, `<g class="region" data-region="%s">`, html.EscapeString(r.Name))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="#ffffff" stroke="#888"/>`, margin, y, barW, bandH)
		if r.Size > 0 {
			used := int(float64(barW) * float64(r.Used) / float64(r.Size))
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`, margin, y, used, bandH, colors[r.Name])
		} else {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" opacity="0.35"/>`, margin, y, barW, bandH, colors[r.Name])
		}
		label := r.Name
		if r.Name != "registers" {
			label += fmt.Sprintf("  %s of %s", size(r.Used), size(r.Size))
			if r.Start != 0 && r.Size != 0 {
				label += "  at " + hex(s.Base+r.Start)
			}
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold">%s</text>`, margin+6, y+17, html.EscapeString(label))
		fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`, margin+6, y+35, html.EscapeString(r.Detail))
		b.WriteString("</g>\n")
		y += bandH + 6
	}
	y += 10
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold">heap arenas: one cell per 16 KiB pool, hue = size class, darker = fuller</text>`+"\n", margin, y+14)
	y += gridTop - 10
	for _, a := range s.Arenas {
		fmt.Fprintf(&b, `<g class="arena"><text x="%d" y="%d">%s</text>`, margin, y+cell-2, hex(s.Base+a.Offset))
		for i, p := range a.Pools {
			x := margin + 130 + i*(cell+1)
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#bbb" stroke-width="0.5"><title>%s</title></rect>`,
				x, y, cell, cell, poolColor(p), html.EscapeString(poolTitle(p)))
		}
		b.WriteString("</g>\n")
		y += cell + 2
	}
	y += 12
	// Legend: the size classes' hues.
	fmt.Fprintf(&b, `<text x="%d" y="%d">size class:</text>`, margin, y+10)
	for c := 0; c < 32; c++ {
		x := margin + 90 + c*26
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="24" height="12" fill="%s"/><text x="%d" y="%d" font-size="8">%d</text>`,
			x, y, poolColor(Pool{Class: c, InUse: 1, Capacity: 2}), x+2, y+22, (c+1)*16)
	}
	b.WriteString("\n</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func poolColor(p Pool) string {
	switch {
	case p.Class < 0:
		return "#ffffff"
	case p.InUse == 0:
		return "#e8e8e8"
	}
	hue := p.Class * 360 / 32
	light := 85 - 50*p.InUse/max(p.Capacity, 1)
	return fmt.Sprintf("hsl(%d,70%%,%d%%)", hue, light)
}

func poolTitle(p Pool) string {
	if p.Class < 0 {
		return "untouched pool"
	}
	return fmt.Sprintf("class %d (%d-byte blocks): %d of %d in use", p.Class, (p.Class+1)*16, p.InUse, p.Capacity)
}

func hex(v uintptr) string { return fmt.Sprintf("%#x", v) }

func itoa(n int) string { return strconv.Itoa(n) }

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// size prints a byte count the way people read them: 512 B, 16.0 KiB, 1.0 MiB.
func size(n uintptr) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n < 1<<30:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}
