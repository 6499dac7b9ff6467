// Package pyheap is the embedding API of pyheap, a Python 3 runtime whose memory
// system is CPython's: a private heap of arenas, pools and blocks, reference counting,
// and a generational cycle collector.
//
// The API grows with the interpreter; today it exposes the version and the language
// version pyheap follows. See the repository's README for what works so far.
package pyheap

// Version is pyheap's own version.
const Version = "0.1.0-dev"

// LanguageVersion is the CPython version whose behaviour pyheap follows.
const LanguageVersion = "3.11.7"

// errNoVM is the message returned by the entry points that need the virtual machine, which is not
// built yet.
var errNoVM = "pyheap " + Version + " cannot run Python code yet: the virtual machine is not built (see README.md, \"What works so far\")"

// RunFile runs the Python script at path with the given argv. It reports why it cannot
// while the VM does not exist.
func RunFile(path string, argv []string) error {
	return notYet{}
}

type notYet struct{}

func (notYet) Error() string { return errNoVM }
