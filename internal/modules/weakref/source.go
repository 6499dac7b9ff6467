package weakref

import _ "embed"

// Source is the weakref module, written in Python (py/weakref.py): the weak
// containers and finalize, over the _weakref module New builds. The VM runs it as
// the module "weakref" when a program imports it. It also runs under CPython
// (PYTHONPATH=internal/modules/weakref/py), which is how it was checked against
// the conformance corpus.
//
//go:embed py/weakref.py
var Source string
