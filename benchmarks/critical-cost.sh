#!/usr/bin/env bash
# Cost of an effectively independent sample at the critical point of 2-D phi^4 (lambda = 2.4) for
# Wick's metropolis, hmc and cluster samplers (wick.benchmarks.CriticalCost):
#   (a) m2_c from the crossing of the Binder cumulants of L = 16 and L = 32 (cluster sampler; scan
#       m2 = -0.50 ... -0.70, three regula-falsi refinements, straight-line fit of U32 - U16);
#   (b) at L = 32, m2_c: wall-clock time per sweep, tau_int(|M|) (Gamma method) and
#       2 tau_int x time per sweep for each sampler, and the ratio metropolis / cluster.
# Exit status 1 when no crossing is found or the cluster sampler does not win.
#
# Builds nothing: run `mvn -B -pl benchmarks package` (or the whole reactor) in the reactor root
# first. Runs from any directory; single-threaded; about 3 minutes at SCALE=1 on one core.
#
# Environment: SCALE (default 1: multiplies every number of sweeps), M2C (skip (a), use this m2),
#              JAVA (default java), JAVA_OPTS (extra JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
java_cmd="${JAVA:-java}"

if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -pl benchmarks package' in $(dirname "$here") first" >&2
  exit 1
fi

args=(--scale "${SCALE:-1}")
if [[ -n "${M2C:-}" ]]; then
  args+=(--m2c "$M2C")
fi

echo "java: $("$java_cmd" -version 2>&1 | head -n 1)"
echo "cpus: $(nproc --all)"
echo
exec "$java_cmd" ${JAVA_OPTS:-} -cp "$jar" wick.benchmarks.CriticalCost "${args[@]}"
