package pyheap

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pyheap/pyheap/internal/memmap"
	"github.com/pyheap/pyheap/internal/modules/fileio"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// The memory views: what the private heap holds, shown to people.
//
//   - WriteMallocStats: sys._debugmallocstats()'s report (pools, arenas, free store,
//     free lists); the CLI's --mem-stats prints it when the program ends.
//   - MemoryMap: the program's memory laid out in the regions of a classic memory
//     map (code, constants, data, heap, free store, stack, registers) with real
//     addresses and occupancy, as text or SVG (internal/memmap). `pyheap map
//     FILE.py` prints one when the program ends; a program takes its own at any
//     point with the pyheap module's memory_map(label), which prints the map to
//     sys.stdout (and, given svg="file.svg", also draws it there).

// WriteMallocStats writes the heap report of sys._debugmallocstats() to w.
func (it *Interpreter) WriteMallocStats(w io.Writer) error { return it.in.RT.WriteMallocStats(w) }

// MemoryMap writes the memory map of the interpreter now to w, as text, or as SVG
// when svg is true; label names the snapshot.
func (it *Interpreter) MemoryMap(w io.Writer, label string, svg bool) error {
	s := takeSnapshot(it.in, label)
	if svg {
		return s.WriteSVG(w)
	}
	return s.WriteText(w)
}

func takeSnapshot(in *vm.Interp, label string) *memmap.Snapshot {
	r := in.Registers()
	return memmap.Take(in.RT, label, memmap.VMState{
		Stack:     memmap.StackInfo{Frames: in.Depth(), HighWater: in.StackHighWater(), Limit: in.RecursionLimit()},
		Registers: memmap.Registers{IP: r.IP, Function: r.Function, File: r.File, Line: r.Line, Frame: r.Frame, SP: r.SP},
	})
}

// MemoryViews asks RunFileWith for the memory views of a run.
type MemoryViews struct {
	MemStats bool   // print the malloc stats report to stderr when the program ends
	Map      bool   // print the memory map to stdout when the program ends
	SVG      string // also draw that map into this file
	// TraceMalloc, when positive, starts tracemalloc before the program runs with
	// tracebacks of that many frames (python3's -X tracemalloc=N).
	TraceMalloc int
	// MemoryLimit caps the private heap in bytes (0: none): past it, MemoryError.
	MemoryLimit uintptr
}

// StartTraceMalloc starts tracemalloc with tracebacks of nframe frames, as
// -X tracemalloc=N does.
func (it *Interpreter) StartTraceMalloc(nframe int) error {
	in, rt := it.in, it.in.RT
	m := in.Import(in.Str("_tracemalloc"), object.Nil, 0)
	if m == object.Nil {
		return it.fetchErr()
	}
	defer rt.Decref(m)
	r := rt.CallMethod(m, "start", rt.NewInt(int64(nframe)))
	if r == object.Nil {
		return it.fetchErr()
	}
	rt.Decref(r)
	return nil
}

// RunFileWith is RunFile with memory views: the reports are taken after the program
// has ended and before the interpreter releases its modules.
func RunFileWith(path string, argv []string, stdout, stderr io.Writer, views MemoryViews) int {
	var args []string
	if len(argv) > 1 {
		args = argv[1:]
	}
	return RunProgram(Program{File: path, Args: args}, stdout, stderr, views)
}

// setUpViews starts tracemalloc and arranges the exit reports views asks for, for
// the program named name.
func (it *Interpreter) setUpViews(name string, views MemoryViews, stdout, stderr io.Writer) {
	if views.TraceMalloc > 0 {
		if err := it.StartTraceMalloc(views.TraceMalloc); err != nil {
			fmt.Fprintln(stderr, "pyheap: -X tracemalloc:", err)
		}
	}
	if !views.Map && views.SVG == "" && !views.MemStats {
		return
	}
	it.in.BeforeExit = func() {
		if views.Map {
			it.MemoryMap(stdout, "at exit of "+name, false)
		}
		if views.SVG != "" {
			if f, err := os.Create(views.SVG); err != nil {
				fmt.Fprintln(stderr, "pyheap:", err)
			} else {
				it.MemoryMap(f, "at exit of "+name, true)
				f.Close()
			}
		}
		if views.MemStats {
			it.WriteMallocStats(stderr)
		}
	}
}

// newPyheapModule builds the pyheap module: memory_map(label="snapshot", svg=None)
// prints the memory map now (writing the SVG file only where policy allows).
func newPyheapModule(in *vm.Interp, policy *fileio.Policy) object.Ref {
	rt := in.RT
	m := rt.NewModule("pyheap")
	if m == object.Nil {
		return object.Nil
	}
	def := &object.MethodDef{Name: "memory_map", Doc: "memory_map(label='snapshot', svg=None)\n\nPrint the memory map of the running program to sys.stdout; with svg, also draw it into that file.",
		Fn: func(rt *object.Runtime, _ object.Ref, args []object.Ref, kw object.Ref) object.Ref {
			if !rt.CheckArgs("memory_map", args, kw, 0, 2) {
				return object.Nil
			}
			label := "snapshot"
			if len(args) > 0 {
				if !rt.IsStr(args[0]) {
					rt.Raise("TypeError", "memory_map() label must be str, not %s", rt.TypeNameOf(args[0]))
					return object.Nil
				}
				label = rt.GoString(args[0])
			}
			s := takeSnapshot(in, label)
			if out := in.GoWriter(in.SysAttr("stdout")); out != nil {
				if err := s.WriteText(out); err != nil {
					rt.Raise("OSError", "%s", err)
					return object.Nil
				}
			} else {
				// sys.stdout replaced (contextlib.redirect_stdout, a StringIO, None):
				// the text goes through its write method, as print's does.
				var b strings.Builder
				s.WriteText(&b) // a strings.Builder does not fail
				stdout := in.SysAttr("stdout")
				if stdout == object.Nil || stdout == rt.None {
					return rt.New(rt.None) // print() writes nothing either
				}
				text := rt.NewStr(b.String())
				if text == object.Nil {
					return object.Nil
				}
				r := rt.CallMethod(stdout, "write", text)
				rt.Decref(text)
				if r == object.Nil {
					return object.Nil
				}
				rt.Decref(r)
			}
			if len(args) > 1 && args[1] != rt.None {
				if !rt.IsStr(args[1]) {
					rt.Raise("TypeError", "memory_map() svg must be str or None, not %s", rt.TypeNameOf(args[1]))
					return object.Nil
				}
				path, err := policy.Path(rt.GoString(args[1]), true)
				if err != nil {
					return fileio.RaiseDenied(rt, args[1])
				}
				f, err := os.Create(path)
				if err != nil {
					rt.Raise("OSError", "%s", err)
					return object.Nil
				}
				defer f.Close()
				if err := s.WriteSVG(f); err != nil {
					rt.Raise("OSError", "%s", err)
					return object.Nil
				}
			}
			return rt.None
		}}
	f := rt.NewBuiltinFunction(def, m, m)
	if f == object.Nil || rt.DictSetStr(rt.ModuleDict(m), "memory_map", f) < 0 {
		rt.Decref(f)
		rt.Decref(m)
		return object.Nil
	}
	rt.Decref(f)
	return m
}
