#!/usr/bin/env bash
# Model 1 time evolution h_t = exp(-iHt) h_0 (PHYSICS section 3): Wick's Krylov (Lanczos) exponential
# (Java, wick.benchmarks.FockEvolveBench) against QuTiP's sesolve (Debian's python3-qutip, run with
# /usr/bin/python3), on the same Hamiltonian: P H P of the zero-momentum sector in the mode basis,
# N = 4 sites, a = 1, m^2 = 1, lambda = 6, energy truncation chosen for dimensions ~2,000 and ~15,000.
# Java writes H in CSR form and the start state; Python loads them. Both evolve to time T at the same
# tolerance (Wick: local error per Krylov substep; QuTiP: atol = rtol), single-threaded; each side
# runs one warm-up and the best of ROUNDS. Printed per dimension: both times, QuTiP/Wick, and the
# distance between the two final states. Target: QuTiP/Wick >= 2 (exit status 1 otherwise).
#
# Installs python3-qutip with apt-get when /usr/bin/python3 cannot import qutip.
# Builds nothing: `mvn -B -o -f benchmarks/pom.xml package` first (wick.model.fock from ~/.m2).
# Environment: TRUNCATIONS ("energy:30 energy:52"), TIME (10), TOL (1e-8), KRYLOV (30), ROUNDS (3),
#              JAVA (java), JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
py=/usr/bin/python3
java_cmd="${JAVA:-java}"
truncations="${TRUNCATIONS:-energy:30 energy:52}"
time_t="${TIME:-10}"
tol="${TOL:-1e-8}"
krylov="${KRYLOV:-30}"
rounds="${ROUNDS:-3}"

if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -o -f benchmarks/pom.xml package' in $(dirname "$here") first" >&2
  exit 1
fi
if ! "$py" -c "import qutip" 2>/dev/null; then
  echo "installing python3-qutip (Debian) ..."
  apt-get update && apt-get install -y python3-qutip
fi

export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 QUTIP_NUM_THREADS=1

kv() { awk -v k="$2" '{ for (i = 1; i <= NF; i++) { split($i, p, "="); if (p[1] == k) { print p[2]; exit } } }' <<< "$1"; }

echo "java:  $("$java_cmd" -version 2>&1 | head -n 1)"
echo "qutip: $("$py" -c 'import qutip, scipy, numpy, sys; print("QuTiP", qutip.__version__, "SciPy", scipy.__version__, "NumPy", numpy.__version__, "Python", sys.version.split()[0])')"
echo "cpus:  $(nproc --all), load average $(cut -d' ' -f1-3 /proc/loadavg); T = $time_t, tolerance $tol, Krylov dimension $krylov, best of $rounds"
echo
printf "%-14s %7s %8s %12s %12s %11s %10s %10s\n" truncation dim nnz "wick ms" "qutip ms" "qutip/wick" substeps "|dpsi|"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for tr in $truncations; do
  j="$("$java_cmd" ${JAVA_OPTS:-} -Xmx4g -cp "$jar" wick.benchmarks.FockEvolveBench 4 "$tr" "$time_t" "$tol" "$krylov" "$rounds" "$tmp")"
  q="$("$py" "$here/qutip_evolve.py" "$tmp" "$time_t" "$tol" "$rounds")"
  jm="$(kv "$j" ms)"; qm="$(kv "$q" ms)"
  ratio="$(awk -v a="$qm" -v b="$jm" 'BEGIN { printf "%.2f", a / b }')"
  printf "%-14s %7s %8s %12s %12s %11s %10s %10s\n" "$tr" "$(kv "$j" dim)" "$(kv "$j" nnz)" "$jm" "$qm" "$ratio" "$(kv "$j" substeps)" "$(kv "$q" diff)"
  if awk -v r="$ratio" 'BEGIN { exit !(r < 2) }'; then status=1; fi
done
echo
if [[ $status -eq 0 ]]; then echo "target QuTiP/Wick >= 2: PASS"; else echo "target QuTiP/Wick >= 2: MISSED"; fi
exit $status
