#!/usr/bin/env bash
# Side-by-side throughput of the exact FFT Gaussian sampler (PHYSICS section 2.1, "faster variant"):
# Wick's wick.lattice.FftGaussianSampler (Java, JTransforms) vs the same algorithm in NumPy
# (numpy_fft_sampler.py), single-threaded, L x L lattice, m^2 = 0.5, 2 samples per call.
#
# Builds nothing: run `mvn -B -DskipTests package` (or `mvn -B -pl benchmarks package`) in the
# reactor root first. Runs from any directory.
#
# Environment: SECONDS_PER_RUN (default 5), ROUNDS (default 2), SIZES (default "64 256 1024"),
#              JAVA (default java), PYTHON (default python3), JAVA_OPTS (extra JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
py="$here/numpy_fft_sampler.py"
java_cmd="${JAVA:-java}"
python_cmd="${PYTHON:-python3}"
secs="${SECONDS_PER_RUN:-5}"
rounds="${ROUNDS:-2}"
sizes="${SIZES:-64 256 1024}"

if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -DskipTests package' in $(dirname "$here") first" >&2
  exit 1
fi
if ! "$python_cmd" -c "import numpy" 2>/dev/null; then
  echo "NumPy is not importable by $python_cmd" >&2
  exit 1
fi

cpus="$(nproc --all)"
# both sides single-threaded (JTransforms is forced to one thread by wick.lattice itself)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

# extracts x from "L=<L> samples_per_second=<x>"
rate() { sed -n 's/.*samples_per_second=\([0-9.eE+-]*\).*/\1/p' | tail -n 1; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a + 0 >= b + 0) ? a : b }'; }

echo "java:  $("$java_cmd" -version 2>&1 | head -n 1)"
echo "numpy: $("$python_cmd" -c 'import numpy, sys; print(numpy.__version__, "on Python", sys.version.split()[0])')"
echo "cpus:  ${cpus}, ${secs} s per run, best of ${rounds} interleaved rounds (java, numpy, java, numpy)"
echo

declare -A wick numpy
for L in $sizes; do
  w=""; n=""
  for ((r = 1; r <= rounds; r++)); do
    x="$("$java_cmd" ${JAVA_OPTS:-} -cp "$jar" wick.benchmarks.SamplerThroughput "$L" "$secs" | rate)"
    echo "  round $r  L=$L  wick  $x samples/s" >&2
    w="$(best "$x" "$w")"
    y="$("$python_cmd" "$py" "$L" "$secs" | rate)"
    echo "  round $r  L=$L  numpy $y samples/s" >&2
    n="$(best "$y" "$n")"
  done
  wick[$L]="$w"; numpy[$L]="$n"
done

echo
printf '%6s %16s %16s %12s %8s %6s\n' "L" "Wick samples/s" "NumPy samples/s" "Wick/NumPy" "target" "result"
status=0
for L in $sizes; do
  if [[ "$L" -ge 1024 ]]; then target=1.0; else target=1.3; fi
  line="$(awk -v L="$L" -v w="${wick[$L]}" -v n="${numpy[$L]}" -v t="$target" 'BEGIN {
    ratio = w / n; res = (ratio >= t) ? "PASS" : "MISS";
    printf "%6d %16.1f %16.1f %12.2f %7s %6s\n", L, w, n, ratio, ">=" t "x", res }')"
  echo "$line"
  [[ "$line" == *MISS ]] && status=1
done
exit "$status"
