package syntax

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdlib parses every top-level .py file of the local CPython 3.11
// standard library and compares DumpWithPositions with CPython's
// ast.dump(..., include_attributes=True). It is skipped when python3 is not
// installed; the expectations are produced at test time by
// testdata/stdlib_dump.py. Files with match statements are skipped (pyheap
// does not parse them).
func TestStdlib(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys, sysconfig; print(sysconfig.get_paths()['stdlib']); print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil {
		t.Skip("python3 failed: ", err)
	}
	lines := strings.Fields(string(out))
	if len(lines) != 2 || lines[1] != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	files, _ := filepath.Glob(filepath.Join(lines[0], "*.py"))
	if os.Getenv("PYHEAP_STDLIB_ALL") != "" {
		// Every .py file under the library, tests included (slow).
		files = nil
		filepath.WalkDir(lines[0], func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.Contains(path, "site-packages") {
				files = append(files, path)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("no standard library files found")
	}
	cmd := exec.Command(py, "testdata/stdlib_dump.py", "--dump")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("stdlib_dump.py: %v", err)
	}
	identical, parsed, skipped, rejected := 0, 0, 0, 0
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var rec struct {
			Path, Status, Dump, Class, Msg string
			Lineno                         int
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Status == "error" && rec.Class != "" {
			// CPython rejects the file: so must we, with the same message and line.
			src, _ := os.ReadFile(rec.Path)
			_, err := Parse(rec.Path, src)
			e, ok := err.(*SyntaxError)
			if !ok || e.Class() != rec.Class || e.Msg != rec.Msg || e.Lineno != rec.Lineno {
				t.Errorf("%s: got %v, want %s: %s (line %d)", rec.Path, err, rec.Class, rec.Msg, rec.Lineno)
			} else {
				rejected++
			}
		}
		if rec.Status != "ok" {
			skipped++
			continue
		}
		src, err := os.ReadFile(rec.Path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := Parse(rec.Path, src)
		if err != nil {
			t.Errorf("%s: %v", rec.Path, err)
			continue
		}
		parsed++
		got := DumpWithPositions(mod)
		if got != rec.Dump {
			i := 0
			for i < len(got) && i < len(rec.Dump) && got[i] == rec.Dump[i] {
				i++
			}
			lo := i - 150
			if lo < 0 {
				lo = 0
			}
			t.Errorf("%s: dump differs at byte %d:\n got: ...%s\nwant: ...%s", filepath.Base(rec.Path), i,
				clip(got, lo, i+150), clip(rec.Dump, lo, i+150))
			continue
		}
		identical++
	}
	t.Logf("standard library: %d files parsed, %d identical to CPython's ast.dump with positions, %d skipped (match statements or not parseable by CPython), %d rejected with CPython's error",
		parsed, identical, skipped, rejected)
}

func clip(s string, lo, hi int) string {
	if hi > len(s) {
		hi = len(s)
	}
	if lo > hi {
		lo = hi
	}
	return s[lo:hi]
}
