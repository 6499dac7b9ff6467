// Package pysrc holds standard modules written in Python (functools, collections,
// contextlib, copy, string, abc, _collections_abc, inspect, types, pydoc, keyword, textwrap): pyheap's own code, embedded in the binary and run as
// modules when a program first imports them (embedded.go lists them). functools,
// collections, contextlib and copy also run under CPython in place of its own:
// check-under-cpython.sh checks them against the conformance corpus that way.
package pysrc

import "embed"

//go:embed *.py
var files embed.FS

// Source returns the Python source of the embedded module name, and whether there
// is one.
func Source(name string) (string, bool) {
	b, err := files.ReadFile(name + ".py")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Names lists the modules this package embeds.
var Names = []string{"functools", "collections", "contextlib", "copy", "string", "io", "os", "abc", "_collections_abc", "inspect", "types", "pydoc", "keyword", "textwrap"}

// Must returns the source of the embedded module name; it panics when there is
// none (a build mistake, caught at start-up).
func Must(name string) string {
	s, ok := Source(name)
	if !ok {
		panic("pysrc: no embedded module " + name)
	}
	return s
}
