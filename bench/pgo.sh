#!/usr/bin/env bash
# Regenerate cmd/pyheap/default.pgo, the CPU profile that Go's profile-guided
# optimization uses whenever cmd/pyheap is built (go build, go run, go test):
# the benchmark programs run once each under a fresh build, their profiles merged.
# Rerun it after large changes to the eval loop or the object layer; a stale
# profile only costs some of the gain, never correctness.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -pgo=off -tags pyheapprof -o "$tmp/pyheap" ./cmd/pyheap
for p in bench/*.py; do
	name="$(basename "$p" .py)"
	(cd bench && PYHEAP_CPUPROFILE="$tmp/$name.prof" "$tmp/pyheap" "$name.py" >/dev/null)
done
go tool pprof -proto "$tmp"/*.prof >cmd/pyheap/default.pgo
echo "wrote cmd/pyheap/default.pgo ($(wc -c <cmd/pyheap/default.pgo) bytes)"
