package random

import "golang.org/x/sys/unix"

// urandom fills b with bytes from the kernel's random source (getrandom, as
// CPython's os.urandom uses on Linux); crypto/rand is not linked (sha512.go says
// why).
func urandom(b []byte) error {
	for len(b) > 0 {
		n, err := unix.Getrandom(b, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}
