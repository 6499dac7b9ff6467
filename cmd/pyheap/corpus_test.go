package main

// The conformance corpus runner: every test script of tests/ (see tests/README.md)
// runs under the pyheap binary as CPython's expectations were made, and its stdout,
// stderr and exit status are compared byte for byte. Scripts listed in
// tests/known_failures.txt are expected to fail (each with a reason); the test fails
// on any other failing script and on any listed script that passes, so the list only
// shrinks. PYHEAP_CORPUS_UPDATE=1 rewrites the list from the current results (keeping
// the reasons already written).

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

type corpusResult struct {
	script string
	ok     bool
	why    string
}

func repoRoot(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(filepath.Dir(wd))
}

func corpusScripts(root string) ([]string, error) {
	var out []string
	topics, err := os.ReadDir(filepath.Join(root, "tests"))
	if err != nil {
		return nil, err
	}
	for _, topic := range topics {
		if !topic.IsDir() || strings.HasPrefix(topic.Name(), "_") {
			continue
		}
		files, err := os.ReadDir(filepath.Join(root, "tests", topic.Name()))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			n := f.Name()
			if f.IsDir() || !strings.HasSuffix(n, ".py") || strings.HasPrefix(n, "_") {
				continue
			}
			out = append(out, "tests/"+topic.Name()+"/"+n)
		}
	}
	sort.Strings(out)
	return out, nil
}

func readKnownFailures(path string) (map[string]string, error) {
	m := map[string]string{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		m[name] = strings.TrimSpace(reason)
	}
	return m, sc.Err()
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus skipped in -short mode")
	}
	root := repoRoot(t)
	bin := filepath.Join(t.TempDir(), "pyheap")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	scripts, err := corpusScripts(root)
	if err != nil {
		t.Fatal(err)
	}
	knownPath := filepath.Join(root, "tests", "known_failures.txt")
	known, err := readKnownFailures(knownPath)
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "TZ=UTC", "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1"}
	if v := os.Getenv("PYHEAP_MALLOC"); v != "" {
		env = append(env, "PYHEAP_MALLOC="+v)
	}
	results := make([]corpusResult, len(scripts))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < runtime.NumCPU()*2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] = runScript(root, bin, scripts[i], env)
			}
		}()
	}
	for i := range scripts {
		work <- i
	}
	close(work)
	wg.Wait()

	var unexpected, fixed []string
	pass := map[string][2]int{}
	for _, r := range results {
		topic := strings.Split(r.script, "/")[1]
		c := pass[topic]
		c[1]++
		if r.ok {
			c[0]++
		}
		pass[topic] = c
		_, listed := known[r.script]
		switch {
		case !r.ok && !listed:
			unexpected = append(unexpected, r.script+": "+r.why)
		case r.ok && listed:
			fixed = append(fixed, r.script)
		}
	}
	var topics []string
	for k := range pass {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	total := 0
	for _, k := range topics {
		t.Logf("%-10s %3d/%3d pass", k, pass[k][0], pass[k][1])
		total += pass[k][0]
	}
	t.Logf("total      %3d/%3d pass", total, len(results))
	if os.Getenv("PYHEAP_CORPUS_UPDATE") == "1" {
		var b strings.Builder
		b.WriteString("# Corpus scripts expected to fail under pyheap, each with the reason. The corpus\n")
		b.WriteString("# test (cmd/pyheap/corpus_test.go) fails when a script not listed here fails, and\n")
		b.WriteString("# when a listed script passes: remove it then. The list only shrinks.\n")
		for _, r := range results {
			if r.ok {
				continue
			}
			reason := known[r.script]
			if reason == "" {
				reason = r.why
			}
			fmt.Fprintf(&b, "%s %s\n", r.script, reason)
		}
		if err := os.WriteFile(knownPath, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, u := range unexpected {
		t.Errorf("FAIL (not in tests/known_failures.txt) %s", u)
	}
	for _, f := range fixed {
		t.Errorf("PASSES but listed in tests/known_failures.txt (remove it): %s", f)
	}
}

// runScript runs one script and compares its output with the expectations.
func runScript(root, bin, script string, env []string) corpusResult {
	res := corpusResult{script: script}
	base := strings.TrimSuffix(filepath.Join(root, script), ".py")
	wantOut, err := os.ReadFile(base + ".stdout")
	if err != nil {
		res.why = "no .stdout expectation"
		return res
	}
	wantErr, _ := os.ReadFile(base + ".stderr")
	wantStatus := "0"
	if s, err := os.ReadFile(base + ".status"); err == nil {
		wantStatus = strings.TrimSpace(string(s))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Dir = root
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	devnull, err := os.Open(os.DevNull)
	if err == nil {
		cmd.Stdin = devnull
		defer devnull.Close()
	}
	err = cmd.Run()
	status := "0"
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			status = fmt.Sprint(ee.ExitCode())
		} else {
			res.why = "run: " + err.Error()
			return res
		}
	}
	if ctx.Err() != nil {
		res.why = "timeout"
		return res
	}
	prefix := []byte(root + "/")
	gotOut := bytes.ReplaceAll(stdout.Bytes(), prefix, nil)
	gotErr := bytes.ReplaceAll(stderr.Bytes(), prefix, nil)
	switch {
	case !bytes.Equal(gotOut, wantOut):
		res.why = "stdout differs" + firstDiff(gotOut, wantOut)
	case !bytes.Equal(gotErr, wantErr):
		res.why = "stderr differs" + firstDiff(gotErr, wantErr)
	case status != wantStatus:
		res.why = fmt.Sprintf("exit status %s, want %s", status, wantStatus)
	default:
		res.ok = true
	}
	return res
}

func firstDiff(got, want []byte) string {
	gl := strings.Split(string(got), "\n")
	wl := strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			if len(g) > 100 {
				g = g[:100]
			}
			if len(w) > 100 {
				w = w[:100]
			}
			return fmt.Sprintf(" (line %d: got %q, want %q)", i+1, g, w)
		}
	}
	return ""
}
