package symtable

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/syntax"
)

// TestStdlibSymtable builds the symbol table of every top-level file of the
// local CPython 3.11 standard library and compares it with CPython's
// symtable module (skipped without python3; PYHEAP_STDLIB_ALL=1 takes the
// whole library).
func TestStdlibSymtable(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys, sysconfig; print(sysconfig.get_paths()['stdlib']); print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil {
		t.Skip("python3 failed")
	}
	lines := strings.Fields(string(out))
	if len(lines) != 2 || lines[1] != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	files, _ := filepath.Glob(filepath.Join(lines[0], "*.py"))
	if os.Getenv("PYHEAP_STDLIB_ALL") != "" {
		files = nil
		filepath.WalkDir(lines[0], func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.Contains(path, "site-packages") {
				files = append(files, path)
			}
			return nil
		})
	}
	cmd := exec.Command(py, "testdata/stdlib_symtable.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("stdlib_symtable.py: %v", err)
	}
	same, skipped := 0, 0
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var rec struct{ Path, Dump, Skip string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Skip != "" {
			skipped++
			continue
		}
		src, _ := os.ReadFile(rec.Path)
		mod, err := syntax.Parse(rec.Path, src)
		if err != nil {
			t.Errorf("%s: %v", rec.Path, err)
			continue
		}
		st, err := Build(mod, rec.Path)
		if err != nil {
			t.Errorf("%s: %v", rec.Path, err)
			continue
		}
		var b strings.Builder
		dump(st.Top, &b, "")
		got := strings.TrimSuffix(b.String(), "\n")
		if got != rec.Dump {
			g, w := strings.Split(got, "\n"), strings.Split(rec.Dump, "\n")
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			gl, wl := "", ""
			if i < len(g) {
				gl = g[i]
			}
			if i < len(w) {
				wl = w[i]
			}
			t.Errorf("%s: line %d of the dump differs:\n got %s\nwant %s", filepath.Base(rec.Path), i+1, gl, wl)
			continue
		}
		same++
	}
	t.Logf("standard library: %d files with identical symbol tables, %d skipped", same, skipped)
}
