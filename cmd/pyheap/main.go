// Command pyheap runs Python programs with pyheap, the way python3 does.
//
//	pyheap FILE.py [args]   run a script
//	pyheap -c CODE [args]   run a string
//	pyheap                  the interactive prompt
//	pyheap --version        print the version
//	pyheap --mem-stats FILE.py [args]
//	                        run, then print the heap report (sys._debugmallocstats)
//	pyheap map [--svg OUT.svg] FILE.py [args]
//	                        run, then print (and draw) the program's memory map
//
// PYHEAP_MALLOC=debug turns on the debug allocator.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/pyheap/pyheap"
)

const usage = `usage: pyheap [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd         program passed in as string (terminates option list)
  -m mod         run library module as a script (terminates option list)
  -h, --help     print this help message and exit
  -V, --version  print the pyheap version and the Python version it follows
  --mem-stats    when the program ends, print the private heap's report to stderr
  -X tracemalloc[=N]  start tracemalloc with N frames (also PYTHONTRACEMALLOC=N)
  --memory-limit SIZE  cap the private heap (e.g. 64MiB): past it, MemoryError
Memory map:
  pyheap map [--svg OUT.svg] file [arg] ...
                 run file, then print its memory map (code, constants, data, heap,
                 free store, stack, registers) and, with --svg, draw it into OUT.svg;
                 a program takes its own maps with pyheap.memory_map(label)
Arguments:
  file           program read from script file
  -              program read from stdin
  arg ...        arguments passed to the program in sys.argv[1:]
Environment:
  PYHEAP_MALLOC=debug   use the debug allocator
  PYHEAP_CPUPROFILE=F   write a Go CPU profile of the run to F (for pyheap's developers)
`

func main() {
	if f := os.Getenv("PYHEAP_CPUPROFILE"); f != "" {
		stop, err := startCPUProfile(f)
		if err != nil {
			fmt.Fprintf(os.Stderr, "pyheap: PYHEAP_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		status := runMain()
		stop()
		os.Exit(status)
	}
	os.Exit(runMain())
}

// runMain runs the command and returns its exit status (deferred work, such as
// finishing a profile, runs before main exits).
func runMain() int {
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	status := run(os.Args[1:], out, os.Stderr)
	out.Flush()
	return status
}

// startCPUProfile starts Go's CPU profiler writing to path; stop finishes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// flushWriter flushes the buffered stdout before anything goes to stderr, so the two
// interleave as they would unbuffered on a terminal.
type flushWriter struct {
	w   io.Writer
	out *bufio.Writer
}

func (f flushWriter) Write(p []byte) (int, error) {
	f.out.Flush()
	return f.w.Write(p)
}

func run(args []string, stdout *bufio.Writer, stderr io.Writer) int {
	stderr = flushWriter{stderr, stdout}
	// -X tracemalloc[=N] and PYTHONTRACEMALLOC=N start tracemalloc, as in python3.
	var views pyheap.MemoryViews
	if v := os.Getenv("PYTHONTRACEMALLOC"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			views.TraceMalloc = n
		}
	}
	for len(args) >= 2 && args[0] == "--memory-limit" {
		n, err := parseSize(args[1])
		if err != nil {
			fmt.Fprintf(stderr, "--memory-limit: %v (say, for example, 64MiB)\n", err)
			return 2
		}
		views.MemoryLimit = n
		args = args[2:]
	}
	for len(args) >= 2 && args[0] == "-X" {
		opt := args[1]
		switch {
		case opt == "tracemalloc":
			views.TraceMalloc = 1
		case strings.HasPrefix(opt, "tracemalloc="):
			n, err := strconv.Atoi(strings.TrimPrefix(opt, "tracemalloc="))
			if err != nil || n < 1 || n > 65535 {
				fmt.Fprintln(stderr, "-X tracemalloc=NFRAME: invalid number of frames")
				return 1
			}
			views.TraceMalloc = n
		}
		args = args[2:]
	}
	if (views.TraceMalloc > 0 || views.MemoryLimit > 0) && len(args) > 0 && !strings.HasPrefix(args[0], "-") && args[0] != "map" {
		return pyheap.RunFileWith(args[0], args, stdout, stderr, views)
	}
	if len(args) == 0 {
		return pyheap.Interactive(os.Stdin, stdout, stderr)
	}
	switch args[0] {
	case "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "-V", "--version":
		fmt.Fprintf(stdout, "pyheap %s (Python %s)\n", pyheap.Version, pyheap.LanguageVersion)
		return 0
	case "--mem-stats":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "--mem-stats needs a script to run")
			return 2
		}
		views.MemStats = true
		return pyheap.RunFileWith(args[1], args[1:], stdout, stderr, views)
	case "map":
		views.Map = true
		rest := args[1:]
		if len(rest) >= 2 && rest[0] == "--svg" {
			views.SVG, rest = rest[1], rest[2:]
		}
		if len(rest) == 0 {
			fmt.Fprintln(stderr, "usage: pyheap map [--svg OUT.svg] file [arg] ...")
			return 2
		}
		return pyheap.RunFileWith(rest[0], rest, stdout, stderr, views)
	case "-c":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -c option")
			fmt.Fprint(stderr, usage)
			return 2
		}
		return pyheap.RunString(args[1], append([]string{"-c"}, args[2:]...), stdout, stderr)
	case "-":
		src, _ := io.ReadAll(os.Stdin)
		return pyheap.RunString(string(src), args, stdout, stderr)
	case "-m":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -m option")
			fmt.Fprint(stderr, usage)
			return 2
		}
		return pyheap.RunModule(args[1], args[2:], stdout, stderr)
	}
	if len(args[0]) > 1 && args[0][0] == '-' {
		fmt.Fprintf(stderr, "Unknown option: %s\n", args[0])
		fmt.Fprint(stderr, usage)
		return 2
	}
	return pyheap.RunFile(args[0], args, stdout, stderr)
}

// parseSize reads a byte count: a number with an optional unit (B, KiB, MiB, GiB,
// or K, M, G, KB, MB, GB as powers of 1024).
func parseSize(s string) (uintptr, error) {
	num := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.ToUpper(strings.TrimSpace(s[len(num):]))
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("not a size: %q", s)
	}
	mult := map[string]uint64{"": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "KIB": 1 << 10, "M": 1 << 20, "MB": 1 << 20,
		"MIB": 1 << 20, "G": 1 << 30, "GB": 1 << 30, "GIB": 1 << 30}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q", unit)
	}
	return uintptr(n * mult), nil
}
