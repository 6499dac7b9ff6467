//go:build pyheapprof

package main

import (
	"os"
	"runtime/pprof"
)

// profilingBuild reports whether PYHEAP_CPUPROFILE and PYHEAP_MEMPROFILE work:
// this build links runtime/pprof (profile_off.go says what that costs).
const profilingBuild = true

// startCPUProfile starts Go's CPU profiler writing to path; stop finishes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// writeMemProfile writes the allocation profile (all allocations since the start).
func writeMemProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
