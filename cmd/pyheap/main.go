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
//	pyheap --memory-limit 64MiB FILE.py
//	                        cap the private heap: past it, MemoryError
//
// Options come before the program, in any order, and apply to files, -c, -m and -
// alike.
//
// PYHEAP_MALLOC=debug turns on the debug allocator.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
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
  PYHEAP_MEMPROFILE=F   write a profile of the run's Go-heap allocations to F (every one
                        is sampled; Python objects live in the private heap, not here)
`

func main() {
	growStack(0)
	if !profilingBuild && (os.Getenv("PYHEAP_MEMPROFILE") != "" || os.Getenv("PYHEAP_CPUPROFILE") != "") {
		fmt.Fprintln(os.Stderr, "pyheap: PYHEAP_CPUPROFILE and PYHEAP_MEMPROFILE need a build with profiling: go build -tags pyheapprof ./cmd/pyheap")
		os.Exit(2)
	}
	if f := os.Getenv("PYHEAP_MEMPROFILE"); f != "" {
		// Every Go allocation is recorded: a hot path that allocates on the Go heap
		// (which the design keeps for the VM's own bookkeeping) shows by its count.
		runtime.MemProfileRate = 1
		status := runMain()
		if err := writeMemProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "pyheap: PYHEAP_MEMPROFILE: %v\n", err)
			os.Exit(2)
		}
		os.Exit(status)
	}
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

// growStack grows the main goroutine's stack to 128 KiB at once, while it holds
// two frames. A goroutine's stack grows by doubling, and each doubling copies the
// stack, looking up every frame's function in the binary's tables (its frame
// size, its pointer maps); a stack that grows while the parser or the eval loop is
// deep in it touches the table pages of dozens of functions, 64 KiB at a time
// under the kernel's fault-around, and they stay resident: about 1 MiB on any
// program (docs/benchmarks.md, session 4). The frame's memory is touched once, by
// its zeroing.
//
//go:noinline
func growStack(i int) byte {
	var frame [100 << 10]byte // under the compiler's 128 KiB limit for a stack variable
	frame[i] = 1
	return frame[i+1]
}

// runMain runs the command and returns its exit status (deferred work, such as
// finishing a profile, runs before main exits).
func runMain() int {
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	status := run(os.Args[1:], out, os.Stderr)
	out.Flush()
	return status
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
	if len(args) > 0 && args[0] == "map" {
		views.Map = true
		args = args[1:]
		if len(args) >= 2 && args[0] == "--svg" {
			views.SVG, args = args[1], args[2:]
		}
		if len(args) == 0 {
			fmt.Fprintln(stderr, "usage: pyheap map [--svg OUT.svg] [option] ... file [arg] ...")
			return 2
		}
	}
	// Options, in any order, up to the program: as python3 reads its command line.
options:
	for len(args) > 0 {
		opt := args[0]
		switch {
		case opt == "-h" || opt == "--help":
			fmt.Fprint(stdout, usage)
			return 0
		case opt == "-V" || opt == "--version":
			fmt.Fprintf(stdout, "pyheap %s (Python %s)\n", pyheap.Version, pyheap.LanguageVersion)
			return 0
		case opt == "--mem-stats":
			views.MemStats = true
			args = args[1:]
		case opt == "--memory-limit" || strings.HasPrefix(opt, "--memory-limit="):
			val, rest, ok := optionValue(args)
			if !ok {
				fmt.Fprintln(stderr, "--memory-limit needs a size (say, for example, 64MiB)")
				return 2
			}
			n, err := parseSize(val)
			if err != nil {
				fmt.Fprintf(stderr, "--memory-limit: %v (say, for example, 64MiB)\n", err)
				return 2
			}
			views.MemoryLimit, args = n, rest
		case opt == "-X" || (strings.HasPrefix(opt, "-X") && len(opt) > 2):
			val, rest, ok := optionValue(args)
			if !ok {
				fmt.Fprintln(stderr, "Argument expected for the -X option")
				return 2
			}
			switch {
			case val == "tracemalloc":
				views.TraceMalloc = 1
			case strings.HasPrefix(val, "tracemalloc="):
				n, err := strconv.Atoi(strings.TrimPrefix(val, "tracemalloc="))
				if err != nil || n < 1 || n > 65535 {
					fmt.Fprintln(stderr, "-X tracemalloc=NFRAME: invalid number of frames")
					return 1
				}
				views.TraceMalloc = n
			}
			args = rest // other -X options are accepted and ignored, as python3 ignores unknown ones
		default:
			break options
		}
	}
	if len(args) == 0 {
		if views.Map || views.MemStats {
			fmt.Fprintln(stderr, "pyheap: the memory reports need a program to run")
			return 2
		}
		return pyheap.Interactive(os.Stdin, stdout, stderr)
	}
	var prog pyheap.Program
	switch opt := args[0]; {
	case opt == "-c":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -c option")
			fmt.Fprint(stderr, usage)
			return 2
		}
		prog = pyheap.Program{Code: args[1], Args: args[2:]}
	case opt == "-m":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -m option")
			fmt.Fprint(stderr, usage)
			return 2
		}
		prog = pyheap.Program{Module: args[1], Args: args[2:]}
	case opt == "-":
		prog = pyheap.Program{Stdin: true, Args: args[1:]}
	case len(opt) > 1 && opt[0] == '-':
		fmt.Fprintf(stderr, "Unknown option: %s\n", opt)
		fmt.Fprint(stderr, usage)
		return 2
	default:
		prog = pyheap.Program{File: opt, Args: args[1:]}
	}
	if prog.Code == "" && prog.File == "" && prog.Module == "" && !prog.Stdin {
		prog.Code = " " // -c '': an empty program, not the prompt
	}
	return pyheap.RunProgram(prog, stdout, stderr, views)
}

// optionValue splits an option's value off args: "--opt=V" or "-XV" give V from
// the same word, "--opt V" and "-X V" from the next one.
func optionValue(args []string) (val string, rest []string, ok bool) {
	opt := args[0]
	if i := strings.IndexByte(opt, '='); strings.HasPrefix(opt, "--") && i >= 0 {
		return opt[i+1:], args[1:], true
	}
	if strings.HasPrefix(opt, "-X") && len(opt) > 2 {
		return opt[2:], args[1:], true
	}
	if len(args) < 2 {
		return "", nil, false
	}
	return args[1], args[2:], true
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
