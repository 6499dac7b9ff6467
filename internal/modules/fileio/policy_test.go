package fileio

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestPolicyPath(t *testing.T) {
	root := t.TempDir()
	ok := filepath.Join(root, "ok")
	out := filepath.Join(root, "out")
	os.Mkdir(ok, 0o755)
	os.Mkdir(out, 0o755)
	os.WriteFile(filepath.Join(ok, "f"), nil, 0o644)
	os.Symlink(out, filepath.Join(ok, "to-out"))
	os.Symlink("/", filepath.Join(ok, "to-root"))
	os.Symlink(filepath.Join(ok, "loop"), filepath.Join(ok, "loop"))
	os.Symlink(filepath.Join(out, "nothing"), filepath.Join(ok, "dangling"))
	p, err := NewPolicy([]string{ok}, nil, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path  string
		write bool
		want  string // "" for the error errWant
		err   error
	}{
		{filepath.Join(ok, "f"), false, filepath.Join(ok, "f"), nil},
		{filepath.Join(ok, "f"), true, "", errDenied},
		{filepath.Join(ok, "new"), false, filepath.Join(ok, "new"), nil},
		{ok, false, ok, nil},
		{ok + "/", false, ok, nil},
		{ok + "//f", false, filepath.Join(ok, "f"), nil},
		{filepath.Join(ok, "to-out", "x"), false, "", errDenied},
		{ok + "/to-out/../ok/f", false, filepath.Join(ok, "f"), nil}, // .. climbs from where the link led: out/.. is root
		{ok + "/to-out/../out/x", false, "", errDenied},
		{ok + "/to-root/etc/passwd", false, "", errDenied},
		{ok + "/../out", false, "", errDenied},
		{ok + "/../ok/f", false, filepath.Join(ok, "f"), nil},
		{ok + "/loop", false, "", errDenied},
		{ok + "/dangling", true, "", errDenied},
		{ok + "/missing/deeper/x", false, filepath.Join(ok, "missing/deeper/x"), nil}, // the system says ENOENT
		{ok + "/missing/..", false, "", syscall.ENOENT},
		{out + "/missing/x", false, "", errDenied},
		{"", false, "", errDenied},
		{"a\x00b", false, "", errDenied},
		{strings.Repeat("a/", 5000), false, "", errDenied},
		{"/proc/self/root/etc/passwd", false, "", errDenied},
		{"..", false, "", errDenied},
		{"/", false, "", errDenied},
	} {
		got, err := p.Path(tc.path, tc.write)
		if got != tc.want || err != tc.err {
			t.Errorf("Path(%.60q, write=%v) = %q, %v; want %q, %v", tc.path, tc.write, got, err, tc.want, tc.err)
		}
	}
	if _, err := NewPolicy([]string{filepath.Join(root, "missing")}, nil, nil, false); err == nil {
		t.Error("a missing root")
	}
	if got, err := AllowAll().Path("anything/../at all", true); got != "anything/../at all" || err != nil {
		t.Errorf("AllowAll: %q %v", got, err)
	}
}

func FuzzPolicyPath(f *testing.F) {
	root := f.TempDir()
	p, err := NewPolicy([]string{root}, []string{root}, nil, false)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "..", "a/../../b", "\x00", "/etc", root + "/x/../../y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		got, err := p.Path(path, true)
		if err == nil && got != root && !strings.HasPrefix(got, root+"/") {
			t.Errorf("Path(%q) = %q, outside %s", path, got, root)
		}
	})
}
