package pyheap_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pyheap/pyheap"
)

func Example() {
	it, err := pyheap.New(pyheap.Options{Stdout: os.Stdout, MemoryLimit: 64 << 20})
	if err != nil {
		panic(err)
	}
	defer it.Close()
	ctx := context.Background()
	if err := it.Exec(ctx, "def greet(name):\n    return f'hello, {name}'\nprint(greet('world'))"); err != nil {
		panic(err)
	}
	greet, _ := it.Global("greet")
	defer greet.Close()
	r, _ := it.Call(ctx, greet, "gopher")
	defer r.Close()
	fmt.Println(r)
	// Output:
	// hello, world
	// hello, gopher
}

func ExampleNew() {
	it, err := pyheap.New(pyheap.Options{
		Stdout:         os.Stdout,
		MemoryLimit:    32 << 20, // the heap's hard cap: MemoryError past it
		RecursionLimit: 200,
		Budget:         1_000_000, // loop iterations and calls per Exec/Eval/Call
	})
	if err != nil {
		panic(err)
	}
	defer it.Close()
	it.Exec(context.Background(), "import sys\nprint(sys.getrecursionlimit())")
	// Output: 200
}

func ExampleInterpreter_Close() {
	it, _ := pyheap.New(pyheap.Options{})
	v, _ := it.Eval(context.Background(), "[0] * 1000")
	it.Close() // the whole heap goes back to the OS; v is dead now
	fmt.Println(v.Close(), it.Exec(context.Background(), "pass"))
	// Output: <nil> pyheap: interpreter closed
}

func ExampleInterpreter_Exec() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	ctx := context.Background()
	it.Exec(ctx, "total = 0")
	for i := 1; i <= 3; i++ {
		it.Exec(ctx, fmt.Sprintf("total += %d", i)) // __main__ persists between calls
	}
	it.Exec(ctx, "print(total)")
	err := it.Exec(ctx, "1 / 0")
	fmt.Println(err)
	// Output:
	// 6
	// ZeroDivisionError: division by zero
}

func ExampleInterpreter_Exec_cancel() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := it.Exec(ctx, "while True:\n    try:\n        pass\n    except Exception:\n        pass")
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err)
	// The interpreter is still usable.
	v, _ := it.Eval(context.Background(), "6 * 7")
	fmt.Println(v)
	// Output:
	// true KeyboardInterrupt: context deadline exceeded
	// 42
}

func ExampleInterpreter_ExecFile() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	err := it.ExecFile(context.Background(), "job.py", []byte("def run(items):\n    return items[3]\n\nrun([1, 2])\n"))
	var pe *pyheap.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type, pe.Message, pe.Frames)
		fmt.Print(pe.Traceback)
	}
	// Output:
	// IndexError list index out of range [{job.py 4 <module>} {job.py 2 run}]
	// Traceback (most recent call last):
	//   File "job.py", line 4, in <module>
	//     run([1, 2])
	//   File "job.py", line 2, in run
	//     return items[3]
	//            ~~~~~^^^
	// IndexError: list index out of range
}

func ExampleInterpreter_Eval() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, err := it.Eval(context.Background(), "{'primes': [p for p in range(2, 20) if all(p % d for d in range(2, p))]}")
	if err != nil {
		panic(err)
	}
	defer v.Close()
	g, _ := v.ToGo()
	fmt.Println(g)
	// Output: map[primes:[2 3 5 7 11 13 17 19]]
}

func ExampleInterpreter_Call() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	ctx := context.Background()
	it.Exec(ctx, "def scale(xs, factor=2, *, offset=0):\n    return [x * factor + offset for x in xs]")
	scale, _ := it.Global("scale")
	defer scale.Close()
	r, _ := it.Call(ctx, scale, []float64{1, 2.5}, pyheap.Kwargs{"factor": 10, "offset": 1})
	defer r.Close()
	fmt.Println(r)
	_, err := it.Call(ctx, scale)
	fmt.Println(err)
	// Output:
	// [11.0, 26.0]
	// TypeError: scale() missing 1 required positional argument: 'xs'
}

func ExampleInterpreter_Global() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	it.Exec(context.Background(), "answer = 6 * 7")
	v, _ := it.Global("answer")
	defer v.Close()
	n, _ := v.AsInt()
	fmt.Println(n)
	_, err := it.Global("question")
	fmt.Println(err)
	// Output:
	// 42
	// NameError: name 'question' is not defined
}

func ExampleInterpreter_SetGlobal() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	it.SetGlobal("config", map[string]any{"name": "job", "retries": 3, "tags": []string{"a", "b"}})
	it.Exec(context.Background(), "print(config['name'], config['retries'] + 1, '-'.join(config['tags']))")
	// Output: job 4 a-b
}

func ExampleInterpreter_NewValue() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.NewValue(pyheap.Tuple{nil, true, 1 << 40, 0.5, "s", []byte("b"), []any{}, map[string]int{"k": 1}})
	defer v.Close()
	fmt.Println(v.Repr())
	// Output: (None, True, 1099511627776, 0.5, 's', b'b', [], {'k': 1})
}

func ExampleValue_ToGo() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "(None, 2**70, 1.5, 'x', b'y', [1], {'k': (2,)})")
	defer v.Close()
	g, _ := v.ToGo()
	for _, x := range g.(pyheap.Tuple) {
		fmt.Printf("%T %v\n", x, x)
	}
	// Output:
	// <nil> <nil>
	// *big.Int 1180591620717411303424
	// float64 1.5
	// string x
	// []uint8 [121]
	// []interface {} [1]
	// map[interface {}]interface {} map[k:[2]]
}

func ExampleValue_AsInt() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	for _, expr := range []string{"7 * 6", "2 ** 64", "'7'"} {
		v, _ := it.Eval(context.Background(), expr)
		n, err := v.AsInt()
		fmt.Println(n, err)
		v.Close()
	}
	// Output:
	// 42 <nil>
	// 0 OverflowError: Python int too large to convert to C long
	// 0 TypeError: 'str' object cannot be interpreted as an integer
}

func ExampleValue_AsString() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "'-'.join(['a', 'b'])")
	defer v.Close()
	s, err := v.AsString()
	fmt.Println(s, err)
	// Output: a-b <nil>
}

func ExampleValue_AsFloat() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "1 / 8")
	defer v.Close()
	f, _ := v.AsFloat()
	fmt.Println(f)
	// Output: 0.125
}

func ExampleValue_AsBigInt() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "3 ** 50")
	defer v.Close()
	b, _ := v.AsBigInt()
	fmt.Println(b)
	// Output: 717897987691852588770249
}

func ExampleValue_AsBytes() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "'é'.encode()")
	defer v.Close()
	b, _ := v.AsBytes()
	fmt.Println(b)
	// Output: [195 169]
}

func ExampleValue_AsBool() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "3 in {1, 2, 3}")
	defer v.Close()
	b, _ := v.AsBool()
	fmt.Println(b)
	// Output: true
}

func ExampleValue_Truth() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "[]")
	defer v.Close()
	b, _ := v.Truth()
	fmt.Println(b, v.Type(), v.IsNone())
	// Output: false list false
}

func ExampleValue_Attr() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "'pyheap'")
	defer v.Close()
	upper, _ := v.Attr("upper")
	defer upper.Close()
	r, _ := upper.Call(context.Background())
	defer r.Close()
	fmt.Println(r, r.Repr())
	// Output: PYHEAP 'PYHEAP'
}

func ExampleValue_Clone() {
	var kept *pyheap.Value
	keep := &pyheap.Function{Name: "keep", Params: []string{"x"}, Fn: func(it *pyheap.Interpreter, args []*pyheap.Value) (any, error) {
		kept = args[0].Clone() // arguments die with the call; a clone lives on
		return nil, nil
	}}
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	it.SetGlobal("keep", keep)
	it.Exec(context.Background(), "keep([1, 2, 3])")
	fmt.Println(kept)
	kept.Close()
	// Output: [1, 2, 3]
}

func ExampleModule() {
	lookup := &pyheap.Function{Name: "lookup", Params: []string{"key", "default?"},
		Fn: func(it *pyheap.Interpreter, args []*pyheap.Value) (any, error) {
			key, err := args[0].AsString()
			if err != nil {
				return nil, err
			}
			if key == "colour" {
				return "blue", nil
			}
			if args[1] != nil {
				return args[1], nil
			}
			return nil, pyheap.Raise("KeyError", "%s", key)
		}}
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout, Modules: map[string]*pyheap.Module{
		"settings": {Doc: "The host's settings.", Functions: []*pyheap.Function{lookup}, Values: map[string]any{"VERSION": "1.2"}},
	}})
	defer it.Close()
	err := it.Exec(context.Background(), `import settings
print(settings.VERSION, settings.lookup('colour'), settings.lookup('size', default=3))
try:
    settings.lookup()
except TypeError as e:
    print(e)
settings.lookup('size')
`)
	fmt.Println(err)
	// Output:
	// 1.2 blue 3
	// lookup() missing 1 required positional argument: 'key'
	// KeyError: 'size'
}

func ExampleRaise() {
	div := &pyheap.Function{Name: "div", Params: []string{"a", "b"}, Fn: func(it *pyheap.Interpreter, args []*pyheap.Value) (any, error) {
		a, _ := args[0].AsInt()
		b, _ := args[1].AsInt()
		if b == 0 {
			return nil, pyheap.Raise("ZeroDivisionError", "div by zero (%d / %d)", a, b)
		}
		return a / b, nil
	}}
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	it.SetGlobal("div", div)
	it.Exec(context.Background(), "try:\n    div(1, 0)\nexcept ZeroDivisionError as e:\n    print('caught:', e)")
	// Output: caught: div by zero (1 / 0)
}

func ExampleAccess() {
	dir, _ := os.MkdirTemp("", "pyheap-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "input.txt"), []byte("data"), 0o644)
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout, Access: pyheap.Access{
		ReadDirs: []string{dir},
		Environ:  map[string]string{"MODE": "demo"},
	}})
	defer it.Close()
	it.SetGlobal("dir", dir)
	err := it.Exec(context.Background(), `import os
print(open(os.path.join(dir, 'input.txt')).read(), os.environ)
try:
    open(os.path.join(dir, 'output.txt'), 'w')
except PermissionError as e:
    print(type(e).__name__, e.errno)
open('/etc/hostname')
`)
	fmt.Println(err)
	// Output:
	// data {'MODE': 'demo'}
	// PermissionError 13
	// PermissionError: [Errno 13] Permission denied: '/etc/hostname'
}

func ExampleOptions_memoryLimit() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout, MemoryLimit: 16 << 20})
	defer it.Close()
	err := it.Exec(context.Background(), `
try:
    s = 'x' * 10**12
except MemoryError:
    print('too big')
blocks = []
try:
    while True:
        blocks.append(bytearray(4096))
except MemoryError:
    n = len(blocks)
    blocks = None
    print('stopped growing')
`)
	fmt.Println(err)
	err = it.Exec(context.Background(), "l = [0] * 10**8")
	fmt.Println(errors.Is(err, pyheap.ErrMemory), err)
	// Output:
	// too big
	// stopped growing
	// <nil>
	// true MemoryError
}

func ExampleOptions_budget() {
	it, _ := pyheap.New(pyheap.Options{Budget: 10_000})
	defer it.Close()
	err := it.Exec(context.Background(), "while True: pass")
	fmt.Println(errors.Is(err, pyheap.ErrBudget), err)
	// Output: true RuntimeError: execution budget exceeded
}

func ExampleError() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	err := it.ExecFile(context.Background(), "cfg.py", []byte("x = (1,\n"))
	var pe *pyheap.Error
	errors.As(err, &pe)
	fmt.Println(pe.Type, pe.Message, *pe.Syntax)
	// Output: SyntaxError '(' was never closed {cfg.py 1 5 x = (1,}
}

func ExampleRunString() {
	status := pyheap.RunString("import sys\nprint('hi')\nsys.exit(3)", []string{"-c"}, os.Stdout, os.Stderr)
	fmt.Println(status)
	// Output:
	// hi
	// 3
}

func ExampleRunFile() {
	dir, _ := os.MkdirTemp("", "pyheap-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "prog.py")
	os.WriteFile(path, []byte("import sys\nprint(sys.argv[1:])\n"), 0o644)
	status := pyheap.RunFile(path, []string{path, "a", "b"}, os.Stdout, os.Stderr)
	fmt.Println(status)
	// Output:
	// ['a', 'b']
	// 0
}

func ExampleInterpreter_RunSource() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	fmt.Println(it.RunSource("main.py", []byte("print('as a script')")))
	// Output:
	// as a script
	// 0
}

func ExampleInterpreter_WriteMallocStats() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	var b strings.Builder
	it.WriteMallocStats(&b)
	fmt.Println(strings.Contains(b.String(), "arenas allocated"))
	// Output: true
}

func ExampleRunModule() {
	status := pyheap.RunModule("no_such_module", nil, os.Stdout, os.Stdout)
	fmt.Println(status)
	// Output:
	// pyheap: No module named no_such_module
	// 1
}

func ExampleRunFileWith() {
	dir, _ := os.MkdirTemp("", "pyheap-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "prog.py")
	os.WriteFile(path, []byte("try:\n    x = [0] * 10**8\nexcept MemoryError:\n    print('capped')\n"), 0o644)
	status := pyheap.RunFileWith(path, []string{path}, os.Stdout, os.Stderr, pyheap.MemoryViews{MemoryLimit: 16 << 20})
	fmt.Println(status)
	// Output:
	// capped
	// 0
}

func ExampleInteractive() {
	status := pyheap.Interactive(strings.NewReader("x = 6\nprint(x * 7)\n"), os.Stdout, io.Discard)
	fmt.Println(status)
	// Output:
	// 42
	// 0
}

func ExampleInterpreter_MemoryMap() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	var b strings.Builder
	it.MemoryMap(&b, "empty", false)
	fmt.Println(strings.Contains(b.String(), "empty"))
	// Output: true
}

func ExampleInterpreter_StartTraceMalloc() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	it.StartTraceMalloc(1)
	it.Exec(context.Background(), "import tracemalloc\nprint(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())")
	// Output: True 1
}

func ExampleValue_Close() {
	it, _ := pyheap.New(pyheap.Options{Stdout: os.Stdout})
	defer it.Close()
	ctx := context.Background()
	it.Exec(ctx, "import weakref\nclass Big: pass\nobj = Big()\nalive = weakref.ref(obj)")
	v, _ := it.Global("obj")
	it.Exec(ctx, "del obj\nprint(alive() is not None)") // the handle keeps it alive
	v.Close()
	it.Exec(ctx, "print(alive() is not None)") // released
	// Output:
	// True
	// False
}

func ExampleValue_Call() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	sorted, _ := it.Eval(context.Background(), "sorted")
	defer sorted.Close()
	r, _ := sorted.Call(context.Background(), []string{"pear", "fig", "apple"}, pyheap.Kwargs{"key": &pyheap.Function{
		Name: "length", Params: []string{"s"}, Fn: func(it *pyheap.Interpreter, args []*pyheap.Value) (any, error) {
			s, err := args[0].AsString()
			return len(s), err
		}}})
	defer r.Close()
	fmt.Println(r)
	// Output: ['fig', 'pear', 'apple']
}

func ExampleValue_Repr() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.NewValue("it's")
	defer v.Close()
	fmt.Println(v.Repr(), v.String())
	// Output: "it's" it's
}

func ExampleValue_String() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "{'a': (1, 2.5)}")
	defer v.Close()
	fmt.Println(v) // a *Value is a fmt.Stringer: str() of the object
	// Output: {'a': (1, 2.5)}
}

func ExampleValue_Type() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	for _, expr := range []string{"1", "1.0", "'1'", "[1]", "None", "len"} {
		v, _ := it.Eval(context.Background(), expr)
		fmt.Print(v.Type(), " ")
		v.Close()
	}
	fmt.Println()
	// Output: int float str list NoneType builtin_function_or_method
}

func ExampleValue_IsNone() {
	it, _ := pyheap.New(pyheap.Options{})
	defer it.Close()
	v, _ := it.Eval(context.Background(), "print")
	r, _ := v.Call(context.Background(), "printed to the discarded stdout")
	fmt.Println(r.IsNone(), v.IsNone())
	// Output: true false
}

func ExampleError_Unwrap() {
	it, _ := pyheap.New(pyheap.Options{MemoryLimit: 8 << 20, Budget: 1000})
	defer it.Close()
	for _, src := range []string{"x = bytearray(10**8)", "while True: pass", "int('x')"} {
		err := it.Exec(context.Background(), src)
		fmt.Println(errors.Is(err, pyheap.ErrMemory), errors.Is(err, pyheap.ErrBudget), errors.Unwrap(err) == nil, err)
	}
	// Output:
	// true false false MemoryError
	// false true false RuntimeError: execution budget exceeded
	// false false true ValueError: invalid literal for int() with base 10: 'x'
}
