package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibFile returns the source of a large standard library file (typing.py,
// about 110 KB) or skips.
func stdlibFile(b *testing.B, name string) []byte {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not found")
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), name))
	if err != nil {
		b.Skip(err)
	}
	return src
}

// BenchmarkParse tokenizes and parses a large standard library file; the
// MB/s figure is source bytes per second.
func BenchmarkParse(b *testing.B) {
	src := stdlibFile(b, "typing.py")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("typing.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	src := normalize(stdlibFile(b, "typing.py"))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if s := tokenize(src, "typing.py"); s.err != nil {
			b.Fatal(s.err)
		}
	}
}
