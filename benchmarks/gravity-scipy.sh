#!/usr/bin/env bash
# One Gibbs sweep of Model 3 (PHYSICS section 4: decoder phi | sigma by perturbation-optimisation with
# preconditioned CG, then the exact encoder sigma | phi) in Wick (Java,
# wick.model.gravity.internal.GibbsSweepBench) against the SciPy reference scipy_gibbs_sweep.py
# (the same sweep with a sparse LU solve, refactored every sweep because sigma changes), side by
# side in one run, single-threaded; L x L lattice, spacing 1, m^2 = 1, symmetric T, 2x2 blocks.
#
# 1. cross-check: for one sigma (30 Gibbs sweeps at L = 64, kappa^2 = 1) and one perturbation b,
#    written by Java, SciPy's phi = K^-1 b (splu) must agree with Java's CG phi to 1e-8 relative
#    (also K x and kappa^2 Tbar to 1e-12); exit status 1 otherwise;
# 2. for each L and each kappa^2: Java (each solver of SOLVERS), SciPy, again (ROUNDS rounds,
#    SECONDS_PER_RUN each after a warm-up), best of each; prints ms per sweep, the ratios, CG
#    iterations, the encoder rejection rates, and where the time goes on both sides, with the three
#    CG preconditioners (none, FFT = solver cg, Jacobi = cg-jacobi, SSOR = cg-ssor) compared on the
#    same b.
# Targets (issue 6; L = 256, every kappa^2): Java under 50 ms per sweep, and SciPy/Java >= 20 against
# the sparse-LU reference, refactored every sweep. Both SciPy variants are timed: splu with its
# default (COLAMD) ordering, and tuned, splu with the MMD_AT_PLUS_A ordering (about 2.3x faster here);
# each row prints the three results (50 ms / 20x default / 20x tuned). Exit status 1 if, at some
# kappa^2, no solver meets all three.
#
# Builds nothing: `mvn -B -pl benchmarks -am -DskipTests package` first. Installs Debian's python3-scipy
# with apt-get when PYTHON cannot import SciPy.
# Environment: SECONDS_PER_RUN (default 3), ROUNDS (2), SIZES ("64 128 256"), KAPPA2 ("0.1,0.3,1,3"),
#              BLOCK (2x2), SOLVERS ("cg cg-jacobi cg-ssor"), JAVA (java), PYTHON (python3), JAVA_OPTS (extra JVM flags).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
py="$here/scipy_gibbs_sweep.py"
java_cmd="${JAVA:-java}"
python_cmd="${PYTHON:-python3}"
secs="${SECONDS_PER_RUN:-3}"
rounds="${ROUNDS:-2}"
sizes="${SIZES:-64 128 256}"
kappas="${KAPPA2:-0.1,0.3,1,3}"
block="${BLOCK:-2x2}"
solvers="${SOLVERS:-cg cg-jacobi cg-ssor}"
bench=wick.model.gravity.internal.GibbsSweepBench

if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -o -f benchmarks/pom.xml package' in $(dirname "$here") first" >&2
  exit 1
fi
if ! "$python_cmd" -c "import numpy, scipy.sparse.linalg" 2>/dev/null; then
  echo "installing python3-scipy (Debian) ..."
  apt-get update && apt-get install -y python3-scipy python3-numpy
  if ! "$python_cmd" -c "import numpy, scipy.sparse.linalg" 2>/dev/null; then
    echo "NumPy/SciPy are not importable by $python_cmd (after apt-get install python3-scipy)" >&2
    exit 1
  fi
fi

# both sides single-threaded (JTransforms is forced to one thread by GibbsSweepBench / wick.lattice)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

# value of key in a line of key=value pairs
kv() { awk -v k="$2" '{ for (i = 1; i <= NF; i++) { split($i, p, "="); if (p[1] == k) { print p[2]; exit } } }' <<< "$1"; }

echo "java:  $("$java_cmd" -version 2>&1 | head -n 1)"
echo "scipy: $("$python_cmd" -c 'import numpy, scipy, sys; print("SciPy", scipy.__version__, "NumPy", numpy.__version__, "on Python", sys.version.split()[0])')"
echo "cpus:  $(nproc --all), load average $(cut -d' ' -f1-3 /proc/loadavg); ${secs} s per run, best of ${rounds} interleaved rounds"
echo

echo "== cross-check: phi = K[sigma]^-1 b, Java CG vs SciPy splu (L = 64, kappa^2 = 1, same sigma, same b)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$java_cmd" ${JAVA_OPTS:-} -cp "$jar" "$bench" check 64 1 "$tmp"
if ! "$python_cmd" "$py" check "$tmp"; then
  echo "cross-check FAILED" >&2
  exit 1
fi
echo

IFS=',' read -r -a klist <<< "$kappas"
declare -A best

# keep_best SIDE KEY: reads a program's key=value lines (one per kappa^2, in order) and keeps, per
# kappa^2, the line with the smallest ms_per_sweep in best[KEY:i]; echoes each line to stderr
keep_best() {
  local side="$1" key="$2" line old i=0
  while IFS= read -r line; do
    [[ "$line" == L=* ]] || continue
    echo "  round $r $side $line" >&2
    old="${best[$key:$i]:-}"
    if [[ -z "$old" ]] || awk -v a="$(kv "$line" ms_per_sweep)" -v b="$(kv "$old" ms_per_sweep)" 'BEGIN { exit !(a < b) }'; then
      best[$key:$i]="$line"
    fi
    i=$((i + 1))
  done
}

for L in $sizes; do
  for ((r = 1; r <= rounds; r++)); do
    for solver in $solvers; do
      keep_best java "java:$L:$solver" < <("$java_cmd" ${JAVA_OPTS:-} -cp "$jar" "$bench" sweep "$L" "$secs" "$kappas" "$block" "$solver")
    done
    keep_best scipy "scipy:$L" < <("$python_cmd" "$py" sweep "$L" "$secs" "$kappas" "$block")
  done
done

echo
echo "== one Gibbs sweep (decoder + encoder), ms; CG iterations mean [min-max] to relative residual 1e-10"
echo "   (SciPy: splu with the MMD_AT_PLUS_A ordering; dflt: the same sweep with splu's default COLAMD"
echo "    factorisation instead, i.e. SciPy ms - its splu time + one default splu of the same K)"
echo "   targets at L = 256: under 50 ms / at least 20x the default splu / at least 20x the tuned splu"
printf '%5s %7s %10s %9s %9s %8s %10s %7s %14s %16s %18s\n' \
  "L" "kappa2" "solver" "Wick ms" "SciPy ms" "SciPy/W" "dflt ms" "dflt/W" "CG iters" "reject W / SciPy" "targets"
status=0
for L in $sizes; do
  for ((i = 0; i < ${#klist[@]}; i++)); do
    fast=0
    for solver in $solvers; do
      j="${best[java:$L:$solver:$i]}"; p="${best[scipy:$L:$i]}"
      line="$(awk -v L="$L" -v k="${klist[$i]}" -v sv="$solver" -v w="$(kv "$j" ms_per_sweep)" -v s="$(kv "$p" ms_per_sweep)" \
        -v cg="$(kv "$j" cg_mean)" -v lo="$(kv "$j" cg_min)" -v hi="$(kv "$j" cg_max)" \
        -v rj="$(kv "$j" rejection)" -v rp="$(kv "$p" rejection)" \
        -v f="$(kv "$p" t_factor)" -v fd="$(kv "$p" t_factor_default)" 'BEGIN {
          ratio = s / w; d = s - f + fd; res = "";
          if (L == 256) { res = (w < 50 ? "PASS" : "MISS") "/" (d / w >= 20 ? "PASS" : "MISS") "/" (ratio >= 20 ? "PASS" : "MISS") }
          printf "%5d %7s %10s %9.2f %9.1f %8.1f %10.1f %7.1f %6.1f [%d-%d] %7.3f / %.3f %18s\n", L, k, sv, w, s, ratio, d, d / w, cg, lo, hi, rj, rp, res }')"
      echo "$line"
      [[ "$line" == *PASS/PASS/PASS ]] && fast=1
    done
    [[ "$L" == 256 && "$fast" == 0 ]] && status=1
  done
done

echo
echo "== where the time goes, Wick (ms per sweep; instrumented replica of the sweep; us per operator call)"
printf '%5s %7s %10s %7s %7s %6s %7s %7s %7s %8s %8s %8s %8s %8s\n' \
  "L" "kappa2" "solver" "sweep" "K[s]" "bind" "perturb" "CG" "encoder" "K apply" "FFT prec" "b draw" "ms/iter" "alloc MB"
for L in $sizes; do
  for ((i = 0; i < ${#klist[@]}; i++)); do
    for solver in $solvers; do
      j="${best[java:$L:$solver:$i]}"
      awk -v L="$L" -v k="${klist[$i]}" -v sv="$solver" -v w="$(kv "$j" ms_per_sweep)" -v a="$(kv "$j" t_precision)" -v d="$(kv "$j" t_bind)" \
        -v b="$(kv "$j" t_perturb)" -v s="$(kv "$j" t_solve)" -v e="$(kv "$j" t_encoder)" -v ka="$(kv "$j" us_kapply)" \
        -v pr="$(kv "$j" us_precond)" -v ub="$(kv "$j" us_perturb)" -v it="$(kv "$j" cg_mean)" -v al="$(kv "$j" alloc_mb_per_sweep)" 'BEGIN {
          printf "%5d %7s %10s %7.2f %7.2f %6.2f %7.2f %7.2f %7.2f %6.0fus %6.0fus %6.0fus %8.3f %8.2f\n", L, k, sv, w, a, d, b, s, e, ka, pr, ub, s / it, al }'
    done
  done
done
echo "   (K[s]: model.precision(sigma, last K) = the 9-point stencil and per-block factors, written into the"
echo "    arrays of the last sweep's K; bind: the decoder takes the new K (FFT: symbol of K[mean sigma] and"
echo "    diagonal scale; Jacobi: diagonal; SSOR: Jacobi-scaled triangles of the stencil), buffers reused;"
echo "    FFT prec: one preconditioner application (FFT solver only))"

echo
echo "== the four CG preconditioners on the same b (ms per solve, mean iterations), first solver's runs"
first="${solvers%% *}"
printf '%5s %7s %16s %16s %16s %16s\n' "L" "kappa2" "none" "FFT (cg)" "Jacobi" "SSOR"
for L in $sizes; do
  for ((i = 0; i < ${#klist[@]}; i++)); do
    j="${best[java:$L:$first:$i]}"
    awk -v L="$L" -v k="${klist[$i]}" -v a="$(kv "$j" t_none_solve)" -v ai="$(kv "$j" none_cg_mean)" \
      -v b="$(kv "$j" t_fft_solve)" -v bi="$(kv "$j" fft_cg_mean)" -v c="$(kv "$j" t_jacobi_solve)" -v ci="$(kv "$j" jacobi_cg_mean)" \
      -v e="$(kv "$j" t_ssor_solve)" -v ei="$(kv "$j" ssor_cg_mean)" 'BEGIN {
        printf "%5d %7s %9.2f (%4.1f) %9.2f (%4.1f) %9.2f (%4.1f) %9.2f (%4.1f)\n", L, k, a, ai, b, bi, c, ci, e, ei }'
  done
done

echo
echo "== where the time goes, SciPy (ms per sweep)"
printf '%5s %7s %8s %9s %8s %8s %8s %8s %12s %18s\n' \
  "L" "kappa2" "sweep" "assemble" "splu" "perturb" "solve" "encoder" "nnz(L+U)" "splu default (nnz)"
for L in $sizes; do
  for ((i = 0; i < ${#klist[@]}; i++)); do
    p="${best[scipy:$L:$i]}"
    awk -v L="$L" -v k="${klist[$i]}" -v w="$(kv "$p" ms_per_sweep)" -v a="$(kv "$p" t_assemble)" -v f="$(kv "$p" t_factor)" \
      -v b="$(kv "$p" t_perturb)" -v s="$(kv "$p" t_solve)" -v e="$(kv "$p" t_encoder)" -v n="$(kv "$p" nnz_lu)" \
      -v fd="$(kv "$p" t_factor_default)" -v nd="$(kv "$p" nnz_lu_default)" 'BEGIN {
        printf "%5d %7s %8.1f %9.1f %8.1f %8.1f %8.1f %8.1f %12d %9.1f (%d)\n", L, k, w, a, f, b, s, e, n, fd, nd }'
  done
done
echo "   (splu: MMD_AT_PLUS_A ordering, symmetric mode; splu default: COLAMD with partial pivoting, one factorisation)"
exit "$status"
