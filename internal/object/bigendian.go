//go:build armbe || arm64be || m68k || mips || mips64 || mips64p32 || ppc || ppc64 || s390 || s390x || shbe || sparc || sparc64

package object

// pyheap's object layouts assume a little-endian machine: the 32-bit digits of an
// int are read as 64-bit words in one copy (num_big.go), among others. This file
// stops a build for a big-endian target with that message.
var _ = littleEndianOnly("pyheap supports little-endian machines only")
