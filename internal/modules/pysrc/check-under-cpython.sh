#!/bin/sh
# Runs corpus scripts under CPython 3.11 with this folder's functools, collections,
# contextlib and copy in place of the standard library's, and compares stdout with
# the expectations: the modules' semantics checked apart from pyheap's VM.
#   internal/modules/pysrc/check-under-cpython.sh tests/modules/collections_mod.py ...
# (string.py needs pyheap's Go _string and is not run this way.)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in functools collections contextlib copy; do cp "$here/$m.py" "$tmp/"; done
cat > "$tmp/run.py" <<PY
import sys
sys.path.insert(0, "$tmp")
for m in ("functools", "collections", "contextlib", "copy"):
    sys.modules.pop(m, None)
import functools, collections, contextlib, copy
assert collections.__file__.startswith("$tmp"), collections.__file__
script = sys.argv[1]
sys.argv = [script]
exec(compile(open(script).read(), script, "exec"), {"__name__": "__main__", "__file__": script})
PY
status=0
cd "$root"
for t in "$@"; do
	if python3 -S -X utf8 "$tmp/run.py" "$t" 2>"$tmp/err" | cmp -s - "${t%.py}.stdout"; then
		echo "ok   $t"
	else
		echo "DIFF $t"; head -5 "$tmp/err"; status=1
	fi
done
exit $status
