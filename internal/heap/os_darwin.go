package heap

import "golang.org/x/sys/unix"

// releaseAdvice lets the kernel reclaim the pages lazily; macOS's MADV_DONTNEED does
// not free them.
const releaseAdvice = unix.MADV_FREE
