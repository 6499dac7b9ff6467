//go:build !pyheapprof

package main

import "errors"

// profilingBuild reports whether PYHEAP_CPUPROFILE and PYHEAP_MEMPROFILE work.
// Without -tags pyheapprof the binary does not link runtime/pprof, and then the Go
// linker turns off the runtime's sampling of Go allocations for a heap profile:
// each sample walks the goroutine's stack through the binary's function tables,
// whose pages, 64 KiB at a time, stay in the process's resident memory (about
// 0.5 MiB on a short program; docs/benchmarks.md, session 4).
const profilingBuild = false

var errNoProfiles = errors.New("profiling needs a build with -tags pyheapprof")

func startCPUProfile(string) (stop func(), err error) { return nil, errNoProfiles }

func writeMemProfile(string) error { return errNoProfiles }
