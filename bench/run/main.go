// Command run measures pyheap against CPython on the programs in bench/.
//
//	go run ./bench/run [-n 5] [-filter REGEXP] [-dir bench] [-short] [-json FILE] [-python python3]
//	                   [-pyheap BINARY | -rev REVISION] [-timeout 3m]
//
// bench/ holds the benchmark programs; -dir bench/features runs the feature
// survey instead: one short program per library feature or idiom (str formatting,
// deque, math, sort with a key, ...), so that a feature far slower than CPython
// shows by name.
//
// It builds cmd/pyheap once from the working tree (from a commit with -rev, not at all
// when -pyheap names a binary), then runs every
// bench/*.py under pyheap and under python3, n times each, alternating which goes
// first, and measures each child process: wall time, CPU time (user+sys) and peak
// resident memory (Maxrss from wait4's rusage), each program started by a fresh
// copy of this binary so that the runner's own memory does not count in it
// (spawn.go). Each program prints exactly one line,
// "checksum: VALUE"; the two implementations must print the same value.
//
// Per program it prints the medians and the pyheap/CPython ratios, then the
// geometric means of the ratios over the programs that ran under both with agreeing
// checksums. It reports; it does not judge: the exit status is 0 whatever the ratios,
// and a program pyheap fails on is shown with the first line of pyheap's stderr (the
// last line when that first line opens a Python traceback) while the rest go on. It
// exits non-zero only when it cannot run at all (no programs, neither pyheap nor
// python3 runnable, or the JSON file cannot be written).
//
// -short runs a copy of each program with its size constant rewritten: a program
// marks the constant as
//
//	DEPTH = 16  # short: 12
//
// and the copy gets "DEPTH = 12". Checksums then differ from full runs, but pyheap and
// CPython still run the same copy.
//
// This package only executes binaries; it imports nothing from the module.
package main

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == spawnFlag {
		os.Exit(spawnMain(os.Args[2:]))
	}
	os.Exit(mainErr(os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	n       int
	filter  *regexp.Regexp
	dir     string
	short   bool
	jsonOut string
	python  string
	pyheap  string
	rev     string
	timeout time.Duration
}

func mainErr(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	var filter string
	fs.IntVar(&o.n, "n", 5, "runs of each program under each implementation")
	fs.StringVar(&filter, "filter", "", "run only programs whose name (without .py) matches this regular expression")
	fs.StringVar(&o.dir, "dir", "bench", "the directory of programs, relative to the module root (bench/features: one feature each)")
	fs.BoolVar(&o.short, "short", false, "run copies of the programs with their size constants set to the `# short:` values")
	fs.StringVar(&o.jsonOut, "json", "", "also write the results as JSON to this file")
	fs.StringVar(&o.python, "python", "python3", "the CPython to compare with (skipped when not found)")
	fs.StringVar(&o.pyheap, "pyheap", "", "use this pyheap binary instead of building cmd/pyheap")
	fs.StringVar(&o.rev, "rev", "", "build cmd/pyheap from this git revision (exported with git archive) instead of the working tree")
	fs.DurationVar(&o.timeout, "timeout", 3*time.Minute, "limit for a single run of a program")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.n < 1 {
		fmt.Fprintln(stderr, "run: -n must be at least 1")
		return 2
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			fmt.Fprintf(stderr, "run: -filter: %v\n", err)
			return 2
		}
		o.filter = re
	}
	rep, err := measureAll(o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "run: %v\n", err)
		return 1
	}
	printReport(stdout, rep)
	if o.jsonOut != "" {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err == nil {
			err = os.WriteFile(o.jsonOut, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "run: -json: %v\n", err)
			return 1
		}
	}
	return 0
}

// Report is everything one invocation measured; -json writes it as is.
type Report struct {
	Date     string    `json:"date"`
	Machine  Machine   `json:"machine"`
	Runs     int       `json:"runs"`
	Short    bool      `json:"short"`
	Programs []Program `json:"programs"`
	Geomean  Geomean   `json:"geomean"`
}

// Machine describes where the numbers were taken.
type Machine struct {
	OS        string `json:"os"`
	Arch      string `json:"arch"`
	CPUs      int    `json:"cpus"`
	CPUModel  string `json:"cpu_model,omitempty"`
	LoadAvg   string `json:"loadavg_at_start,omitempty"`
	Go        string `json:"go"`
	Python    string `json:"python,omitempty"`
	Pyheap    string `json:"pyheap,omitempty"`
	Source    string `json:"source,omitempty"`             // "built from commit X [+ changes]" or "prebuilt binary PATH"
	PyheapErr string `json:"pyheap_unavailable,omitempty"` // why pyheap could not be built
}

// Program is one benchmark program's results under both implementations.
type Program struct {
	Name      string  `json:"name"`
	Pyheap    *Side   `json:"pyheap,omitempty"`
	CPython   *Side   `json:"cpython,omitempty"`
	TimeRatio float64 `json:"time_ratio,omitempty"` // median wall time, pyheap / CPython
	CPURatio  float64 `json:"cpu_ratio,omitempty"`  // median user+sys time, pyheap / CPython
	RSSRatio  float64 `json:"rss_ratio,omitempty"`  // median peak RSS, pyheap / CPython
	Checksum  string  `json:"checksum"`             // agree, DIFFER, or why it could not be compared
}

// Side is one implementation's runs of one program.
type Side struct {
	Runs      []Sample `json:"runs"`
	OK        bool     `json:"ok"`                // every run exited 0 with a checksum line
	Failure   string   `json:"failure,omitempty"` // the first failure, in one line
	Checksum  string   `json:"checksum,omitempty"`
	Unstable  bool     `json:"unstable,omitempty"` // the checksum changed from run to run
	WallMed   float64  `json:"median_wall_seconds,omitempty"`
	CPUMed    float64  `json:"median_cpu_seconds,omitempty"`
	MaxRSSMed int64    `json:"median_peak_rss_bytes,omitempty"`
}

// Sample is one run of one program.
type Sample struct {
	Wall   float64 `json:"wall_seconds"`
	CPU    float64 `json:"cpu_seconds"` // user + system
	MaxRSS int64   `json:"peak_rss_bytes"`
	Exit   int     `json:"exit"`
}

// Geomean holds the geometric means of the ratios, over the programs that ran under
// both implementations with agreeing checksums.
type Geomean struct {
	Programs int     `json:"programs"`
	Time     float64 `json:"time_ratio,omitempty"`
	CPU      float64 `json:"cpu_ratio,omitempty"`
	RSS      float64 `json:"rss_ratio,omitempty"`
}

func measureAll(o options, log io.Writer) (*Report, error) {
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	dir := o.dir
	if dir == "" {
		dir = "bench"
	}
	progs, err := programs(filepath.Join(root, dir), o.filter)
	if err != nil {
		return nil, err
	}
	if len(progs) == 0 {
		return nil, fmt.Errorf("no programs to run in %s/ (check -dir and -filter)", dir)
	}
	tmp, err := os.MkdirTemp("", "pyheap-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	rep := &Report{
		Date:  time.Now().UTC().Format(time.RFC3339),
		Runs:  o.n,
		Short: o.short,
		Machine: Machine{
			OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(),
			CPUModel: cpuModel(), LoadAvg: loadAvg(), Go: runtime.Version(),
		},
	}

	pyheapBin := o.pyheap
	if pyheapBin == "" {
		pyheapBin = filepath.Join(tmp, "pyheap")
		src := root
		rep.Machine.Source = sourceRevision(root)
		var err error
		if o.rev != "" {
			src = filepath.Join(tmp, "src")
			rep.Machine.Source, err = exportRevision(root, o.rev, src)
		}
		if err == nil {
			fmt.Fprintf(log, "building cmd/pyheap (%s) ...\n", orElse(rep.Machine.Source, "working tree"))
			build := exec.Command("go", "build", "-o", pyheapBin, "./cmd/pyheap")
			build.Dir = src
			var out []byte
			if out, err = build.CombinedOutput(); err != nil {
				fmt.Fprintf(log, "cannot build cmd/pyheap:\n%s", out)
				err = errors.New("build failed: " + buildError(string(out), err.Error()))
			}
		}
		if err != nil {
			rep.Machine.PyheapErr = err.Error()
			pyheapBin = ""
		}
	} else {
		abs, err := exec.LookPath(pyheapBin)
		if err == nil {
			abs, err = filepath.Abs(abs)
		}
		if err != nil {
			rep.Machine.PyheapErr = "-pyheap: " + err.Error()
			fmt.Fprintf(log, "%s: measuring %s alone\n", rep.Machine.PyheapErr, o.python)
			pyheapBin = ""
		} else {
			pyheapBin = abs
			rep.Machine.Source = "prebuilt binary " + abs
		}
	}
	if pyheapBin != "" {
		rep.Machine.Pyheap = versionOf(pyheapBin, "--version")
	}
	pythonBin, err := exec.LookPath(o.python)
	if err != nil {
		fmt.Fprintf(log, "%s not found: measuring pyheap alone\n", o.python)
		pythonBin = ""
	} else {
		rep.Machine.Python = versionOf(pythonBin, "--version")
	}
	if pyheapBin == "" && pythonBin == "" {
		return nil, errors.New("neither pyheap nor " + o.python + " can be run")
	}

	for _, path := range progs {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		script := path
		if o.short {
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			short, n := shorten(src)
			if n == 0 {
				fmt.Fprintf(log, "%s: no `# short:` size constant; running it at full size\n", name)
			}
			script = filepath.Join(tmp, filepath.Base(path))
			if err := os.WriteFile(script, short, 0o644); err != nil {
				return nil, err
			}
		}
		p := Program{Name: name}
		if pyheapBin != "" {
			p.Pyheap = &Side{OK: true}
		}
		if pythonBin != "" {
			p.CPython = &Side{OK: true}
		}
		fmt.Fprintf(log, "%s:", name)
		for i := 0; i < o.n; i++ {
			// Alternate which implementation goes first, so drift in the machine's
			// state (caches, frequency, other load) falls on both alike.
			first, second := p.Pyheap, p.CPython
			firstBin, secondBin := pyheapBin, pythonBin
			if i%2 == 1 {
				first, second = second, first
				firstBin, secondBin = secondBin, firstBin
			}
			runSide(first, firstBin, script, o.timeout)
			runSide(second, secondBin, script, o.timeout)
			fmt.Fprintf(log, " %d", i+1)
		}
		fmt.Fprintln(log)
		finish(&p)
		rep.Programs = append(rep.Programs, p)
	}
	rep.Geomean = geomeans(rep.Programs)
	return rep, nil
}

// runSide runs one more sample for one implementation, unless it has already failed
// on this program (a failure is not worth repeating n times).
func runSide(s *Side, bin, script string, timeout time.Duration) {
	if s == nil || !s.OK {
		return
	}
	sample, stdout, stderr, err := runOnce(bin, script, timeout)
	s.Runs = append(s.Runs, sample)
	fail := func(msg string) {
		s.OK = false
		s.Failure = msg
	}
	switch {
	case err != nil:
		fail(err.Error())
		return
	case sample.Exit != 0:
		fail(fmt.Sprintf("exit status %d: %s", sample.Exit, failureLine(stderr)))
		return
	}
	sum, err := extractChecksum(stdout)
	if err != nil {
		fail(err.Error())
		return
	}
	if s.Checksum == "" {
		s.Checksum = sum
	} else if s.Checksum != sum {
		s.Unstable = true
	}
}

// runOnce runs bin script in the script's directory and measures it, through a
// fresh copy of this binary (spawn.go says why).
func runOnce(bin, script string, timeout time.Duration) (Sample, string, string, error) {
	self, err := os.Executable()
	if err != nil {
		return Sample{}, "", "", fmt.Errorf("cannot find the runner's own binary: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout+30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, self, spawnFlag, strconv.FormatInt(int64(timeout), 10), bin, script)
	cmd.Dir = filepath.Dir(script)
	var stdout, stderr capped
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	rd, wr, err := os.Pipe()
	if err != nil {
		return Sample{}, "", "", err
	}
	cmd.ExtraFiles = []*os.File{wr}
	err = cmd.Start()
	wr.Close()
	if err != nil {
		rd.Close()
		return Sample{}, "", "", fmt.Errorf("cannot start %s: %v", filepath.Base(bin), err)
	}
	line, _ := io.ReadAll(rd)
	rd.Close()
	cmd.Wait()
	var s Sample
	rep, perr := parseSpawnReport(string(line))
	if perr != nil {
		return s, stdout.String(), stderr.String(), fmt.Errorf("cannot run %s: %s", filepath.Base(bin), failureLine(stderr.String()))
	}
	s.Wall, s.CPU, s.Exit = rep.wall, rep.cpu, rep.exit
	s.MaxRSS = maxRSSBytes(rep.maxrss)
	if rep.wall >= timeout.Seconds() {
		return s, stdout.String(), stderr.String(), fmt.Errorf("timed out after %v", timeout)
	}
	if s.Exit < 0 { // killed by a signal
		return s, stdout.String(), stderr.String(), fmt.Errorf("killed: %s", failureLine(stderr.String()))
	}
	return s, stdout.String(), stderr.String(), nil
}

// capped keeps the first outputCap bytes written to it and counts the rest, so a
// program that prints without end cannot exhaust the runner's memory before the timeout.
type capped struct {
	buf     bytes.Buffer
	dropped int64
}

const outputCap = 1 << 20

func (c *capped) Write(p []byte) (int, error) {
	n := len(p)
	if room := outputCap - c.buf.Len(); room < n {
		c.dropped += int64(n - room)
		p = p[:room]
	}
	c.buf.Write(p)
	return n, nil // all of p is consumed, kept or not
}

func (c *capped) String() string {
	if c.dropped > 0 {
		return c.buf.String() + fmt.Sprintf("\n[%d more bytes not kept]\n", c.dropped)
	}
	return c.buf.String()
}

// maxRSSBytes converts ru_maxrss to bytes: Linux and the BSDs count KiB, macOS bytes.
func maxRSSBytes(v int64) int64 {
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return v
	}
	return v * 1024
}

// finish computes a program's medians, ratios and checksum verdict.
func finish(p *Program) {
	for _, s := range []*Side{p.Pyheap, p.CPython} {
		if s == nil || !s.OK {
			continue
		}
		var wall, cpu, rss []float64
		for _, r := range s.Runs {
			wall = append(wall, r.Wall)
			cpu = append(cpu, r.CPU)
			rss = append(rss, float64(r.MaxRSS))
		}
		s.WallMed = median(wall)
		s.CPUMed = median(cpu)
		s.MaxRSSMed = int64(median(rss))
	}
	p.Checksum = verdict(p.Pyheap, p.CPython)
	if p.Checksum == "agree" {
		p.TimeRatio = ratio(p.Pyheap.WallMed, p.CPython.WallMed)
		p.CPURatio = ratio(p.Pyheap.CPUMed, p.CPython.CPUMed)
		p.RSSRatio = ratio(float64(p.Pyheap.MaxRSSMed), float64(p.CPython.MaxRSSMed))
	}
}

// verdict says whether the two implementations' checksums agree, or why they could
// not be compared.
func verdict(py, cp *Side) string {
	switch {
	case py == nil && cp == nil:
		return "not run"
	case py == nil:
		return "no pyheap"
	case !py.OK:
		return "pyheap failed: " + py.Failure
	case cp == nil:
		return "no python3"
	case !cp.OK:
		return "python3 failed: " + cp.Failure
	case py.Unstable:
		return "DIFFER: pyheap's checksum changed between runs"
	case cp.Unstable:
		return "DIFFER: python3's checksum changed between runs"
	case py.Checksum != cp.Checksum:
		return fmt.Sprintf("DIFFER: pyheap %q, python3 %q", py.Checksum, cp.Checksum)
	}
	return "agree"
}

func ratio(a, b float64) float64 {
	if b <= 0 {
		return 0
	}
	return a / b
}

func geomeans(ps []Program) Geomean {
	var t, c, r []float64
	for _, p := range ps {
		if p.Checksum != "agree" {
			continue
		}
		t = append(t, p.TimeRatio)
		c = append(c, p.CPURatio)
		r = append(r, p.RSSRatio)
	}
	return Geomean{Programs: len(t), Time: geomean(t), CPU: geomean(c), RSS: geomean(r)}
}

// median returns the middle value of xs (the mean of the two middle values when
// len(xs) is even), or 0 for none. xs is not modified.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// geomean returns the geometric mean of xs, or 0 when xs is empty or holds a value
// that is not positive.
func geomean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var logSum float64
	for _, x := range xs {
		if !(x > 0) || math.IsInf(x, 0) {
			return 0
		}
		logSum += math.Log(x)
	}
	return math.Exp(logSum / float64(len(xs)))
}

// extractChecksum returns VALUE from a program's output, which must be exactly one
// line "checksum: VALUE" (a final newline, and a CR before it, are allowed).
func extractChecksum(stdout string) (string, error) {
	text := strings.TrimRight(stdout, "\r\n")
	if text == "" {
		return "", errors.New("no output (expected a `checksum:` line)")
	}
	lines := strings.Split(text, "\n")
	last := strings.TrimRight(lines[len(lines)-1], "\r")
	value, ok := strings.CutPrefix(last, "checksum: ")
	if !ok || strings.TrimSpace(value) == "" {
		return "", fmt.Errorf("last line of output is not `checksum: VALUE`: %q", clip(last, 80))
	}
	if len(lines) > 1 {
		return "", fmt.Errorf("%d lines of output before the checksum line, the first %q",
			len(lines)-1, clip(strings.TrimRight(lines[0], "\r"), 80))
	}
	return strings.TrimSpace(value), nil
}

// failureLine picks the line of a failed run's stderr that says what went wrong: the
// first non-blank line, except that for a Python traceback it is the last one (the
// exception), since the first is only "Traceback (most recent call last):".
func failureLine(stderr string) string {
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "(nothing on stderr)"
	}
	if strings.HasPrefix(lines[0], "Traceback (most recent call last)") {
		return clip(lines[len(lines)-1], 200)
	}
	return clip(lines[0], 200)
}

// buildError picks the first compiler message from go build's output, skipping the
// "# package" lines that head each package's errors.
func buildError(out, otherwise string) string {
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			return clip(l, 200)
		}
	}
	return firstLine(out, otherwise)
}

func firstLine(s, otherwise string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return clip(l, 200)
		}
	}
	return otherwise
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// shortRE matches a size constant marked for -short: `NAME = VALUE  # short: SMALL`.
var shortRE = regexp.MustCompile(`(?m)^([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*[^#\n]*#[ \t]*short:[ \t]*([^ \t\r\n]+)[ \t]*(\r?)$`)

// shorten rewrites every marked size constant in src to its short value and reports
// how many it rewrote.
func shorten(src []byte) ([]byte, int) {
	n := 0
	out := shortRE.ReplaceAllFunc(src, func(m []byte) []byte {
		n++
		sub := shortRE.FindSubmatch(m)
		return []byte(string(sub[1]) + " = " + string(sub[2]) + string(sub[3]))
	})
	return out, n
}

// programs lists dir's *.py files, sorted, keeping those whose name without .py
// matches filter (all when filter is nil).
func programs(dir string, filter *regexp.Regexp) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		if filter == nil || filter.MatchString(strings.TrimSuffix(filepath.Base(p), ".py")) {
			out = append(out, p)
		}
	}
	return out, nil
}

// moduleRoot finds the pyheap module's directory, walking up from the current one.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(data, []byte("module github.com/pyheap/pyheap\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the pyheap module (no go.mod for github.com/pyheap/pyheap above the current directory)")
		}
		dir = parent
	}
}

// sourceRevision says which commit is checked out at root ("built from commit X"),
// adding "+ changes" when tracked files differ from it (the build includes them); ""
// without git.
func sourceRevision(root string) string {
	out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	rev := "built from commit " + strings.TrimSpace(string(out))
	status, err := exec.Command("git", "-C", root, "status", "--porcelain", "--untracked-files=no").Output()
	if err == nil && len(bytes.TrimSpace(status)) > 0 {
		rev += " + changes"
	}
	return rev
}

// exportRevision writes the tree of git revision rev into dir (git archive) and says
// which commit it was.
func exportRevision(root, rev, dir string) (string, error) {
	out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "--verify", rev+"^{commit}").Output()
	if err != nil {
		return "", fmt.Errorf("-rev %s: not a commit", rev)
	}
	commit := strings.TrimSpace(string(out))
	archive := exec.Command("git", "-C", root, "archive", "--format=tar", commit)
	var stderr bytes.Buffer
	archive.Stderr = &stderr
	pipe, err := archive.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := archive.Start(); err != nil {
		return "", err
	}
	err = untar(pipe, dir)
	io.Copy(io.Discard, pipe)
	if werr := archive.Wait(); err == nil && werr != nil {
		err = fmt.Errorf("git archive: %v: %s", werr, firstLine(stderr.String(), ""))
	}
	if err != nil {
		return "", err
	}
	return "built from commit " + commit + " (-rev " + rev + ")", nil
}

// untar extracts the regular files, directories and symbolic links of a tar stream
// into dir.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag == tar.TypeXGlobalHeader {
			continue // git archive's pax header with the commit id
		}
		if !filepath.IsLocal(h.Name) {
			return fmt.Errorf("archive entry %q leaves the directory", h.Name)
		}
		path := filepath.Join(dir, h.Name)
		switch h.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(path, 0o755)
		case tar.TypeReg:
			if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
				var f *os.File
				f, err = os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(h.Mode)&0o755|0o600)
				if err == nil {
					_, err = io.Copy(f, tr)
					if cerr := f.Close(); err == nil {
						err = cerr
					}
				}
			}
		case tar.TypeSymlink:
			if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
				err = os.Symlink(h.Linkname, path)
			}
		}
		if err != nil {
			return err
		}
	}
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func versionOf(bin string, arg string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, arg).CombinedOutput()
	if err != nil {
		return "unknown (" + firstLine(string(out), err.Error()) + ")"
	}
	return firstLine(string(out), "unknown")
}

func printReport(w io.Writer, rep *Report) {
	m := rep.Machine
	fmt.Fprintf(w, "\n%s, %s/%s, %d CPUs %s, load %s\n", rep.Date, m.OS, m.Arch, m.CPUs, m.CPUModel, m.LoadAvg)
	switch {
	case m.PyheapErr != "":
		fmt.Fprintf(w, "pyheap: not run (%s)\n", m.PyheapErr)
	case m.Source != "":
		fmt.Fprintf(w, "pyheap: %s (%s)\n", m.Pyheap, m.Source)
	default:
		fmt.Fprintf(w, "pyheap: %s\n", m.Pyheap)
	}
	fmt.Fprintf(w, "python: %s\n", orElse(m.Python, "not found"))
	size := "full size"
	if rep.Short {
		size = "short sizes"
	}
	fmt.Fprintf(w, "%d runs each, alternating, %s; medians; CPU time is user+system; ratios are pyheap/CPython\n\n", rep.Runs, size)

	rows := [][]string{
		{"", "wall time", "", "", "CPU time", "", "", "peak RSS", "", "", ""},
		{"program", "pyheap", "CPython", "ratio", "pyheap", "CPython", "ratio", "pyheap", "CPython", "ratio", "checksum"},
	}
	for _, p := range rep.Programs {
		rows = append(rows, []string{p.Name,
			secs(p.Pyheap, wall), secs(p.CPython, wall), times(p.TimeRatio),
			secs(p.Pyheap, cpu), secs(p.CPython, cpu), times(p.CPURatio),
			mib(p.Pyheap), mib(p.CPython), times(p.RSSRatio), p.Checksum})
	}
	g := rep.Geomean
	rows = append(rows, []string{fmt.Sprintf("geomean (%d)", g.Programs), "", "", times(g.Time), "", "", times(g.CPU),
		"", "", times(g.RSS), ""})
	io.WriteString(w, table(rows))
	if g.Programs < len(rep.Programs) {
		fmt.Fprintf(w, "\nthe geometric means cover the %d of %d programs that ran under both with agreeing checksums\n",
			g.Programs, len(rep.Programs))
	}
}

func orElse(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}

const (
	wall = iota
	cpu
)

func secs(s *Side, which int) string {
	if s == nil || !s.OK {
		return "-"
	}
	if which == cpu {
		return fmt.Sprintf("%.2fs", s.CPUMed)
	}
	return fmt.Sprintf("%.2fs", s.WallMed)
}

func mib(s *Side) string {
	if s == nil || !s.OK {
		return "-"
	}
	return fmt.Sprintf("%.1f MiB", float64(s.MaxRSSMed)/(1<<20))
}

func times(r float64) string {
	if r == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", r)
}

// table lays rows out in columns two spaces apart: the first column aligned left, the
// last left as it is (it may be long), the others aligned right.
func table(rows [][]string) string {
	width := map[int]int{}
	for _, r := range rows {
		for i, c := range r[:len(r)-1] {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", max(0, width[i]-utf8.RuneCountInString(c)))
			switch {
			case i == 0:
				line.WriteString(c + pad)
			case i == len(r)-1:
				line.WriteString("  " + c)
			default:
				line.WriteString("  " + pad + c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return b.String()
}
