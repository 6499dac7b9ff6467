// The elementary functions, chosen to give glibc's results (CPython calls libm):
// correctly rounded ones where glibc's nearly always are (bigmath.go, quick.go:
// log, pow, sin, cos, tan differ from glibc in about one result in a thousand),
// ports of glibc's own algorithms where bit-exactness was reached (fdlibm.go,
// erf.go, glibc_fma.go: exp, expm1, log1p, cbrt and what is built on them).
// Go's math package alone differs from glibc in the last bit of many results
// (sin(2.0), tan(1.0), ...) and its amd64 Log mishandles subnormals.

package math

var (
	sin   = zivSin
	cos   = zivCos
	tan   = zivTan
	asin  = crAsin
	acos  = crAcos
	atan  = crAtan
	atan2 = crAtan2
	sinh  = fdSinh
	cosh  = fdCosh
	tanh  = fdTanh
	asinh = fdAsinh
	acosh = fdAcosh
	atanh = fdAtanh
	expm1 = glibcExpm1
	log1p = glibcLog1p
	cbrt  = glibcCbrt
	erf   = fdlibmErf
	erfc  = fdlibmErfc
	exp   = glibcExp
	exp2  = glibcExp2
	log   = zivLog
	log2  = crLog2
	log10 = glibcLog10
	pow   = zivPow
)
