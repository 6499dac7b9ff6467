//go:build !linux

package random

import (
	"io"
	"os"
)

// urandom fills b with bytes from /dev/urandom; crypto/rand is not linked
// (sha512.go says why).
func urandom(b []byte) error {
	f, err := os.Open("/dev/urandom")
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.ReadFull(f, b)
	return err
}
