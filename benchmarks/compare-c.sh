#!/usr/bin/env bash
# Side-by-side cost of the two phi^4 update kernels: Wick's `metropolis` and `hmc` moves
# (wick.benchmarks.SamplerCost, Java) vs the same algorithms in C (c/phi4_reference.c), one thread,
# L x L lattice, m^2 = -0.5, lambda = 2.4, Metropolis step 1 (frozen), HMC 10 steps of 0.1 (fixed).
#
#   metropolis: ns per site update;  hmc: ns per site per leapfrog step, whole trajectories
#   (momentum refresh, accept/reject) included on both sides.
#
# Compiles the C reference with `gcc -O3` (portable flags only, no -march=native) into target/;
# builds no Java: run `mvn -B -pl benchmarks package` (or the whole reactor) in the reactor root
# first. Runs from any directory.
#
# Environment: SECONDS_PER_RUN (default 5), ROUNDS (default 2), SIZES (default "64 256"),
#              ALGORITHMS (default "metropolis hmc"), JAVA (default java), CC (default gcc),
#              JAVA_OPTS (extra JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
src="$here/c/phi4_reference.c"
bin="$here/target/phi4_reference"
java_cmd="${JAVA:-java}"
cc="${CC:-gcc}"
secs="${SECONDS_PER_RUN:-5}"
rounds="${ROUNDS:-2}"
sizes="${SIZES:-64 256}"
algorithms="${ALGORITHMS:-metropolis hmc}"
target=1.5

if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -pl benchmarks package' in $(dirname "$here") first" >&2
  exit 1
fi
mkdir -p "$here/target"
"$cc" -O3 -o "$bin" "$src" -lm

# extracts x from "L=<L> ns_per_site=<x> acceptance=<a>", and a
cost() { sed -n 's/.*ns_per_site=\([0-9.eE+-]*\).*/\1/p' | tail -n 1; }
acc() { sed -n 's/.*acceptance=\([0-9.eE+-]*\).*/\1/p' | tail -n 1; }
# the smaller (best) cost
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a + 0 <= b + 0) ? a : b }'; }

echo "java: $("$java_cmd" -version 2>&1 | head -n 1)"
echo "cc:   $("$cc" --version | head -n 1), flags -O3"
echo "cpus: $(nproc --all), ${secs} s per run, best of ${rounds} interleaved rounds (java, c, java, c)"
echo

declare -A wick ref wacc racc
for a in $algorithms; do
  for L in $sizes; do
    w=""; c=""
    for ((r = 1; r <= rounds; r++)); do
      out="$("$java_cmd" ${JAVA_OPTS:-} -cp "$jar" wick.benchmarks.SamplerCost "$a" "$L" "$secs")"
      x="$(cost <<< "$out")"; wacc[$a/$L]="$(acc <<< "$out")"
      echo "  round $r  $a L=$L  wick $x ns (acceptance ${wacc[$a/$L]})" >&2
      w="$(best "$x" "$w")"
      out="$("$bin" "$a" "$L" "$secs")"
      y="$(cost <<< "$out")"; racc[$a/$L]="$(acc <<< "$out")"
      echo "  round $r  $a L=$L  c    $y ns (acceptance ${racc[$a/$L]})" >&2
      c="$(best "$y" "$c")"
    done
    wick[$a/$L]="$w"; ref[$a/$L]="$c"
  done
done

echo
echo "ns per site update (metropolis) / per site per leapfrog step, trajectory overhead included (hmc)"
printf '%-11s %5s %10s %10s %8s %7s %6s %12s\n' "algorithm" "L" "Wick ns" "C ns" "Wick/C" "target" "result" "accept W/C"
status=0
for a in $algorithms; do
  for L in $sizes; do
    line="$(awk -v a="$a" -v L="$L" -v w="${wick[$a/$L]}" -v c="${ref[$a/$L]}" -v t="$target" \
      -v wa="${wacc[$a/$L]}" -v ca="${racc[$a/$L]}" 'BEGIN {
      ratio = w / c; res = (ratio <= t) ? "PASS" : "MISS";
      printf "%-11s %5d %10.2f %10.2f %8.2f %7s %6s %5.3f/%5.3f\n", a, L, w, c, ratio, "<=" t "x", res, wa, ca }')"
    echo "$line"
    [[ "$line" == *MISS* ]] && status=1
  done
done
exit "$status"
