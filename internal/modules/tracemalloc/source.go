package tracemalloc

import _ "embed"

// Source is the tracemalloc module, written in Python (py/tracemalloc.py): Snapshot,
// Statistic, Filter and the rest of CPython 3.11's API over _tracemalloc. The VM runs
// it as the module "tracemalloc" when a program imports it.
//
//go:embed py/tracemalloc.py
var Source string
