// Command pyheap runs Python programs with pyheap, the way python3 does.
//
//	pyheap FILE.py [args]   run a script
//	pyheap --version        print the version
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/pyheap/pyheap"
)

const usage = `usage: pyheap [option] ... [file] [arg] ...
Options:
  -h, --help     print this help message and exit
  -V, --version  print the pyheap version and the Python version it follows
Arguments:
  file           program read from script file
  arg ...        arguments passed to the program in sys.argv[1:]
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "-V", "--version":
		fmt.Fprintf(stdout, "pyheap %s (Python %s)\n", pyheap.Version, pyheap.LanguageVersion)
		return 0
	}
	if err := pyheap.RunFile(args[0], args); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
