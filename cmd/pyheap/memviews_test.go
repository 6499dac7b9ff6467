package main

import (
	"bufio"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCLI runs the command line in-process and returns stdout, stderr and the status.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb strings.Builder
	w := bufio.NewWriter(&out)
	status := run(args, w, &errb)
	w.Flush()
	return out.String(), errb.String(), status
}

func writeScript(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMapCommand runs `pyheap map --svg` on a small program that also takes a map
// of its own, and checks the text layout (every region, in the seed's order, with
// the registers of the frame that took it) and the drawing.
func TestMapCommand(t *testing.T) {
	script := writeScript(t, `import pyheap
data = [(i, float(i)) for i in range(5000)]
def inner():
    pyheap.memory_map("inside inner")
inner()
print("ok")
`)
	svg := filepath.Join(t.TempDir(), "map.svg")
	out, errs, status := runCLI(t, "map", "--svg", svg, script)
	if status != 0 {
		t.Fatalf("status %d, stderr:\n%s", status, errs)
	}
	maps := strings.Split(out, "pyheap memory map: ")
	if len(maps) != 3 || !strings.HasPrefix(maps[1], "inside inner\n") || !strings.HasPrefix(maps[2], "at exit of ") {
		t.Fatalf("want a map from memory_map() and one at exit, got:\n%s", out)
	}
	if !strings.HasSuffix(maps[1], "\nok\n") {
		t.Errorf("the program's output does not come between the two maps")
	}
	regions := []string{"code", "constants", "data (initialized)", "data (zeroed)", "heap", "free store", "stack", "registers"}
	for i, m := range maps[1:] {
		last := -1
		for _, r := range regions {
			j := strings.Index(m, "\n"+r+" ")
			if j < 0 || j < last {
				t.Errorf("map %d: region %q missing or out of order", i, r)
			}
			last = j
		}
	}
	if !regexp.MustCompile(`(?m)^registers .* in inner \(.*prog\.py:4\)$`).MatchString(maps[1]) {
		t.Errorf("the registers do not show inner() at line 4:\n%s", maps[1])
	}
	// The floats' size class: 16-byte blocks, or 48 under the debug allocator (16 +
	// its 24 bytes of header and guards).
	floats := `(?m)^ +0 +16 +\d+ +5\d\d\d +\d+$`
	if os.Getenv("PYHEAP_MALLOC") == "debug" {
		floats = `(?m)^ +2 +48 +\d+ +\d+ +\d+$`
	}
	if !regexp.MustCompile(`(?m)^heap +0x[0-9a-f]+ +[0-9.]+ MiB +`).MatchString(maps[1]) ||
		!regexp.MustCompile(floats).MatchString(maps[1]) {
		t.Errorf("the heap does not show the program's 5000 floats:\n%s", maps[1])
	}
	f, err := os.Open(svg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	for {
		if _, err := d.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the SVG is not well-formed: %v", err)
			}
			break
		}
	}
}

func TestMemStatsFlag(t *testing.T) {
	script := writeScript(t, "x = [str(i) for i in range(3000)]\nprint(len(x))\n")
	out, errs, status := runCLI(t, "--mem-stats", script)
	if status != 0 || out != "3000\n" {
		t.Fatalf("status %d, stdout %q, stderr:\n%s", status, out, errs)
	}
	for _, want := range []string{"Small block threshold = 512, in 32 size classes.", "# arenas allocated total", " free PyFloatObjects * 16 bytes each = "} {
		if !strings.Contains(errs, want) {
			t.Errorf("--mem-stats report lacks %q:\n%s", want, errs)
		}
	}
}

// TestMemoryNumbersConsistent checks pyheap's own numbers against each other: what
// tracemalloc, sys.getallocatedblocks and sys.getsizeof report grows by what the
// program allocated, and goes back when it is freed.
func TestMemoryNumbersConsistent(t *testing.T) {
	script := writeScript(t, `import sys, tracemalloc
tracemalloc.start()
blocks0 = sys.getallocatedblocks()
cur0, _ = tracemalloc.get_traced_memory()
data = [str(i) * 10 for i in range(10000)]
cur1, peak1 = tracemalloc.get_traced_memory()
blocks1 = sys.getallocatedblocks()
print(cur1 - cur0 >= 10000 * 30, peak1 >= cur1, blocks1 - blocks0 >= 10000)
print(sys.getsizeof(data) >= 4 * len(data), sys.getsizeof([]) < sys.getsizeof(data))
del data
cur2, _ = tracemalloc.get_traced_memory()
print(cur2 - cur0 < (cur1 - cur0) // 10, abs(sys.getallocatedblocks() - blocks0) < 100)
data = [str(i) * 10 for i in range(10000)]
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")[0]
print(top.traceback[0].lineno == 13, top.count >= 10000, top.size >= sum(sys.getsizeof(s) for s in data) // 2)
`)
	out, errs, status := runCLI(t, script)
	if status != 0 {
		t.Fatalf("status %d, stderr:\n%s", status, errs)
	}
	if want := "True True True\nTrue True\nTrue True\nTrue True True\n"; out != want {
		t.Errorf("memory numbers disagree:\n%s", out)
	}
}

// TestMemoryLimitFlag runs a program past --memory-limit: MemoryError inside the
// program, which can catch it and go on; uncaught, a traceback and status 1.
func TestMemoryLimitFlag(t *testing.T) {
	script := writeScript(t, `chunks = []
try:
    while True:
        chunks.append("x" * 100000)
except MemoryError as e:
    n = len(chunks)
    chunks = None
    print("caught after", n > 100, repr(e))
print("still running", len([0] * 10))
big = [0] * (10 ** 9)
`)
	out, errs, status := runCLI(t, "--memory-limit", "48MiB", script)
	if status != 1 || out != "caught after True MemoryError()\nstill running 10\n" ||
		!strings.HasSuffix(errs, "    big = [0] * (10 ** 9)\n          ~~~~^~~~~~~~~~~\nMemoryError\n") ||
		strings.Count(errs, "File ") != 1 {
		t.Errorf("status %d\nstdout:\n%s\nstderr:\n%s", status, out, errs)
	}
	if _, errs, status := runCLI(t, "--memory-limit", "lots", script); status != 2 || !strings.Contains(errs, "not a size") {
		t.Errorf("a bad size: status %d, %s", status, errs)
	}
}

// TestRunModule runs modules and a package's __main__ with -m, as python3 -m does.
func TestRunModule(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"hello.py":        "import sys\nprint('mod', __name__, sys.argv[1:])\n",
		"pkg/__init__.py": "",
		"pkg/__main__.py": "from . import helper\nprint('pkg main', __name__, __package__, helper.X)\n",
		"pkg/helper.py":   "X = 42\n",
		"pkg/sub.py":      "from .helper import X\nprint('sub', X)\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, c := range []struct {
		args   []string
		out    string
		status int
	}{
		{[]string{"-m", "hello", "a", "b"}, "mod __main__ ['a', 'b']\n", 0},
		{[]string{"-m", "pkg"}, "pkg main __main__ pkg 42\n", 0},
		{[]string{"-m", "pkg.sub"}, "sub 42\n", 0},
		{[]string{"-m", "nothere"}, "", 1},
	} {
		out, errs, status := runCLI(t, c.args...)
		if out != c.out || status != c.status {
			t.Errorf("pyheap %v: status %d, stdout %q, stderr %q", c.args, status, out, errs)
		}
	}
}

// TestTracemallocDumpLoad round-trips a snapshot through Snapshot.dump and load.
func TestTracemallocDumpLoad(t *testing.T) {
	snapFile := filepath.Join(t.TempDir(), "snap.txt")
	script := writeScript(t, `import sys, tracemalloc
tracemalloc.start(2)
data = [str(i) * 5 for i in range(2000)]
snap = tracemalloc.take_snapshot()
snap.dump(sys.argv[1])
back = tracemalloc.Snapshot.load(sys.argv[1])
a = [str(s) for s in snap.statistics("lineno")[:3]]
b = [str(s) for s in back.statistics("lineno")[:3]]
print(a == b, len(back.traces) == len(snap.traces), back.traceback_limit)
print(back.compare_to(snap, "lineno")[0].size_diff)
`)
	out, errs, status := runCLI(t, script, snapFile)
	if status != 0 || out != "True True 2\n0\n" {
		t.Errorf("status %d, stdout %q, stderr:\n%s", status, out, errs)
	}
}

// TestMemoryMapRedirectedStdout takes maps with sys.stdout replaced: by a StringIO
// (the text goes through its write method), by None (nothing is written), and by
// an object whose write raises (the exception reaches the program). The first used
// to crash with a nil Go writer.
func TestMemoryMapRedirectedStdout(t *testing.T) {
	script := writeScript(t, `import contextlib, io, sys, pyheap
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    pyheap.memory_map("captured")
print(buf.getvalue().splitlines()[0])
sys.stdout = None
pyheap.memory_map("nowhere")
sys.stdout = sys.__stdout__
class Failing:
    def write(self, s):
        raise ValueError("no room")
sys.stdout = Failing()
try:
    pyheap.memory_map("failing")
except ValueError as e:
    sys.stdout = sys.__stdout__
    print("ValueError:", e)
`)
	out, errs, status := runCLI(t, script)
	if status != 0 {
		t.Fatalf("status %d, stderr:\n%s", status, errs)
	}
	if want := "pyheap memory map: captured\nValueError: no room\n"; out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
}
