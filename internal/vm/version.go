package vm

// Version is pyheap's own version; LanguageVersion the CPython version whose
// behaviour it follows (sys.version says both; the root package exports them).
const (
	Version         = "0.1.0-dev"
	LanguageVersion = "3.11.7"
)
