// The functions other modules (random) need with glibc's results.

package math

// Log, Exp, Sqrt, Sin, Cos, Acos and Pow are the math module's log, exp, sqrt,
// sin, cos, acos and pow on floats, with the results CPython on glibc gives.
func Log(x float64) float64    { return zivLog(x) }
func Exp(x float64) float64    { return glibcExp(x) }
func Sin(x float64) float64    { return zivSin(x) }
func Cos(x float64) float64    { return zivCos(x) }
func Acos(x float64) float64   { return crAcos(x) }
func Pow(x, y float64) float64 { return zivPow(x, y) }
