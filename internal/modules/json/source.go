package json

import _ "embed"

// Source is the json module, written in Python (py/json.py): the public API and
// classes over the _json module New builds. The VM runs it as the module "json"
// when a program imports it; it registers json.decoder, json.encoder and
// json.scanner in sys.modules.
//
//go:embed py/json.py
var Source string
