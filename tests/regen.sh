#!/usr/bin/env bash
# Regenerate the expected outputs of the conformance corpus with CPython 3.11.
#
#   tests/regen.sh                      regenerate every test (and drop stale expectations)
#   tests/regen.sh tests/lang/x.py ...  regenerate only the given tests
#   tests/regen.sh --check [tests...]   write nothing; fail if an expectation is out of date
#
# See tests/README.md for the conventions. The interpreter is $PYTHON (default python3)
# and must be CPython 3.11.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
ROOT="$(pwd -P)"

check=0
if [[ "${1:-}" == "--check" ]]; then
	check=1
	shift
fi

PY="${PYTHON:-python3}"
# Resolve the real executable once (pyenv shims and the like need an environment
# that the clean one below does not have).
PY="$("$PY" -c 'import sys; print(sys.executable)')" || { echo "regen.sh: cannot run $PY" >&2; exit 2; }
ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
impl="$("$PY" -c 'import sys; print(sys.implementation.name)')"
if [[ "$ver" != "3.11" || "$impl" != "cpython" ]]; then
	echo "regen.sh: need CPython 3.11, $PY is $impl $ver" >&2
	exit 2
fi

# Tests: tests/<topic>/<name>.py directly inside a topic folder, <name> not starting with "_".
list_tests() {
	find tests -mindepth 2 -maxdepth 2 -type f -name '*.py' ! -name '_*' | LC_ALL=C sort
}

if [[ $# -gt 0 ]]; then
	tests=()
	for t in "$@"; do
		t="${t#./}"
		t="${t#"$ROOT"/}"
		if [[ ! -f "$t" || "$t" != tests/*/*.py || "$t" == tests/*/*/* || "$(basename "$t")" == _* ]]; then
			echo "regen.sh: $t is not a test (tests/<topic>/<name>.py)" >&2
			exit 2
		fi
		tests+=("$t")
	done
	all=0
else
	mapfile -t tests < <(list_tests)
	all=1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Replace the absolute path of the repository root (CPython 3.11 makes the main
# script's path absolute, so tracebacks show it) by nothing: "/abs/root/tests/x.py"
# becomes "tests/x.py". The Go runner applies the same rewrite to pyheap's output.
strip_root() {
	ROOT="$ROOT/" perl -pe 's/\Q$ENV{ROOT}\E//g' "$1"
}

# put FILE CONTENT-FILE: make FILE hold exactly CONTENT-FILE (or not exist when
# CONTENT-FILE is empty and FILE is optional); touch nothing that is already right.
stale=0
put() {
	local dst="$1" src="$2" optional="$3"
	if [[ "$optional" == 1 && ! -s "$src" ]]; then
		if [[ -e "$dst" ]]; then
			if [[ $check == 1 ]]; then
				echo "out of date: $dst (should not exist)"; stale=1
			else
				rm -f "$dst"
			fi
		fi
		return
	fi
	if [[ -e "$dst" ]] && cmp -s "$src" "$dst"; then
		return
	fi
	if [[ $check == 1 ]]; then
		echo "out of date: $dst"; stale=1
	else
		cp "$src" "$dst"
	fi
}

failed=0
for t in "${tests[@]}"; do
	base="${t%.py}"
	env -i \
		PATH=/usr/bin:/bin \
		LC_ALL=C.UTF-8 \
		TZ=UTC \
		PYTHONHASHSEED=0 \
		PYTHONDONTWRITEBYTECODE=1 \
		timeout 120 "$PY" -X utf8 -s "$t" </dev/null >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [[ $status == 124 ]]; then
		echo "regen.sh: $t timed out" >&2
		failed=1
		continue
	fi
	strip_root "$tmp/out" >"$tmp/stdout"
	strip_root "$tmp/err" >"$tmp/stderr"
	if [[ $status != 0 ]]; then echo "$status" >"$tmp/status"; else : >"$tmp/status"; fi
	put "$base.stdout" "$tmp/stdout" 0
	put "$base.stderr" "$tmp/stderr" 1
	put "$base.status" "$tmp/status" 1
done

# Expectations whose script is gone.
if [[ $all == 1 ]]; then
	while IFS= read -r f; do
		[[ -f "${f%.*}.py" ]] && continue
		if [[ $check == 1 ]]; then
			echo "stale: $f (no script)"; stale=1
		else
			rm -f "$f"
		fi
	done < <(find tests -mindepth 2 -maxdepth 2 -type f \( -name '*.stdout' -o -name '*.stderr' -o -name '*.status' \) | LC_ALL=C sort)
fi

if [[ $failed == 1 || $stale == 1 ]]; then
	exit 1
fi
exit 0
