// Package pyheap is the embedding API of pyheap, a Python 3 runtime whose memory
// system is CPython's: a private heap of arenas, pools and blocks, reference counting,
// and a generational cycle collector.
//
// # Running Python from Go
//
// New makes an Interpreter from Options, read once: the memory limit, the
// recursion limit, a step budget, the standard streams, what the program may
// reach of the operating system (Access), and extra modules written in Go
// (Module, Function). Exec, ExecFile and Eval run code in the interpreter's
// __main__ namespace, which persists between calls; Call calls a Python callable.
// Each takes a context.Context: when it is cancelled or its deadline passes, the
// program gets KeyboardInterrupt (which `except Exception` does not catch, and
// which keeps being raised until the call returns), and the host an *Error for
// which errors.Is(err, context.Canceled) (or DeadlineExceeded) holds. The program
// stops within microseconds to a few milliseconds: the check runs at every loop
// back-edge and call and inside built-in iterations and sorts; a single
// operation on one huge object ('x' * 10**9, s.count(c) on it) finishes first.
// The interpreter stays usable after an interruption, a MemoryError or any other
// error.
//
// Python exceptions reach the host as *Error: the exception's type, message,
// traceback frames, the text CPython prints, and SyntaxError's location. Go errors
// returned by a Function raise inside Python (Raise picks the type).
//
// # Values
//
// A *Value is a handle on a Python object: it holds one reference, released by
// Close (a Value never closed is freed with its interpreter). NewValue converts Go
// data (nil, bool, integers, *big.Int, floats, string, []byte, Tuple, slices, maps,
// *Function) to Python; ToGo converts back (None, bool, int, float, str, bytes,
// list, tuple, dict) and the As methods give typed access with CPython's
// TypeError and OverflowError messages.
//
// # Memory
//
// Every Python object lives in the interpreter's private heap, memory it maps
// from the operating system itself. Options.MemoryLimit caps that heap: an
// allocation past it raises MemoryError inside the program, which can catch it,
// free what it holds and go on. Operations that would build a big result on the
// Go heap first (huge repeats, int powers and shifts, bytes(n)) check the limit
// before they start. Besides the limit, an interpreter keeps about 0.3 MiB of Go
// memory for its tables (type objects' Go side, caches; an empty interpreter is
// 0.6–0.75 MiB resident in all, heap included), plus short-lived Go
// buffers while one operation runs (text conversions, a sort's key array, at
// most a few times the size of the object at hand, itself under the limit).
// The heap's address-space reservation is 2×limit + 8 MiB (32 GiB without a
// limit), of which only what is in use is resident. Close unmaps the whole
// reservation at once: the memory goes back to the operating system.
//
// # Isolation and concurrency
//
// An Interpreter, and every Value it made, must be used by one goroutine at a
// time (a Function runs on the goroutine that called into Python and may use its
// interpreter). Different interpreters share nothing mutable: each has its own
// heap, types, modules and sandbox, so any number may run in parallel on their
// own goroutines, and one exhausting its memory does not disturb the others. The
// one thing safe from any goroutine is what a context does: cancelling it.
//
// The embedding default is a sandbox: Access grants nothing unless asked, the
// standard streams are discarded unless given. The command line (cmd/pyheap,
// through RunFile, RunString, RunModule and Interactive) grants everything, as
// python3 has.
//
// RunFile and RunString run a program the way python3 does and return its exit
// status. See the repository's README for what works so far.
package pyheap

import (
	"bufio"
	"context"
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
	"github.com/pyheap/pyheap/internal/modules/collections"
	"github.com/pyheap/pyheap/internal/modules/fileio"
	functoolsmod "github.com/pyheap/pyheap/internal/modules/functools"
	gcmod "github.com/pyheap/pyheap/internal/modules/gc"
	"github.com/pyheap/pyheap/internal/modules/heapq"
	"github.com/pyheap/pyheap/internal/modules/itertools"
	jsonmod "github.com/pyheap/pyheap/internal/modules/json"
	mathmod "github.com/pyheap/pyheap/internal/modules/math"
	"github.com/pyheap/pyheap/internal/modules/memio"
	"github.com/pyheap/pyheap/internal/modules/operator"
	randommod "github.com/pyheap/pyheap/internal/modules/random"
	remod "github.com/pyheap/pyheap/internal/modules/re"
	stringmod "github.com/pyheap/pyheap/internal/modules/string"
	"github.com/pyheap/pyheap/internal/modules/sys"
	timemod "github.com/pyheap/pyheap/internal/modules/time"
	"github.com/pyheap/pyheap/internal/modules/tracemalloc"
	"github.com/pyheap/pyheap/internal/modules/weakref"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// Version is pyheap's own version.
const Version = vm.Version

// LanguageVersion is the CPython version whose behaviour pyheap follows.
const LanguageVersion = vm.LanguageVersion

// standardModules returns the built-in modules of an interpreter: Go modules and
// the embedded Python ones, each built when first imported.
func standardModules(it *Interpreter, policy *fileio.Policy) map[string]vm.ModuleInit {
	mods := map[string]vm.ModuleInit{}
	simple := map[string]func(rt *object.Runtime) object.Ref{
		"bisect": bisect.New, "heapq": heapq.New, "operator": operator.New, "_string": stringmod.New,
		"math": mathmod.New, "random": randommod.New, "itertools": itertools.New,
		"_weakref": weakref.New, "_json": jsonmod.New, "_functools": functoolsmod.New, "_collections": collections.New,
		"_memio": memio.New,
	}
	for name, newf := range simple {
		newf := newf
		mods[name] = func(in *vm.Interp) object.Ref { return newf(in.RT) }
	}
	mods["_fileio"] = func(in *vm.Interp) object.Ref { return fileio.New(in.RT, policy) }
	mods["gc"] = func(in *vm.Interp) object.Ref { return gcmod.New(in.RT, in.GC, in.Stderr) }
	mods["pyheap"] = func(in *vm.Interp) object.Ref { return newPyheapModule(in, policy) }
	// collections.abc is _collections_abc under the name programs use.
	mods["collections.abc"] = func(in *vm.Interp) object.Ref {
		return in.Import(in.Str("_collections_abc"), object.Nil, 0)
	}
	mods["re"] = remod.New
	mods["time"] = func(in *vm.Interp) object.Ref { return timemod.New(in.RT, timemod.Options{Sleep: it.sleep}) }
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

// Options configure an interpreter. They are read once, by New; the zero Options
// make a sandboxed interpreter with no limits but the address space.
type Options struct {
	// Stdout and Stderr receive sys.stdout and sys.stderr (nil: discarded); Stdin
	// feeds input() and sys.stdin (nil: empty).
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string // sys.argv
	// Path is sys.path, where imports look for .py files. The program may read
	// the modules it finds there, whatever Access says.
	Path        []string
	DebugMalloc bool // the debug allocator (also PYHEAP_MALLOC=debug)
	// MemoryLimit caps the interpreter's private heap, in bytes (0: none). Past it,
	// allocations raise MemoryError inside the program, which may catch it and go
	// on; the process never dies of it. See the package doc for what lies outside.
	MemoryLimit uintptr
	// RecursionLimit is sys.getrecursionlimit() (0: CPython's 1000). Deeper
	// recursion raises RecursionError; frames live in the private heap, so a high
	// limit with big frames meets MemoryError instead.
	RecursionLimit int
	// Budget bounds the loop iterations and calls each Exec, Eval or Call may make
	// (0: none); past it the program gets RuntimeError("execution budget exceeded")
	// and the host an *Error wrapping ErrBudget.
	Budget int64
	// Access is what the program may reach of the operating system: nothing
	// unless granted.
	Access Access
	// Modules are extra modules written in Go, importable by name.
	Modules map[string]*Module
}

// Interpreter is one Python interpreter with its own private heap. It is used by
// one goroutine at a time (see the package doc); different interpreters are
// independent and may run in parallel.
type Interpreter struct {
	in     *vm.Interp
	policy *fileio.Policy
	opts   Options
	main   object.Ref // __main__, made by the first Exec, Eval or Global
	closed bool

	// Host calls running (Exec, Eval, Call; nested ones come from Go functions
	// called by the program), and the contexts they run under.
	ctxs []context.Context
	// cancelErr is the error of the context that interrupted the program.
	cancelErr error
	// wake is signalled (without blocking) when a context interrupts the program,
	// so that time.sleep returns at once.
	wake chan struct{}
}

// New creates an interpreter.
func New(opts Options) (*Interpreter, error) {
	hc := heap.ConfigFromEnv()
	if opts.DebugMalloc {
		hc.Debug = true
	}
	hc.Limit = opts.MemoryLimit
	policy, err := opts.Access.policy()
	if err != nil {
		return nil, err
	}
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.Stdin == nil {
		opts.Stdin = strings.NewReader("")
	}
	it := &Interpreter{policy: policy, opts: opts, wake: make(chan struct{}, 1)}
	mods := standardModules(it, policy)
	for name, m := range opts.Modules {
		if _, ok := mods[name]; ok || name == "builtins" || name == "sys" || name == "" {
			return nil, fmt.Errorf("pyheap: module %q: the name is taken", name)
		}
		if m == nil {
			return nil, fmt.Errorf("pyheap: module %q is nil", name)
		}
		// A copy: the configuration is fixed at New.
		mc := &Module{Doc: m.Doc, Values: make(map[string]any, len(m.Values))}
		for _, f := range m.Functions {
			if f == nil {
				return nil, fmt.Errorf("pyheap: module %q: a nil Function", name)
			}
			fc := *f
			fc.Params = append([]string(nil), f.Params...)
			if f.Params != nil && fc.Params == nil {
				fc.Params = []string{}
			}
			mc.Functions = append(mc.Functions, &fc)
		}
		for k, v := range m.Values {
			mc.Values[k] = v
		}
		mods[name] = func(in *vm.Interp) object.Ref { return it.newGoModule(name, mc) }
	}
	in, err := vm.New(vm.Config{Runtime: object.Config{Heap: hc}, Modules: mods, Stdout: opts.Stdout, Stderr: opts.Stderr,
		Stdin: opts.Stdin, Argv: opts.Argv, Path: opts.Path})
	if err != nil {
		return nil, err
	}
	it.in = in
	in.Budget = opts.Budget
	if !policy.All {
		in.ImportAllowed = it.importAllowed
	}
	builtins.Install(in)
	sys.Install(in)
	if opts.RecursionLimit > 0 && !in.SetRecursionLimit(opts.RecursionLimit) {
		err := it.fetchErr()
		in.Close()
		return nil, err
	}
	return it, nil
}

// closeBudget bounds the steps the shutdown in Close may take when Options set no
// budget.
const closeBudget = 1_000_000

// Close frees the interpreter. When the program ran (Exec, Eval, Call), it is
// first shut down as python3 does at exit: the modules' globals are released, so
// __del__ methods run and files it left open flush their buffers (within the step
// budget, Options.Budget or a million steps). Then the files the program left
// open are closed and its whole heap reservation goes back to the operating
// system at once. Values of the interpreter must not be used afterwards (their Close
// does nothing). Closing twice is harmless; closing from a Go function the
// program called is an error (the program is still running).
func (it *Interpreter) Close() error {
	if it.closed {
		return nil
	}
	if len(it.ctxs) > 0 {
		return errors.New("pyheap: Close during a call into the interpreter")
	}
	if it.main != object.Nil {
		// Shut down as CPython does: release the modules' globals so that __del__
		// methods run and files left open flush what they hold. A finalizer that
		// never ends meets the budget (Options.Budget, or closeBudget steps).
		b := it.opts.Budget
		if b == 0 {
			b = closeBudget
		}
		it.in.SetBudget(b)
		it.in.Finalize()
	}
	it.closed = true
	it.policy.CloseAll()
	return it.in.Close()
}

// RunSource runs src as the __main__ module named filename and returns the exit
// status (0, 1 after an uncaught exception, or SystemExit's code).
func (it *Interpreter) RunSource(filename string, src []byte) int {
	return it.in.RunMain(filename, src)
}

// Program is what the command line runs, the way python3 takes it: a script
// file, a string (-c), a module found from the current directory (-m), or the
// program on standard input (-). Exactly one of File, Code, Module and Stdin is
// set; Args are sys.argv[1:].
type Program struct {
	File   string
	Code   string
	Module string
	Stdin  bool
	Args   []string
}

// RunProgram runs p as python3 would, with the whole file system and environment
// granted, writing to stdout and stderr, and returns the exit status (0, 1 after an
// uncaught exception, 2 when the program cannot be read, or SystemExit's code).
// views says which memory reports to make and the memory limit.
func RunProgram(p Program, stdout, stderr io.Writer, views MemoryViews) int {
	cwd, _ := os.Getwd()
	var (
		filename, pkg string
		argv          []string
		dir           = cwd
		src           []byte
		err           error
	)
	switch {
	case p.Code != "" || (p.File == "" && p.Module == "" && !p.Stdin):
		filename, argv, src = "<string>", append([]string{"-c"}, p.Args...), []byte(p.Code)
	case p.Stdin:
		filename, argv = "<stdin>", append([]string{"-"}, p.Args...)
		if src, err = io.ReadAll(os.Stdin); err != nil {
			fmt.Fprintf(stderr, "%s: can't read standard input: %v\n", progName(), err)
			return 2
		}
	case p.Module != "":
		filename, pkg = findModule(cwd, p.Module)
		if filename == "" {
			fmt.Fprintf(stderr, "%s: No module named %s\n", progName(), p.Module)
			return 1
		}
		argv = append([]string{filename}, p.Args...)
		if src, err = os.ReadFile(filename); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progName(), err)
			return 1
		}
	default:
		abs, aerr := filepath.Abs(p.File)
		if aerr != nil {
			abs = p.File
		}
		if src, err = os.ReadFile(p.File); err != nil {
			msg := err.Error()
			var pe *os.PathError
			if errors.As(err, &pe) {
				msg = "[Errno 2] " + pe.Err.Error()
				if os.IsNotExist(err) {
					msg = "[Errno 2] No such file or directory"
				}
			}
			fmt.Fprintf(stderr, "%s: can't open file '%s': %s\n", progName(), abs, msg)
			return 2
		}
		filename, argv, dir = abs, append([]string{p.File}, p.Args...), filepath.Dir(abs)
	}
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: os.Stdin, Argv: argv, Path: []string{dir},
		MemoryLimit: views.MemoryLimit, Access: Access{All: true}})
	if err != nil {
		fmt.Fprintln(stderr, "pyheap:", err)
		return 1
	}
	defer it.Close()
	it.in.MainPackage = pkg
	it.setUpViews(filename, views, stdout, stderr)
	return it.RunSource(filename, src)
}

// findModule finds the file of module name (dotted) from dir, as python3 -m does:
// name.py, or a package's __main__.py. pkg is __main__'s __package__.
func findModule(dir, name string) (file, pkg string) {
	if name == "" {
		return "", ""
	}
	rel := filepath.Join(strings.Split(name, ".")...)
	for i, cand := range []string{rel + ".py", filepath.Join(rel, "__main__.py")} {
		if st, err := os.Stat(filepath.Join(dir, cand)); err == nil && !st.IsDir() {
			if i == 1 { // a package: its __main__ runs inside it
				pkg = name
			} else if j := strings.LastIndexByte(name, '.'); j >= 0 {
				pkg = name[:j]
			}
			return filepath.Join(dir, cand), pkg
		}
	}
	return "", ""
}

// RunFile runs the script at path with sys.argv = argv (argv[0] is the script),
// writing to stdout and stderr, and returns the exit status.
func RunFile(path string, argv []string, stdout, stderr io.Writer) int {
	return RunFileWith(path, argv, stdout, stderr, MemoryViews{})
}

func progName() string { return "pyheap" }

// RunModule runs the module name (dotted; a package runs its __main__) found from the
// current directory as __main__, as `python3 -m name args...` does, with sys.argv[0]
// the module's file and the current directory first on sys.path.
func RunModule(name string, args []string, stdout, stderr io.Writer) int {
	return RunProgram(Program{Module: name, Args: args}, stdout, stderr, MemoryViews{})
}

// RunString runs code as `python3 -c` does (argv[0] is "-c") and returns the exit
// status.
func RunString(code string, argv []string, stdout, stderr io.Writer) int {
	var args []string
	if len(argv) > 1 {
		args = argv[1:]
	}
	return RunProgram(Program{Code: code, Args: args}, stdout, stderr, MemoryViews{})
}

// Interactive runs the interactive prompt on stdin until end of file.
func Interactive(stdin io.Reader, stdout, stderr io.Writer) int {
	cwd, _ := os.Getwd()
	it, err := New(Options{Stdout: stdout, Stderr: stderr, Stdin: stdin, Argv: []string{""}, Path: []string{cwd}, Access: Access{All: true}})
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
