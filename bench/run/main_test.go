package main

import (
	"archive/tar"
	"bytes"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// These tests cover the runner's parsing and arithmetic, and its way of starting
// and measuring a program (with a shell script); nothing here runs a benchmark
// program.

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{2, 2, 9, 1, 2}, 2},
	} {
		in := append([]float64(nil), c.in...)
		if got := median(in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
		for i := range in {
			if in[i] != c.in[i] {
				t.Errorf("median reordered its argument: %v", in)
				break
			}
		}
	}
}

func TestGeomean(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{2}, 2},
		{[]float64{2, 8}, 4},
		{[]float64{0.5, 2}, 1},
		{[]float64{1, 10, 100}, 10},
		{[]float64{1, 0}, 0},  // a missing ratio poisons the mean
		{[]float64{1, -2}, 0}, // so does a negative one
		{[]float64{math.NaN()}, 0},
		{[]float64{math.Inf(1)}, 0},
	} {
		if got := geomean(c.in); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("geomean(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestExtractChecksum(t *testing.T) {
	for _, c := range []struct {
		out, want, err string
	}{
		{"checksum: 42\n", "42", ""},
		{"checksum: 42", "42", ""},
		{"checksum: 42\r\n", "42", ""},
		{"checksum: -0.169075164:-0.169085989\n", "-0.169075164:-0.169085989", ""},
		{"checksum: a b  \n", "a b", ""},
		{"", "", "no output"},
		{"\n\n", "", "no output"},
		{"42\n", "", "not `checksum: VALUE`"},
		{"checksum:42\n", "", "not `checksum: VALUE`"},
		{"checksum: \n", "", "not `checksum: VALUE`"},
		{"Checksum: 1\n", "", "not `checksum: VALUE`"},
		{"debug\nchecksum: 1\n", "", `1 lines of output before the checksum line, the first "debug"`},
		{"checksum: 1\nchecksum: 1\n", "", "1 lines of output before"},
		{"checksum: 1\ntrailing\n", "", "not `checksum: VALUE`"},
	} {
		got, err := extractChecksum(c.out)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("extractChecksum(%q): unexpected error %v", c.out, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("extractChecksum(%q) error = %v, want one containing %q", c.out, err, c.err)
		case got != c.want:
			t.Errorf("extractChecksum(%q) = %q, want %q", c.out, got, c.want)
		}
	}
}

func TestFailureLine(t *testing.T) {
	for _, c := range []struct{ stderr, want string }{
		{"", "(nothing on stderr)"},
		{"\n  \n", "(nothing on stderr)"},
		{"panic: runtime error: index out of range\n\ngoroutine 1 [running]:\n", "panic: runtime error: index out of range"},
		{"Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    import gc\nModuleNotFoundError: No module named 'gc'\n",
			"ModuleNotFoundError: No module named 'gc'"},
		{"  File \"x.py\", line 3\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", `File "x.py", line 3`},
	} {
		if got := failureLine(c.stderr); got != c.want {
			t.Errorf("failureLine(%q) = %q, want %q", c.stderr, got, c.want)
		}
	}
	long := strings.Repeat("x", 500)
	if got := failureLine(long); len(got) != 203 || !strings.HasSuffix(got, "...") {
		t.Errorf("failureLine of a 500-byte line: got %d bytes %q...", len(got), got[:10])
	}
}

func TestShorten(t *testing.T) {
	src := "# comment: short: 1 is not a constant\n" +
		"DEPTH = 16  # short: 12\n" +
		"COUNT=1_000_000 #short: 1000\r\n" +
		"OTHER = 5  # not marked\n" +
		"  NESTED = 3  # short: 1\n" +
		"NAME = \"x\"  # short: \"y\"\n"
	want := "# comment: short: 1 is not a constant\n" +
		"DEPTH = 12\n" +
		"COUNT = 1000\r\n" +
		"OTHER = 5  # not marked\n" +
		"  NESTED = 3  # short: 1\n" +
		"NAME = \"y\"\n"
	got, n := shorten([]byte(src))
	if string(got) != want || n != 3 {
		t.Errorf("shorten:\n%s\n(%d rewritten), want\n%s\n(3 rewritten)", got, n, want)
	}
	if _, n := shorten([]byte("X = 1\n")); n != 0 {
		t.Errorf("shorten of an unmarked program rewrote %d lines", n)
	}
}

// TestProgramsHaveShortSizes checks that every benchmark program (read, not run)
// marks one size constant for -short near its top.
func TestProgramsHaveShortSizes(t *testing.T) {
	progs, err := programs("..", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 10 {
		t.Fatalf("found %d programs in bench/, want at least 10", len(progs))
	}
	for _, p := range progs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, n := shorten(src); n != 1 {
			t.Errorf("%s: %d `# short:` size constants, want 1", filepath.Base(p), n)
		}
	}
}

func TestPrograms(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.py", "a.py", "c.txt", "ab.py"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := func(ps []string) string {
		var names []string
		for _, p := range ps {
			names = append(names, filepath.Base(p))
		}
		return strings.Join(names, " ")
	}
	all, _ := programs(dir, nil)
	if got := base(all); got != "a.py ab.py b.py" {
		t.Errorf("programs = %s", got)
	}
	some, _ := programs(dir, regexp.MustCompile("^a"))
	if got := base(some); got != "a.py ab.py" {
		t.Errorf("programs -filter ^a = %s", got)
	}
}

func TestFinishAndVerdict(t *testing.T) {
	ok := func(sum string, wall, cpu float64, rss int64) *Side {
		s := &Side{OK: true, Checksum: sum}
		for i := 0; i < 3; i++ {
			s.Runs = append(s.Runs, Sample{Wall: wall + float64(i), CPU: cpu, MaxRSS: rss})
		}
		return s
	}
	p := Program{Pyheap: ok("7", 1, 1, 100), CPython: ok("7", 3, 2, 400)}
	finish(&p)
	if p.Checksum != "agree" || p.TimeRatio != 0.5 || p.CPURatio != 0.5 || p.RSSRatio != 0.25 {
		t.Errorf("finish: %+v", p)
	}

	p = Program{Pyheap: ok("7", 1, 1, 100), CPython: ok("8", 1, 1, 100)}
	finish(&p)
	if !strings.HasPrefix(p.Checksum, "DIFFER") || p.TimeRatio != 0 {
		t.Errorf("different checksums: %+v", p)
	}

	failed := &Side{Failure: "exit status 1: NameError: name 'x' is not defined", Runs: []Sample{{Exit: 1}}}
	p = Program{Pyheap: failed, CPython: ok("7", 1, 1, 100)}
	finish(&p)
	if p.Checksum != "pyheap failed: exit status 1: NameError: name 'x' is not defined" {
		t.Errorf("failed pyheap: %q", p.Checksum)
	}

	p = Program{Pyheap: ok("7", 1, 1, 100)}
	finish(&p)
	if p.Checksum != "no python3" || p.Pyheap.WallMed != 2 {
		t.Errorf("pyheap alone: %+v", p)
	}

	unstable := ok("7", 1, 1, 100)
	unstable.Unstable = true
	p = Program{Pyheap: unstable, CPython: ok("7", 1, 1, 100)}
	finish(&p)
	if !strings.Contains(p.Checksum, "pyheap's checksum changed") {
		t.Errorf("unstable: %q", p.Checksum)
	}

	g := geomeans([]Program{
		{Checksum: "agree", TimeRatio: 2, CPURatio: 1, RSSRatio: 0.5},
		{Checksum: "agree", TimeRatio: 0.5, CPURatio: 4, RSSRatio: 0.125},
		{Checksum: "pyheap failed: x"},
	})
	if g.Programs != 2 || g.Time != 1 || g.CPU != 2 || g.RSS != 0.25 {
		t.Errorf("geomeans = %+v", g)
	}
}

func TestTable(t *testing.T) {
	got := table([][]string{
		{"program", "time×", "note"},
		{"a", "1.00", "agree"},
		{"longer", "10.25", ""},
	})
	want := "program  time×  note\n" +
		"a         1.00  agree\n" +
		"longer   10.25\n"
	if got != want {
		t.Errorf("table:\n%s\nwant\n%s", got, want)
	}
}

func TestMaxRSSBytes(t *testing.T) {
	if got := maxRSSBytes(2); got != 2048 && got != 2 {
		t.Errorf("maxRSSBytes(2) = %d", got)
	}
}

func TestCapped(t *testing.T) {
	var c capped
	chunk := strings.Repeat("x", outputCap/2+10)
	for i := 0; i < 3; i++ {
		if n, err := c.Write([]byte(chunk)); n != len(chunk) || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	if c.buf.Len() != outputCap || c.dropped != int64(3*len(chunk)-outputCap) {
		t.Errorf("kept %d, dropped %d", c.buf.Len(), c.dropped)
	}
	if !strings.HasSuffix(c.String(), " more bytes not kept]\n") {
		t.Errorf("String does not say bytes were dropped")
	}
	var small capped
	small.Write([]byte("checksum: 1\n"))
	if small.String() != "checksum: 1\n" {
		t.Errorf("small output changed: %q", small.String())
	}
}

func TestBuildError(t *testing.T) {
	out := "# github.com/pyheap/pyheap/internal/vm\ninternal/vm/a.go:1:2: undefined: x\ninternal/vm/a.go:3:4: undefined: y\n"
	if got := buildError(out, "exit status 1"); got != "internal/vm/a.go:1:2: undefined: x" {
		t.Errorf("buildError = %q", got)
	}
	if got := buildError("", "exit status 1"); got != "exit status 1" {
		t.Errorf("buildError of nothing = %q", got)
	}
}

func TestUntar(t *testing.T) {
	archive := func(names ...string) *bytes.Buffer {
		var b bytes.Buffer
		w := tar.NewWriter(&b)
		for _, n := range names {
			w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(n)), Typeflag: tar.TypeReg})
			w.Write([]byte(n))
		}
		w.Close()
		return &b
	}
	dir := t.TempDir()
	if err := untar(archive("go.mod", "cmd/pyheap/main.go"), dir); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "cmd/pyheap/main.go")); err != nil || string(data) != "cmd/pyheap/main.go" {
		t.Errorf("extracted file: %q, %v", data, err)
	}
	if err := untar(archive("../escape"), dir); err == nil {
		t.Errorf("untar accepted an entry outside its directory")
	}
}

// TestMain lets the test binary act as the spawner, as the runner's binary does.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == spawnFlag {
		os.Exit(spawnMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

// TestRunOnceMeasures runs a shell script through the spawner: its output comes
// back, and so do its exit status and a peak RSS of its own.
func TestRunOnceMeasures(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	script := filepath.Join(t.TempDir(), "prog.sh")
	if err := os.WriteFile(script, []byte("echo checksum: 7\necho oops >&2\nexit 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, out, errOut, err := runOnce(sh, script, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if out != "checksum: 7\n" || errOut != "oops\n" || s.Exit != 3 {
		t.Errorf("got stdout %q, stderr %q, exit %d", out, errOut, s.Exit)
	}
	if s.MaxRSS <= 0 || s.Wall <= 0 {
		t.Errorf("no measurements: %+v", s)
	}
}
