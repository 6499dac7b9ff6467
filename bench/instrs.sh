#!/usr/bin/env bash
# Count the instructions pyheap executes on the benchmark programs at their short
# sizes, under valgrind's cachegrind: a deterministic A/B measure where timings on a
# shared machine move by ±10% (a str hash seed still moves a program by a few
# percent: compare several runs of programs heavy in dicts, richards above all).
#
#   bench/instrs.sh                          # the working tree's pyheap
#   bench/instrs.sh OLD_BINARY NEW_BINARY    # two builds side by side, with the change
#   PROGRAMS='binary_trees nbody' bench/instrs.sh ...
#
# Needs valgrind (apt-get install valgrind); nothing else uses it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v valgrind >/dev/null || { echo "instrs.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
	go build -o "$tmp/pyheap" ./cmd/pyheap
	bins=("$tmp/pyheap")
fi
programs=${PROGRAMS:-$(cd bench && ls *.py | sed 's/\.py$//')}
for p in $programs; do
	# The short size: each "NAME = N  # short: M" constant set to M.
	sed -E 's/^([A-Z_]+) = [0-9_]+( *)# short: ([0-9_]+)/\1 = \3\2# short: \3/' "bench/$p.py" >"$tmp/$p.py"
done
count() { # binary program -> instructions
	(cd "$tmp" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$1" "$2.py" 2>&1 >/dev/null |
		sed -nE 's/.*I[[:space:]]+refs:[[:space:]]+([0-9,]+).*/\1/p' | tr -d ,)
}
printf '%-16s' program
for b in "${bins[@]}"; do printf ' %16s' "$(basename "$b")"; done
[ ${#bins[@]} -eq 2 ] && printf ' %8s' change
echo
for p in $programs; do
	printf '%-16s' "$p"
	first=
	for b in "${bins[@]}"; do
		n=$(count "$b" "$p")
		printf ' %16s' "$n"
		if [ -z "$first" ]; then first=$n; else last=$n; fi
	done
	if [ ${#bins[@]} -eq 2 ]; then awk -v a="$first" -v b="$last" 'BEGIN{printf " %+7.1f%%", (b-a)*100/a}'; fi
	echo
done
