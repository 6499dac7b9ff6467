// Package pyheap is the embedding API of pyheap, a Python 3 runtime whose memory
// system is CPython's: a private heap of arenas, pools and blocks, reference counting,
// and a generational cycle collector.
//
// RunFile and RunString run a program the way python3 does and return its exit
// status; Interpreter gives finer control. See the repository's README for what
// works so far.
package pyheap

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/bisect"
	"github.com/pyheap/pyheap/internal/modules/builtins"
	"github.com/pyheap/pyheap/internal/modules/fileio"
	gcmod "github.com/pyheap/pyheap/internal/modules/gc"
	"github.com/pyheap/pyheap/internal/modules/heapq"
	"github.com/pyheap/pyheap/internal/modules/itertools"
	jsonmod "github.com/pyheap/pyheap/internal/modules/json"
	mathmod "github.com/pyheap/pyheap/internal/modules/math"
	"github.com/pyheap/pyheap/internal/modules/operator"
	randommod "github.com/pyheap/pyheap/internal/modules/random"
	stringmod "github.com/pyheap/pyheap/internal/modules/string"
	"github.com/pyheap/pyheap/internal/modules/sys"
	timemod "github.com/pyheap/pyheap/internal/modules/time"
	"github.com/pyheap/pyheap/internal/modules/tracemalloc"
	"github.com/pyheap/pyheap/internal/modules/weakref"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// Version is pyheap's own version.
const Version = "0.1.0-dev"

// LanguageVersion is the CPython version whose behaviour pyheap follows.
const LanguageVersion = "3.11.7"

// standardModules returns the built-in modules of an interpreter: Go modules and
// the embedded Python ones, each built when first imported.
func standardModules() map[string]vm.ModuleInit {
	mods := map[string]vm.ModuleInit{}
	simple := map[string]func(rt *object.Runtime) object.Ref{
		"bisect": bisect.New, "heapq": heapq.New, "operator": operator.New, "_string": stringmod.New,
		"math": mathmod.New, "random": randommod.New, "itertools": itertools.New,
		"_weakref": weakref.New, "_fileio": fileio.New, "_json": jsonmod.New,
	}
	for name, newf := range simple {
		newf := newf
		mods[name] = func(in *vm.Interp) object.Ref { return newf(in.RT) }
	}
	mods["gc"] = func(in *vm.Interp) object.Ref { return gcmod.New(in.RT, in.GC, in.Stderr) }
	mods["pyheap"] = newPyheapModule
	// collections.abc is _collections_abc under the name programs use.
	mods["collections.abc"] = func(in *vm.Interp) object.Ref {
		return in.Import(in.Str("_collections_abc"), object.Nil, 0)
	}
	mods["time"] = func(in *vm.Interp) object.Ref { return timemod.New(in.RT, timemod.Options{}) }
	for _, e := range embeddedModules {
		e := e
		mods[e.name] = func(in *vm.Interp) object.Ref { return loadEmbedded(in, e.name, e.src) }
	}
	mods["_tracemalloc"] = func(in *vm.Interp) object.Ref {
		t := tracemalloc.NewTracer(in.RT, func(limit int) ([]tracemalloc.Frame, int) {
			files, lines, total := in.Stack(limit)
			frames := make([]tracemalloc.Frame, len(files))
			for i := range files {
				frames[i] = tracemalloc.Frame{File: files[i], Line: lines[i]}
			}
			return frames, total
		})
		return tracemalloc.New(in.RT, t)
	}
	return mods
}

// Options configure an interpreter.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string // sys.argv
	Path           []string // sys.path: where imports look
	DebugMalloc    bool     // the debug allocator (also PYHEAP_MALLOC=debug)
	// MemoryLimit caps the interpreter's private heap, in bytes (0: none). Past it,
	// allocations raise MemoryError inside the program; the process never dies of it.
	MemoryLimit uintptr
	// Budget bounds the loop iterations and calls a program may make (0: none);
	// past it the program gets RuntimeError("execution budget exceeded").
	Budget int64
}

// Interpreter is one Python interpreter with its own private heap.
type Interpreter struct {
	in *vm.Interp
}

// New creates an interpreter.
func New(opts Options) (*Interpreter, error) {
	hc := heap.ConfigFromEnv()
	if opts.DebugMalloc {
		hc.Debug = true
	}
	hc.Limit = opts.MemoryLimit
	in, err := vm.New(vm.Config{Runtime: object.Config{Heap: hc}, Modules: standardModules(), Stdout: opts.Stdout, Stderr: opts.Stderr,
		Stdin: opts.Stdin, Argv: opts.Argv, Path: opts.Path})
	if err != nil {
		return nil, err
	}
	in.Budget = opts.Budget
	builtins.Install(in)
	sys.Install(in)
	return &Interpreter{in: in}, nil
}

// Close frees the interpreter's heap.
func (it *Interpreter) Close() error { return it.in.Close() }

// RunSource runs src as the __main__ module named filename and returns the exit
// status (0, 1 after an uncaught exception, or SystemExit's code).
func (it *Interpreter) RunSource(filename string, src []byte) int {
	return it.in.RunMain(filename, src)
}

// RunFile runs the script at path with sys.argv = argv, writing to stdout and
// stderr, and returns the exit status.
func RunFile(path string, argv []string, stdout, stderr io.Writer) int {
	return runFile(path, argv, stdout, stderr, nil)
}

// runFile runs a script; setup, when given, prepares the interpreter first.
func runFile(path string, argv []string, stdout, stderr io.Writer, setup func(*Interpreter)) int {
	return runFileLimit(path, argv, stdout, stderr, 0, setup)
}

// runFileLimit is runFile with a memory limit for the interpreter's heap.
func runFileLimit(path string, argv []string, stdout, stderr io.Writer, limit uintptr, setup func(*Interpreter)) int {
	src, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		msg := err.Error()
		if errors.As(err, &pe) {
			msg = fmt.Sprintf("[Errno 2] %s", strings.TrimPrefix(pe.Err.Error(), ""))
			if os.IsNotExist(err) {
				msg = "[Errno 2] No such file or directory"
			}
		}
		abs, _ := filepath.Abs(path)
		fmt.Fprintf(stderr, "%s: can't open file '%s': %s\n", progName(), abs, msg)
		return 2
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: os.Stdin, Argv: argv, Path: []string{filepath.Dir(abs)},
		MemoryLimit: limit})
	if err != nil {
		fmt.Fprintln(stderr, "pyheap:", err)
		return 1
	}
	defer it.Close()
	if setup != nil {
		setup(it)
	}
	return it.RunSource(abs, src)
}

func progName() string { return "pyheap" }

// RunModule runs the module name (dotted; a package runs its __main__) found from the
// current directory as __main__, as `python3 -m name args...` does, with sys.argv[0]
// the module's file and the current directory first on sys.path.
func RunModule(name string, args []string, stdout, stderr io.Writer) int {
	cwd, _ := os.Getwd()
	rel := filepath.Join(strings.Split(name, ".")...)
	var file, pkg string
	for i, cand := range []string{rel + ".py", filepath.Join(rel, "__main__.py")} {
		if st, err := os.Stat(filepath.Join(cwd, cand)); err == nil && !st.IsDir() {
			file = filepath.Join(cwd, cand)
			if i == 1 { // a package: its __main__ runs inside it
				pkg = name
			} else if j := strings.LastIndexByte(name, '.'); j >= 0 {
				pkg = name[:j]
			}
			break
		}
	}
	if file == "" || name == "" {
		fmt.Fprintf(stderr, "%s: No module named %s\n", progName(), name)
		return 1
	}
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName(), err)
		return 1
	}
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: os.Stdin, Argv: append([]string{file}, args...), Path: []string{cwd}})
	if err != nil {
		fmt.Fprintln(stderr, "pyheap:", err)
		return 1
	}
	defer it.Close()
	it.in.MainPackage = pkg
	return it.RunSource(file, src)
}

// RunString runs code as `python3 -c` does and returns the exit status.
func RunString(code string, argv []string, stdout, stderr io.Writer) int {
	cwd, _ := os.Getwd()
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: os.Stdin, Argv: argv, Path: []string{cwd}})
	if err != nil {
		fmt.Fprintln(stderr, "pyheap:", err)
		return 1
	}
	defer it.Close()
	return it.RunSource("<string>", []byte(code))
}

// Interactive runs the interactive prompt on stdin until end of file.
func Interactive(stdin io.Reader, stdout, stderr io.Writer) int {
	cwd, _ := os.Getwd()
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: stdin, Argv: []string{""}, Path: []string{cwd}})
	if err != nil {
		fmt.Fprintln(stderr, "pyheap:", err)
		return 1
	}
	defer it.Close()
	fmt.Fprintf(stderr, "pyheap %s (Python %s)\n", Version, LanguageVersion)
	r := bufio.NewReader(stdin)
	in := it.in
	in.RunMain("<stdin>", nil)
	for {
		fmt.Fprint(stderr, ">>> ")
		line, err := r.ReadString('\n')
		if line == "" && err != nil {
			fmt.Fprintln(stderr)
			return 0
		}
		src := line
		// A compound statement continues until a blank line.
		if strings.HasSuffix(strings.TrimRight(line, " \t\r\n"), ":") {
			for {
				fmt.Fprint(stderr, "... ")
				more, err := r.ReadString('\n')
				src += more
				if strings.TrimSpace(more) == "" || err != nil {
					break
				}
			}
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		status, exited := in.RunInteractive(src, compile.Single)
		if exited {
			return status
		}
	}
}
