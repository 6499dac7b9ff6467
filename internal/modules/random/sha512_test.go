package random

import (
	"crypto/sha512"
	"math/rand/v2"
	"testing"
)

func TestSHA512(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 600; n++ {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.Uint32())
		}
		if got, want := sha512Sum(data), sha512.Sum512(data); got != want {
			t.Fatalf("sha512Sum of %d bytes = %x, want %x", n, got, want)
		}
	}
}
