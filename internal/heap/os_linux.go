package heap

import "golang.org/x/sys/unix"

// releaseAdvice drops the pages at once, so RSS falls immediately (CPython's
// obmalloc frees arenas with munmap for the same effect).
const releaseAdvice = unix.MADV_DONTNEED
