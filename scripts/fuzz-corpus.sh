#!/bin/sh
# Builds the fuzzer's seed corpus in $1: every example command file of Protocol/examples,
# cut into pieces of 25 lines (libFuzzer works best on small inputs), plus the inputs that
# once broke something (Fuzz/regressions).
set -eu
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
for file in "$root"/Protocol/examples/*.jx; do
    name=$(basename "$file" .jx)
    split -l 25 -d -a 3 "$file" "$out/seed-$name-"
done
for file in "$root"/Fuzz/regressions/*; do
    [ -f "$file" ] && cp "$file" "$out/"
done
echo "fuzz corpus: $(ls "$out" | wc -l) inputs in $out"
