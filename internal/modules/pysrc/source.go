// Package pysrc holds standard modules written in Python (functools, collections,
// contextlib, copy, string, abc, _collections_abc, inspect, types, pydoc, keyword, textwrap): pyheap's own code, embedded in the binary and run as
// modules when a program first imports them (embedded.go lists them). functools,
// collections, contextlib and copy also run under CPython in place of its own:
// check-under-cpython.sh checks them against the conformance corpus that way.
//
// Each file is embedded as a string: the string's bytes are the binary's own
// read-only data, so nothing is copied or even touched until a program imports
// the module (an embed.FS would make ReadFile copy every source at start-up: half
// a megabyte of Go heap and of resident pages for a program that imports none).
package pysrc

import _ "embed"

//go:embed functools.py
var srcFunctools string

//go:embed collections.py
var srcCollections string

//go:embed contextlib.py
var srcContextlib string

//go:embed copy.py
var srcCopy string

//go:embed string.py
var srcString string

//go:embed io.py
var srcIo string

//go:embed os.py
var srcOs string

//go:embed abc.py
var srcAbc string

//go:embed _collections_abc.py
var srcCollectionsAbcABC string

//go:embed inspect.py
var srcInspect string

//go:embed types.py
var srcTypes string

//go:embed pydoc.py
var srcPydoc string

//go:embed keyword.py
var srcKeyword string

//go:embed textwrap.py
var srcTextwrap string

// sources maps each module name to its source.
var sources = map[string]*string{
	"functools":        &srcFunctools,
	"collections":      &srcCollections,
	"contextlib":       &srcContextlib,
	"copy":             &srcCopy,
	"string":           &srcString,
	"io":               &srcIo,
	"os":               &srcOs,
	"abc":              &srcAbc,
	"_collections_abc": &srcCollectionsAbcABC,
	"inspect":          &srcInspect,
	"types":            &srcTypes,
	"pydoc":            &srcPydoc,
	"keyword":          &srcKeyword,
	"textwrap":         &srcTextwrap,
}

// Source returns the Python source of the embedded module name, and whether there
// is one.
func Source(name string) (string, bool) {
	p, ok := sources[name]
	if !ok {
		return "", false
	}
	return *p, true
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
