//go:build linux || darwin

// Operating-system memory for the private heap: reserve, commit, release, protect.
// This is the only OS-specific code of the package; see doc.go for the design.

package heap

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// osReserve reserves size bytes of address space with no access rights and no
// commit charge. Nothing is resident until a range is committed and touched.
func osReserve(size uintptr) (unsafe.Pointer, error) {
	b, err := unix.Mmap(-1, 0, int(size), unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANON|unix.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("heap: reserving %d bytes of address space: %w", size, err)
	}
	return unsafe.Pointer(unsafe.SliceData(b)), nil
}

// osUnreserve gives the whole reservation back to the OS.
func osUnreserve(base unsafe.Pointer, size uintptr) error {
	return unix.Munmap(unsafe.Slice((*byte)(base), size))
}

// osCommit makes [base+off, base+off+n) readable and writable. Pages become resident
// only when first touched.
func osCommit(base unsafe.Pointer, off, n uintptr) error {
	return unix.Mprotect(unsafe.Slice((*byte)(unsafe.Add(base, off)), n), unix.PROT_READ|unix.PROT_WRITE)
}

// osProtect sets [base+off, base+off+n) read-only (readOnly) or read-write again.
func osProtect(base unsafe.Pointer, off, n uintptr, readOnly bool) error {
	prot := unix.PROT_READ | unix.PROT_WRITE
	if readOnly {
		prot = unix.PROT_READ
	}
	return unix.Mprotect(unsafe.Slice((*byte)(unsafe.Add(base, off)), n), prot)
}

// osRelease tells the OS it may take back the physical pages of [base+off,
// base+off+n); the range stays committed and reads back as zeros (Linux) or as
// unspecified contents (macOS) when touched again. Callers never rely on either.
func osRelease(base unsafe.Pointer, off, n uintptr) {
	if n == 0 {
		return
	}
	// An error here means a bad range, which is a heap bug; it is not worth failing
	// a free over, and the memory stays correct, only resident.
	_ = unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(base, off)), n), releaseAdvice)
}
