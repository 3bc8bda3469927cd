#!/usr/bin/env bash
# Cross-model check of issue 7 (docs/cross-checks.md): the gap of Model 1 (fock.spectrum, N = 4 sites,
# a = 1, m^2 = 1, lambda = 6, converged in the energy truncation) against the correlator mass of Model 2
# (phi4 on N_t x 4 lattices with spacing a_t,1 at fixed T = N_t a_t, correlator.fit), extrapolated
# linearly in a_t^2 to a_t -> 0 by a weighted least-squares fit.
#
# Runs ./wick from the repository root (builds on first use). Environment: TRUNCATIONS (energy cutoffs
# for the convergence table), LATTICES ("N_t:a_t ..." at T = 12), SAMPLES (160000), THERMALIZATION (2000),
# SEED (11), SAMPLER (the chain task's default when empty). Prints both sides, the extrapolation with
# its error, chi^2 of the line, and the difference in standard errors; exit status 1 beyond 3 of them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
truncations="${TRUNCATIONS:-energy:10 energy:12 energy:14 energy:16 energy:18 energy:22}"
lattices="${LATTICES:-24:0.5 34:0.35294117647058826 48:0.25 64:0.1875}"
samples="${SAMPLES:-160000}"
therm="${THERMALIZATION:-2000}"
seed="${SEED:-11}"
sampler="${SAMPLER:-}"
json() { python3 -c 'import json,sys; r=json.load(sys.stdin)["results"]; k=sys.argv[1]; v=r[k]; print(v["value"], v.get("error", 0) or 0)' "$1"; }

echo "== Model 1: fock.spectrum sites=4 spacing=1 m2=1 lambda=6 (mode basis, zero-momentum sector)"
printf '%-12s %10s %16s %16s\n' truncation dimension E0 gap
gap=""
for t in $truncations; do
  out="$(./wick run fock.spectrum --set sites=4 --set spacing=1 --set m2=1 --set lambda=6 --set truncation="$t" --set levels=4 --json 2>/dev/null)"
  g="$(json gap <<< "$out" | cut -d' ' -f1)"
  printf '%-12s %10.0f %16.10f %16.10f\n' "$t" "$(json dimension <<< "$out" | cut -d' ' -f1)" "$(json groundEnergy <<< "$out" | cut -d' ' -f1)" "$g"
  gap="$g"
done
echo
echo "== Model 2: correlator.fit model=phi4 lattice=N_tx4 spacing=a_t,1 m2=1 lambda=6 samples=$samples seed=$seed"
printf '%6s %12s %12s %10s %8s %8s\n' N_t a_t E error chi2dof pValue
points=""
for l in $lattices; do
  nt="${l%%:*}"; at="${l##*:}"
  args=(--set run=none --set model=phi4 --set lattice="${nt}x4" --set spacing="$at,1" --set m2=1 --set lambda=6
        --set samples="$samples" --set thermalization="$therm" --seed "$seed")
  [[ -n "$sampler" ]] && args+=(--set sampler="$sampler")
  out="$(./wick run correlator.fit "${args[@]}" --json 2>/dev/null)"
  read -r e de <<< "$(json energy <<< "$out")"
  printf '%6s %12.6f %12.6f %10.6f %8.3f %8.3f\n' "$nt" "$at" "$e" "$de" "$(json chi2dof <<< "$out" | cut -d' ' -f1)" "$(json pValue <<< "$out" | cut -d' ' -f1)"
  points="$points $at:$e:$de"
done
echo
python3 - "$gap" $points <<'PY'
import sys, math
gap = float(sys.argv[1])
pts = [tuple(map(float, p.split(":"))) for p in sys.argv[2:]]
# weighted least squares E(a_t) = E0 + c a_t^2
S = Sx = Sxx = Sy = Sxy = 0.0
for a, e, de in pts:
    w, x = 1 / de**2, a * a
    S += w; Sx += w * x; Sxx += w * x * x; Sy += w * e; Sxy += w * x * e
d = S * Sxx - Sx * Sx
e0 = (Sxx * Sy - Sx * Sxy) / d
c = (S * Sxy - Sx * Sy) / d
err = math.sqrt(Sxx / d)
chi2 = sum(((e - e0 - c * a * a) / de) ** 2 for a, e, de in pts)
z = (gap - e0) / err
print(f"a_t -> 0: E = {e0:.5f} +- {err:.5f} (slope in a_t^2 {c:.4f}, chi2 {chi2:.2f} / {len(pts) - 2})")
print(f"Model 1 gap {gap:.6f}: difference {gap - e0:+.5f} = {z:+.2f} standard errors")
sys.exit(0 if abs(z) <= 3 else 1)
PY
