// The interpreter state. See doc.go.

package vm

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// Interp is one interpreter: its object space, its stack region, its modules and
// the VM's own types. Everything mutable hangs off it.
type Interp struct {
	RT *object.Runtime
	GC *gc.Collector // the cycle collector; automatic collections run at safe points of the eval loop

	Builtins Ref // the builtins module's dict
	Modules  Ref // sys.modules
	SysDict  Ref // the sys module's dict
	Main     Ref // __main__'s dict

	// BeforeExit, when set, runs after the main program has ended and before the
	// shutdown releases the modules' globals (the memory map's exit snapshot).
	BeforeExit func()
	// MainPackage is __main__'s __package__ when a package's __main__ runs (-m pkg).
	MainPackage string
	// ImportAllowed, when set, says whether an import may read a source file (the
	// embedding sandbox; sys.path is the program's to change); nil allows all.
	ImportAllowed func(dir string) bool

	builtinModules map[string]ModuleInit // Config.Modules

	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string
	Path           []string // where imports look (the script's folder first)

	// The VM's types.
	FunctionType, CodeType, CellType, MethodType, GeneratorType, TracebackType *object.Type
	StaticMethodType, ClassMethodType, PropertyType, SuperType, FrameType      *object.Type
	UnionType, GenericAliasType                                                *object.Type
	memberType, dictDescrType                                                  *object.Type // __slots__ members, __dict__

	classGetItemDef object.MethodDef // list.__class_getitem__ and the like (genericalias.go)

	codes     []*codeInfo // code objects by index
	freeCodes []uint32
	gens      []*Frame // generator frames by index
	freeGens  []uint32

	stack stackRegion
	args  argStack // argument vectors of calls made from Go (callargs.go)
	frame *Frame   // the innermost running frame
	depth int      // Python frames running (the recursion depth)
	// highWater is the deepest depth has been (the memory map's stack high water).
	highWater int
	limit     int // sys.getrecursionlimit()
	inExit    bool
	sources   map[string][]byte // source text by file name, for tracebacks
	strCache  map[string]Ref    // interned names the VM uses
	// nameEnter and nameExit are "__enter__" and "__exit__", interned once: the
	// with statement looks them up at every entry.
	nameEnter, nameExit Ref
	dunderName          Ref // "__name__", which every new function looks up (Str is a map access)
	// wrapperDefs backs the slot wrappers' definitions (addSlotWrappers): one
	// array for all built-in types; the runtime keeps pointers into it.
	wrapperDefs []object.MethodDef
	classes     map[*object.Type]*classInfo

	stdinReader  *bufio.Reader
	suggestions  map[Ref]string // NameError → name NUL suggestion
	streams      []stream
	StreamType   *object.Type
	CallIterType *object.Type

	specType    *object.Type
	unboundMark Ref

	// Budget bounds the backward jumps and calls a program may make (0: no bound);
	// past it, RuntimeError("execution budget exceeded") is raised.
	Budget int64
	steps  int64

	// slice counts down the backward jumps and calls until the eval loop next
	// gives the Go scheduler a turn (yield).
	slice uint32
}

// Config configures an interpreter.
type Config struct {
	Runtime        object.Config
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string
	Path           []string
	// Modules are the built-in modules this interpreter can import, by name, each
	// built on its first import.
	Modules map[string]ModuleInit
}

// New creates an interpreter with its object space. The builtins and sys modules
// are filled in by internal/modules (Install functions) before code runs.
func New(cfg Config) (*Interp, error) {
	rt, err := object.NewRuntime(cfg.Runtime)
	if err != nil {
		return nil, err
	}
	in := &Interp{RT: rt, slice: yieldEvery, Stdout: cfg.Stdout, Stderr: cfg.Stderr, Stdin: cfg.Stdin, Argv: cfg.Argv, Path: cfg.Path,
		limit: 1000, sources: map[string][]byte{}, strCache: make(map[string]Ref, 512), classes: map[*object.Type]*classInfo{},
		builtinModules: cfg.Modules}
	if in.Stdout == nil {
		in.Stdout = os.Stdout
	}
	if in.Stderr == nil {
		in.Stderr = os.Stderr
	}
	if in.Stdin == nil {
		in.Stdin = os.Stdin
	}
	in.GC = gc.New(rt)
	rt.InstallHeapTypeSlots()
	typeDealloc := rt.TypeType.Dealloc
	rt.TypeType.Dealloc = func(rt *object.Runtime, r Ref) {
		delete(in.classes, rt.TypeFromRef(r))
		typeDealloc(rt, r)
	}
	in.initTypes()
	rt.ObjectType.Repr = in.objectRepr
	in.initWrappers()
	// Built-in types made from now on (the modules' types) get slot wrappers too.
	rt.SetHooks(object.Hooks{StaticTypeReady: in.addSlotWrappers})
	in.Builtins = rt.NewDict()
	in.Modules = rt.NewDict()
	rt.SetHooks(object.Hooks{
		NewClass:        in.newClassHook,
		UnraisableError: in.unraisable,
		ClassGetItem:    in.classGetItem,
		TypeModified:    in.typeModified,
	})
	return in, nil
}

// Close frees the interpreter's heap.
func (in *Interp) Close() error { return in.RT.Close() }

// Str returns an interned str for a Go string (borrowed: the VM keeps it).
func (in *Interp) Str(s string) Ref {
	if r, ok := in.strCache[s]; ok {
		return r
	}
	r := in.RT.InternString(s)
	in.strCache[s] = r
	return r
}

// RecursionLimit returns sys.getrecursionlimit().
func (in *Interp) RecursionLimit() int { return in.limit }

// SetRecursionLimit sets it, with CPython's checks.
func (in *Interp) SetRecursionLimit(n int) bool {
	rt := in.RT
	if n < 1 {
		rt.Raise("ValueError", "recursion limit must be greater or equal than 1")
		return false
	}
	// The call of sys.setrecursionlimit itself counts, as CPython's C calls do.
	if depth := in.depth + 1; n <= depth {
		rt.Raise("RecursionError", "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth)
		return false
	}
	in.limit = n
	in.RT.RecursionLimit = n
	return true
}

// Depth returns the current recursion depth.
func (in *Interp) Depth() int { return in.depth }

// AddBuiltin stores a value (new reference, taken over) in builtins.
func (in *Interp) AddBuiltin(name string, v Ref) {
	in.RT.DictSetStr(in.Builtins, name, v)
	in.RT.Decref(v)
}

// AddFunc adds a built-in function to a namespace dict.
func (in *Interp) AddFunc(d Ref, name string, fn object.MethodFunc, module Ref) {
	// A module's functions are bound to it: print.__self__ is builtins.
	f := in.RT.NewBuiltinFunction(&object.MethodDef{Name: name, Fn: fn}, module, module)
	in.RT.DictSetStr(d, name, f)
	in.RT.Decref(f)
}

// objectRepr is object.__repr__: <module.qualname object at 0x...>.
func (in *Interp) objectRepr(rt *object.Runtime, r Ref) Ref {
	t := rt.TypeOf(r)
	name := t.Name
	if t.Flags&object.TypeHeapType != 0 {
		if q := rt.TypeQualname(t); q != Nil && rt.IsStr(q) {
			name = rt.GoString(q)
		}
		if m := rt.DictGetStr(rt.TypeDict(t), in.Str("__module__")); m != Nil && rt.IsStr(m) && rt.GoString(m) != "builtins" {
			name = rt.GoString(m) + "." + name
		}
	}
	return rt.NewStr(fmt.Sprintf("<%s object at %#x>", name, rt.ID(r)))
}

// Stack returns the running Python frames, most recent first (file and line), at
// most limit of them, and how many there are (for tracemalloc).
func (in *Interp) Stack(limit int) (files []string, lines []int, total int) {
	for f := in.frame; f != nil; f = f.back {
		if f.code == nil {
			continue
		}
		total++
		if limit <= 0 || len(files) < limit {
			files = append(files, f.code.c.Filename)
			lines = append(lines, f.Line())
		}
	}
	return files, lines, total
}

// yieldEvery is how many backward jumps and calls the eval loop makes between two
// turns given to the Go scheduler: at tens of nanoseconds each, a turn every
// fraction of a millisecond, well inside the 10 ms after which Go's sysmon
// preempts a running goroutine with a signal. That preemption costs little time,
// but its handler looks the interrupted function up in the binary's tables (its
// name, its unsafe points, its inlining tree): run for a few seconds, the eval loop
// is caught in dozens of functions whose table pages, 64 KiB at a time, then
// count in the process's resident memory (docs/benchmarks.md, session 4). A
// goroutine that calls runtime.Gosched itself is never due for that signal.
const yieldEvery = 1 << 14

// yield gives the Go scheduler a turn (other goroutines, other interpreters).
func (in *Interp) yield() {
	in.slice = yieldEvery
	runtime.Gosched()
}

// overBudget counts a step and reports (with RuntimeError set) when the budget is
// spent, or (with KeyboardInterrupt set) when the host has asked the program to
// stop (object.Runtime.Interrupt; a host that may interrupt sets a Budget, at most
// math.MaxInt64, so that these checks run).
func (in *Interp) overBudget() bool {
	if in.RT.CheckInterrupt() {
		return true
	}
	in.steps++
	if in.steps > in.Budget {
		in.RT.Raise("RuntimeError", "execution budget exceeded")
		return true
	}
	return false
}
