#!/usr/bin/env python3
"""SciPy reference for one Gibbs sweep of Model 3 (PHYSICS section 4), the comparison of
wick.model.gravity.internal.GibbsSweepBench (gravity-scipy.sh).

D = 2, L0 x L1 torus (site n = i0 * L1 + i1, last direction fastest), spacings a_mu, symmetric
(corner-averaged) stress tensor, sigma constant on b0 x b1 blocks (numbered row-major over the block
grid). One sweep, the same algorithm as Java's GibbsSampler with the perturbation-optimisation
decoder, except that the linear solve is a sparse LU:

  decoder  per-site c = (1 + tr s) I - 2 s, w = 1 + tr s;
           K[s] = v [ sum_mu 1/2 c_mumu ((D+_mu)^T D+_mu + (D-_mu)^T D-_mu)
                      + sum_{mu != nu} (Dc_mu)^T c_munu Dc_nu + m^2 diag(w) ]   (CSC, assembled)
           b = sqrt(v) (sum_mu (Dc_mu)^T (Lhat xi)_mu + sum_mu D_mu^T (1/2 sqrt(c_mumu) xi'_mu)
                        + m sqrt(w) xi_0),  Lhat Lhat^T = c per site, Dc_mu the central and D_mu the
               second difference, xi, xi', xi_0 ~ N(0, 1), 5 normals per site (Cov b = K[s]: the
               corner average of PHYSICS 4 expanded site by site, as Java's TensorPrecision)
           phi = K^{-1} b by scipy.sparse.linalg.splu (SuperLU), refactored every sweep (s changed)
  encoder  T(n) of phi (symmetric: X_mumu = ((D+ phi)^2 + (D- phi)^2)/2, X_01 = Dc_0 phi Dc_1 phi),
           block means Tbar; per block s_{mu nu} ~ N(k2 Tbar, k2 / (v M w_{mu nu})), w = 1 (diagonal),
           2 (off-diagonal); kept if in Omega (c positive definite by Cholesky and 1 + tr s > 0),
           else redrawn by the exact D = 2 factorisation: u = s00 + s11 from N(k2 (T00 + T11), s^2)
           truncated to u > -1, w = (s00 - s11, 2 s01) from the isotropic N(k2 (T00 - T11, 2 T01), s^2 I)
           truncated to the unit disk, s^2 = 2 k2 / (v M), by the same non-stalling rejection
           samplers as wick's TruncatedNormal (Robert's exponential tail proposal, uniform proposals on
           short intervals; for the disk: uniform proposals when wide, else the x-marginal with the
           chord acceptance and, far outside, the Gamma(3/2) distance-to-boundary envelope),
           vectorised over blocks with NumPy.

Written along SciPy's fast path: the CSC sparsity pattern and the map from the 25 stencil
contributions per site to its slots are built once; per sweep the values are one np.bincount. splu
uses the ordering and options that were fastest here for this symmetric positive definite K
(MMD_AT_PLUS_A, diag_pivot_thresh = 0, SymmetricMode; see gravity-scipy.sh / README). Random numbers
come from numpy.random.Generator (PCG64); the Java side uses xoshiro256++, so chains agree in law,
not draw by draw. The cross-check (mode check) therefore takes sigma and b from Java.

Usage:
  python3 scipy_gibbs_sweep.py sweep L seconds kappa2[,kappa2...] [block]
      per kappa2: 3 warm-up sweeps, then sweeps for >= seconds (and >= 3); prints
      "L=.. kappa2=.. sweeps=.. ms_per_sweep=.. rejection=.. t_assemble=.. t_factor=.. t_perturb=..
       t_solve=.. t_encoder=.. nnz_lu=.. t_factor_default=.. nnz_lu_default=.." (times in ms per sweep;
      the last two: one factorisation of the final K with splu's defaults, COLAMD and partial pivoting)
  python3 scipy_gibbs_sweep.py check DIR     -> phi = K^-1 b against Java's (files from
      GibbsSweepBench check); exit status 1 beyond 1e-8 relative
  python3 scipy_gibbs_sweep.py --check       -> self-checks of the reference (exit status 1 on failure)
"""
import math
import os
import sys
import time

import numpy as np
import scipy
import scipy.integrate
import scipy.sparse as sp
import scipy.sparse.linalg as spla
from scipy.special import erf, ive

M2 = 1.0
SPLU_OPTIONS = dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options=dict(SymmetricMode=True))
MAX_TRIES = 10_000


class Lattice2D:
    """Periodic L0 x L1 lattice with spacings a0, a1 and a b0 x b1 block tiling."""

    def __init__(self, L0, L1, a0=1.0, a1=1.0, b0=2, b1=2, m2=M2):
        if L0 % b0 or L1 % b1:
            raise ValueError(f"block {b0}x{b1} does not tile {L0}x{L1}")
        self.shape = (L0, L1)
        self.V = L0 * L1
        self.a = (float(a0), float(a1))
        self.v = self.a[0] * self.a[1]
        self.m2 = float(m2)
        i0, i1 = np.meshgrid(np.arange(L0), np.arange(L1), indexing="ij")
        idx = lambda j0, j1: ((j0 % L0) * L1 + (j1 % L1)).ravel()
        self.n = idx(i0, i1)
        self.up = (idx(i0 + 1, i1), idx(i0, i1 + 1))
        self.down = (idx(i0 - 1, i1), idx(i0, i1 - 1))
        self.block_shape = (b0, b1)
        self.grid = (L0 // b0, L1 // b1)
        self.M = b0 * b1
        self.nb = self.grid[0] * self.grid[1]
        self.block_of = ((i0 // b0) * self.grid[1] + i1 // b1).ravel()
        self._pattern()

    # ---- K[sigma] -------------------------------------------------------------------------------
    def _pattern(self):
        """The 25 contributions per site: (row, col) arrays, a scale and which coefficient
        (0: w, 1: c00, 2: c11, 3: c01); then the CSC pattern and each contribution's slot."""
        n, up, dn = self.n, self.up, self.down
        rows, cols, scale, which = [], [], [], []

        def outer(p, q, f, k):  # f * c_k(n) * (p-row)^T (q-row), p, q: lists of (site array, coeff)
            for i, x in p:
                for j, y in q:
                    rows.append(i)
                    cols.append(j)
                    scale.append(f * x * y)
                    which.append(k)

        rows.append(n)
        cols.append(n)
        scale.append(self.m2)
        which.append(0)
        for mu in range(2):
            inv = 1.0 / self.a[mu]
            plus = [(n, -inv), (up[mu], inv)]
            minus = [(dn[mu], -inv), (n, inv)]
            outer(plus, plus, 0.5, 1 + mu)
            outer(minus, minus, 0.5, 1 + mu)
        central = [[(up[mu], 0.5 / self.a[mu]), (dn[mu], -0.5 / self.a[mu])] for mu in range(2)]
        outer(central[0], central[1], 1.0, 3)
        outer(central[1], central[0], 1.0, 3)
        V = self.V
        r = np.concatenate(rows)
        c = np.concatenate(cols)
        self.term_scale = np.array(scale) * self.v
        self.term_which = np.array(which)
        key = c.astype(np.int64) * V + r
        uniq, slot = np.unique(key, return_inverse=True)
        self.slot = slot.ravel()
        self.nnz = uniq.size
        self.indices = (uniq % V).astype(np.int32)
        self.indptr = np.searchsorted(uniq // V, np.arange(V + 1)).astype(np.int32)

    def site_coefficients(self, sigma):
        """sigma: (nb, 3) as (s00, s01, s11) per block -> per-site (w, c00, c11, c01), shape (4, V)."""
        s = sigma[self.block_of]
        s00, s01, s11 = s[:, 0], s[:, 1], s[:, 2]
        return np.stack((1 + s00 + s11, 1 - s00 + s11, 1 + s00 - s11, -2 * s01))

    def k_sigma(self, coeff):
        """K[sigma] as CSC (sorted indices, no duplicates)."""
        data = (self.term_scale[:, None] * coeff[self.term_which]).ravel()
        values = np.bincount(self.slot, weights=data, minlength=self.nnz)
        return sp.csc_matrix((values, self.indices, self.indptr), shape=(self.V, self.V))

    # ---- perturbation ---------------------------------------------------------------------------
    def perturbation(self, coeff, xi, xi0):
        """b = sqrt(v) (sum_mu (Dc_mu)^T (Lhat xi)_mu + sum_mu D_mu^T (1/2 sqrt(c_mumu) xi'_mu)
        + m sqrt(w) xi_0); xi: (2, 2, V) as (xi, xi'), xi0: (V,). Central difference
        Dc_mu phi = (phi[up] - phi[down]) / (2 a_mu), so (Dc_mu)^T y = (y[down] - y[up]) / (2 a_mu);
        second difference D_mu phi = (phi[up] - 2 phi + phi[down]) / a_mu (symmetric)."""
        w, c00, c11, c01 = coeff
        l00 = np.sqrt(c00)
        l10 = c01 / l00
        l11 = np.sqrt(c11 - l10 * l10)
        out = np.sqrt(self.m2 * w) * xi0
        y = (l00 * xi[0, 0], l10 * xi[0, 0] + l11 * xi[0, 1])
        z = (0.5 * np.sqrt(c00) * xi[1, 0], 0.5 * np.sqrt(c11) * xi[1, 1])
        for mu in range(2):
            up, down = self.up[mu], self.down[mu]
            out += (y[mu][down] - y[mu][up]) / (2 * self.a[mu])
            out += (z[mu][up] - 2 * z[mu] + z[mu][down]) / self.a[mu]
        return math.sqrt(self.v) * out

    # ---- encoder --------------------------------------------------------------------------------
    def block_means_t(self, phi):
        """Tbar per block, (nb, 3) as (T00, T01, T11), symmetric T."""
        gp = [(phi[self.up[mu]] - phi) / self.a[mu] for mu in range(2)]
        gm = [(phi - phi[self.down[mu]]) / self.a[mu] for mu in range(2)]
        x00 = 0.5 * (gp[0] * gp[0] + gm[0] * gm[0])
        x11 = 0.5 * (gp[1] * gp[1] + gm[1] * gm[1])
        x01 = 0.25 * (gp[0] + gm[0]) * (gp[1] + gm[1])
        trace = 0.5 * (x00 + x11 + self.m2 * phi * phi)
        t = np.stack((x00 - trace, x01, x11 - trace))  # (3, V)
        (g0, g1), (b0, b1) = self.grid, self.block_shape
        return t.reshape(3, g0, b0, g1, b1).mean(axis=(2, 4)).reshape(3, self.nb).T

    def encoder(self, phi, kappa2, rng):
        """sigma | phi (nb, 3), and the number of blocks whose first draw fell outside Omega."""
        mean = kappa2 * self.block_means_t(phi)
        base = kappa2 / (self.v * self.M)
        sd = np.sqrt(np.array([base, base / 2, base]))
        sigma = mean + sd * rng.standard_normal(mean.shape)
        bad = np.flatnonzero(~in_omega(sigma))
        if bad.size:
            sigma[bad] = draw_factorised(rng, mean[bad], math.sqrt(2 * base))
        return sigma, bad.size


def in_omega(sigma):
    """Per block: 1 + tr s > 0 and c = (1 + tr s) I - 2 s positive definite (by Cholesky, as in Java)."""
    s00, s01, s11 = sigma[:, 0], sigma[:, 1], sigma[:, 2]
    w = 1 + s00 + s11
    c00 = w - 2 * s00
    c01 = -2 * s01
    c11 = w - 2 * s11
    with np.errstate(divide="ignore", invalid="ignore"):
        return (w > 0) & (c00 > 0) & (c11 - c01 * c01 / c00 > 0)


# ---- exact truncated samplers (wick.model.gravity.internal.TruncatedNormal, vectorised) ---------
def _open(rng, k):
    """Uniform in (0, 1)."""
    u = rng.random(k)
    while True:
        z = np.flatnonzero(u == 0.0)
        if z.size == 0:
            return u
        u[z] = rng.random(z.size)


def _above(rng, a, b):
    """0 <= a < b (b may be inf): the offset e = z - a in (0, b - a) of N(0, 1) truncated to (a, b)."""
    a = np.asarray(a, float)
    b = np.broadcast_to(np.asarray(b, float), a.shape)
    span = b - a
    out = np.empty(a.shape)
    pending = np.arange(a.size)
    with np.errstate(over="ignore", invalid="ignore"):
        uniform = span * (2 * a + span) < 2
        beta = 2 / (a + np.hypot(a, 2))
        alpha = a + beta
        while pending.size:
            sp_, al, be, un, aa = span[pending], alpha[pending], beta[pending], uniform[pending], a[pending]
            u = _open(rng, pending.size)
            e_uni = sp_ * u
            e_exp = np.where(np.isinf(sp_), -np.log(u) / al, -np.log1p(-u * -np.expm1(-al * sp_)) / al)
            e = np.where(un, e_uni, e_exp)
            accept = np.where(un, np.exp(-0.5 * e * (2 * aa + e)), np.exp(-0.5 * (e - be) ** 2))
            ok = (e > 0) & (e < sp_) & (rng.random(pending.size) < accept)
            out[pending[ok]] = e[ok]
            pending = pending[~ok]
    return out


def _standard_straddling(rng, a, b):
    """a < 0 < b: N(0, 1) truncated to (a, b): uniform proposals if b - a < 2, else plain normals."""
    out = np.empty(a.shape)
    pending = np.arange(a.size)
    while pending.size:
        aa, bb = a[pending], b[pending]
        short = bb - aa < 2
        z = np.where(short, aa + (bb - aa) * _open(rng, pending.size), rng.standard_normal(pending.size))
        accept = np.where(short, np.exp(-0.5 * z * z), 1.0)
        ok = (z > aa) & (z < bb) & (rng.random(pending.size) < accept)
        out[pending[ok]] = z[ok]
        pending = pending[~ok]
    return out


def truncated_normal(rng, mean, s, lo, hi):
    """N(mean, s^2) truncated to (lo, hi) elementwise, strictly inside; hi may be inf."""
    mean = np.asarray(mean, float)
    lo = np.broadcast_to(np.asarray(lo, float), mean.shape)
    hi = np.broadcast_to(np.asarray(hi, float), mean.shape)
    with np.errstate(invalid="ignore"):
        a = (lo - mean) / s
        b = (hi - mean) / s
    if not np.all(a < b):
        raise ValueError("empty or undefined truncation interval")
    out = np.empty(mean.shape)
    pending = np.arange(mean.size)
    for _ in range(MAX_TRIES):
        if pending.size == 0:
            return out
        aa, bb, m, l, h = a[pending], b[pending], mean[pending], lo[pending], hi[pending]
        x = np.empty(pending.size)
        up_, down_ = aa >= 0, bb <= 0
        mid = ~(up_ | down_)
        if up_.any():
            x[up_] = l[up_] + s * _above(rng, aa[up_], bb[up_])
        if down_.any():
            x[down_] = h[down_] - s * _above(rng, -bb[down_], -aa[down_])
        if mid.any():
            x[mid] = m[mid] + s * _standard_straddling(rng, aa[mid], bb[mid])
        ok = (x > l) & (x < h)
        out[pending[ok]] = x[ok]
        pending = pending[~ok]
    raise RuntimeError("truncated normal below floating-point resolution next to the bound")


def _two_phi_minus_one(z):
    return erf(z / math.sqrt(2))


def disk(rng, m0, m1, s):
    """Isotropic N((m0, m1), s^2 I) truncated to the open unit disk, elementwise; returns (w0, w1)."""
    m0 = np.asarray(m0, float)
    m1 = np.asarray(m1, float)
    k = m0.size
    w0 = np.empty(k)
    w1 = np.empty(k)
    r0 = np.hypot(m0, m1)
    wide = (s >= 1) & (r0 <= s * s)
    pending = np.flatnonzero(wide)
    d = np.maximum(0, r0 - 1)
    while pending.size:  # uniform proposals on the disk, density-ratio acceptance (>= e^-2)
        x = 2 * rng.random(pending.size) - 1
        y = 2 * rng.random(pending.size) - 1
        inside = x * x + y * y < 1
        dx, dy, dd = x - m0[pending], y - m1[pending], d[pending]
        accept = np.exp(-((dx * dx + dy * dy) - dd * dd) / (2 * s * s))
        ok = inside & (rng.random(pending.size) < accept)
        w0[pending[ok]] = x[ok]
        w1[pending[ok]] = y[ok]
        pending = pending[~ok]
    pending = np.flatnonzero(~wide)
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.where(r0 > 0, m0 / r0, 1.0)
        sn = np.where(r0 > 0, m1 / r0, 0.0)
    outside = r0 - 1
    far = (outside >= 3) & (outside >= s)
    lam = outside / (s * s)
    for _ in range(MAX_TRIES):
        if pending.size == 0:
            return w0, w1
        f = far[pending]
        x = np.empty(pending.size)
        h = np.empty(pending.size)
        ok = np.zeros(pending.size, bool)
        if f.any():  # distance to the boundary from the Gamma(3/2, (r0 - 1)/s^2) envelope
            nf = int(f.sum())
            delta = (-np.log(_open(rng, nf)) + 0.5 * rng.standard_normal(nf) ** 2) / lam[pending[f]]
            valid = (delta > 0) & (delta < 2)
            with np.errstate(invalid="ignore"):
                hf = np.sqrt(delta * (2 - delta))
                bound = (2 / s) * np.sqrt(delta / math.pi)
                accept = np.exp(-delta * delta / (2 * s * s)) * _two_phi_minus_one(hf / s) / bound
            okf = valid & (hf > 0) & (rng.random(nf) < accept)
            x[f] = 1 - delta
            h[f] = hf
            ok[f] = okf
        nf_ = ~f
        if nf_.any():  # x-marginal: x from N(r0, s^2) on (-1, 1), accepted with its chord's mass
            xn = truncated_normal(rng, r0[pending[nf_]], s, -1.0, 1.0)
            hn = np.sqrt(np.maximum(0, 1 - xn * xn))
            okn = (hn > 0) & (rng.random(xn.size) < _two_phi_minus_one(hn / s))
            x[nf_] = xn
            h[nf_] = hn
            ok[nf_] = okn
        idx = pending[ok]
        if idx.size:
            y = truncated_normal(rng, np.zeros(idx.size), s, -h[ok], h[ok])
            a0 = c[idx] * x[ok] - sn[idx] * y
            a1 = sn[idx] * x[ok] + c[idx] * y
            inside = a0 * a0 + a1 * a1 < 1
            w0[idx[inside]] = a0[inside]
            w1[idx[inside]] = a1[inside]
            done = np.zeros(pending.size, bool)
            done[np.flatnonzero(ok)[inside]] = True
            pending = pending[~done]
    raise RuntimeError("disk draw below floating-point resolution next to the boundary")


def draw_factorised(rng, mean, s):
    """Blocks (rows of mean = (m00, m01, m11)) drawn from the factorised truncated conditional."""
    out = np.empty(mean.shape)
    pending = np.arange(mean.shape[0])
    for _ in range(MAX_TRIES):
        if pending.size == 0:
            return out
        m = mean[pending]
        u = truncated_normal(rng, m[:, 0] + m[:, 2], s, -1.0, np.inf)
        p0, p1 = disk(rng, m[:, 0] - m[:, 2], 2 * m[:, 1], s)
        blk = np.stack((0.5 * (u + p0), 0.5 * p1, 0.5 * (u - p0)), axis=1)
        ok = in_omega(blk)  # only rounding at the boundary can fail
        out[pending[ok]] = blk[ok]
        pending = pending[~ok]
    raise RuntimeError("the draw kept rounding onto the boundary of Omega")


# ---- one sweep ----------------------------------------------------------------------------------
class Gibbs:
    def __init__(self, lat, kappa2, rng):
        self.lat, self.kappa2, self.rng = lat, kappa2, rng
        self.sigma = np.zeros((lat.nb, 3))
        self.phi = np.zeros(lat.V)
        self.times = np.zeros(5)  # assemble, factor, perturb, solve, encoder (s, accumulated)
        self.rejected = 0
        self.nnz_lu = 0

    def sweep(self):
        lat, rng, tm = self.lat, self.rng, self.times
        t0 = time.perf_counter()
        coeff = lat.site_coefficients(self.sigma)
        k = lat.k_sigma(coeff)
        t1 = time.perf_counter()
        lu = spla.splu(k, **SPLU_OPTIONS)
        t2 = time.perf_counter()
        b = lat.perturbation(coeff, rng.standard_normal((2, 2, lat.V)), rng.standard_normal(lat.V))
        t3 = time.perf_counter()
        self.phi = lu.solve(b)
        t4 = time.perf_counter()
        self.sigma, bad = lat.encoder(self.phi, self.kappa2, rng)
        t5 = time.perf_counter()
        tm += (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)
        self.rejected += bad
        self.nnz_lu = lu.L.nnz + lu.U.nnz


def sweep_benchmark(L, seconds, kappa2, block="2x2"):
    b0, b1 = (int(x) for x in block.split("x"))
    lat = Lattice2D(L, L, b0=b0, b1=b1)
    g = Gibbs(lat, kappa2, np.random.default_rng(20240601))
    for _ in range(3):
        g.sweep()
    g.times[:] = 0
    g.rejected = 0
    start = time.perf_counter()
    sweeps = 0
    while True:
        g.sweep()
        sweeps += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and sweeps >= 3:
            break
    t = 1e3 * g.times / sweeps
    # for comparison: one factorisation of the last K with splu's defaults (COLAMD, partial pivoting)
    k = lat.k_sigma(lat.site_coefficients(g.sigma))
    t0 = time.perf_counter()
    lu = spla.splu(k)
    t_default = 1e3 * (time.perf_counter() - t0)
    print(f"L={L} kappa2={kappa2} block={block} sweeps={sweeps} ms_per_sweep={1e3 * elapsed / sweeps:.3f} "
          f"rejection={g.rejected / (sweeps * lat.nb):.5f} t_assemble={t[0]:.3f} t_factor={t[1]:.3f} "
          f"t_perturb={t[2]:.3f} t_solve={t[3]:.3f} t_encoder={t[4]:.3f} nnz_lu={g.nnz_lu} "
          f"t_factor_default={t_default:.3f} nnz_lu_default={lu.L.nnz + lu.U.nnz}", flush=True)


# ---- cross-check against Java -------------------------------------------------------------------
def cross_check(d):
    meta = dict(line.strip().split("=", 1) for line in open(os.path.join(d, "meta.txt")) if "=" in line)
    L = int(meta["L"])
    kappa2 = float(meta["kappa2"])
    b0, b1 = (int(x) for x in meta["block"].split("x"))
    lat = Lattice2D(L, L, b0=b0, b1=b1, m2=float(meta["m2"]))
    load = lambda name: np.loadtxt(os.path.join(d, name))
    sigma = load("sigma.txt").reshape(lat.nb, 3)
    b, phi_java, x, kx_java, tbar_java = (load(f) for f in ("b.txt", "phi.txt", "x.txt", "kx.txt", "kappa2_tbar.txt"))
    k = lat.k_sigma(lat.site_coefficients(sigma))
    phi = spla.splu(k, **SPLU_OPTIONS).solve(b)
    rel = lambda u, ref: np.linalg.norm(u - ref) / np.linalg.norm(ref)
    checks = [
        ("K[sigma] x (Python CSC vs Java apply)", rel(k @ x, kx_java), 1e-12),
        ("phi = K^-1 b (splu vs Java CG)", rel(phi, phi_java), 1e-8),
        ("|b - K phi_java| / |b|", rel(k @ phi_java, b), 1e-10),
        ("kappa2 Tbar(phi_java) per block", rel(kappa2 * lat.block_means_t(phi_java).ravel(), tbar_java), 1e-12),
    ]
    ok = True
    print(f"scipy: L={L} kappa2={kappa2}, sigma in Omega on all {lat.nb} blocks: {bool(in_omega(sigma).all())}, "
          f"sigma range [{sigma.min():.3f}, {sigma.max():.3f}]")
    for name, value, tol in checks:
        res = "PASS" if value <= tol else "FAIL"
        ok &= value <= tol
        print(f"  {name:42s} relative difference {value:.3e}  (<= {tol:g})  {res}")
    return ok


# ---- self-checks --------------------------------------------------------------------------------
def random_sigma(rng, nb, scale=0.3):
    s = np.empty((nb, 3))
    for i in range(nb):
        while True:
            s[i] = scale * rng.standard_normal(3)
            if in_omega(s[i:i + 1])[0]:
                break
    return s


def dense_k(lat, sigma):
    """K[sigma] from its factorised definition v (2^-D sum_s A_s^T C A_s + m^2 diag w), dense."""
    V = lat.V
    eye = np.eye(V)
    dplus = [(eye[lat.up[mu]] - eye) / lat.a[mu] for mu in range(2)]
    dminus = [(eye - eye[lat.down[mu]]) / lat.a[mu] for mu in range(2)]
    w, c00, c11, c01 = lat.site_coefficients(sigma)
    k = np.diag(lat.m2 * w)
    for s in range(4):
        a = [dminus[mu] if (s >> mu) & 1 else dplus[mu] for mu in range(2)]
        k += 0.25 * (a[0].T @ (c00[:, None] * a[0]) + a[1].T @ (c11[:, None] * a[1])
                     + a[0].T @ (c01[:, None] * a[1]) + a[1].T @ (c01[:, None] * a[0]))
    return lat.v * k


def self_check(seed=12345):
    rng = np.random.default_rng(seed)
    ok = True

    def report(name, value, tol):
        nonlocal ok
        res = value <= tol
        ok &= res
        print(f"  {name:60s} {value:.3e}  (<= {tol:g})  {'PASS' if res else 'FAIL'}")

    def report_z(name, est, se, exact):
        nonlocal ok
        z = abs(est - exact) / se
        ok &= z <= 4
        print(f"  {name:60s} {est:+.5f} +- {se:.5f} vs exact {exact:+.5f}  ({z:.1f} se)  {'PASS' if z <= 4 else 'FAIL'}")

    print("exact identities (4x6 lattice, spacings 0.7 x 1.3, m2 = 0.8, 2x3 blocks, random sigma in Omega):")
    lat = Lattice2D(4, 6, a0=0.7, a1=1.3, b0=2, b1=3, m2=0.8)
    sigma = random_sigma(rng, lat.nb)
    coeff = lat.site_coefficients(sigma)
    kd = dense_k(lat, sigma)
    ks = lat.k_sigma(coeff).toarray()
    report("assembled CSC K vs the factorised definition (max rel.)", np.abs(ks - kd).max() / np.abs(kd).max(), 1e-13)
    # b = G (xi, xi0) is linear: columns of G from unit inputs; Cov b = G G^T must be K
    n = 2 * 2 * lat.V + lat.V
    g = np.empty((lat.V, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = 1
        g[:, j] = lat.perturbation(coeff, e[:4 * lat.V].reshape(2, 2, lat.V), e[4 * lat.V:])
    report("perturbation covariance G G^T vs K (max rel.)", np.abs(g @ g.T - kd).max() / np.abs(kd).max(), 1e-13)
    lat16 = Lattice2D(16, 16)
    k16 = lat16.k_sigma(lat16.site_coefficients(random_sigma(rng, lat16.nb)))
    bb = rng.standard_normal(lat16.V)
    x = spla.splu(k16, **SPLU_OPTIONS).solve(bb)
    report("splu solve, 16x16: |b - K x| / |b|", np.linalg.norm(bb - k16 @ x) / np.linalg.norm(bb), 1e-12)
    # block means of the symmetric T against the corner average of the definition, random phi
    phi = rng.standard_normal(lat.V)
    t = lat.block_means_t(phi)
    gp = [(phi[lat.up[mu]] - phi) / lat.a[mu] for mu in range(2)]
    gm = [(phi - phi[lat.down[mu]]) / lat.a[mu] for mu in range(2)]
    corners = np.zeros((3, lat.V))
    for s in range(4):
        g_ = [gm[mu] if (s >> mu) & 1 else gp[mu] for mu in range(2)]
        corners += 0.25 * np.stack((g_[0] ** 2, g_[0] * g_[1], g_[1] ** 2))
    tr = 0.5 * (corners[0] + corners[2] + lat.m2 * phi ** 2)
    tsite = np.stack((corners[0] - tr, corners[1], corners[2] - tr))
    tref = np.array([tsite[:, lat.block_of == bl].mean(axis=1) for bl in range(lat.nb)])
    report("block-mean T vs the corner average of its definition (max abs.)", np.abs(t - tref).max(), 1e-13)

    print("truncated samplers against exact moments (200000 draws each, 4 standard errors):")
    draws = 200_000
    from scipy.stats import truncnorm
    for mean, s in ((0.3, 0.5), (-1.4, 0.3), (-9.0, 0.5), (-1.0 + 1e-3, 2.0)):
        u = truncated_normal(rng, np.full(draws, mean), s, -1.0, np.inf)
        exact = truncnorm.mean((-1 - mean) / s, np.inf, loc=mean, scale=s)
        ok &= bool(np.all(u > -1))
        report_z(f"E u, N({mean:g}, {s:g}^2) on (-1, inf)", u.mean(), u.std() / math.sqrt(draws), exact)
    for lo, hi in ((-0.4, 0.9), (0.5, 1.2), (-3.0, -0.5), (2.0, 2.3)):  # straddling, short, mirrored, short tail
        u = truncated_normal(rng, np.zeros(draws), 0.7, lo, hi)
        ok &= bool(np.all((u > lo) & (u < hi)))
        report_z(f"E u, N(0, 0.7^2) on ({lo:g}, {hi:g})", u.mean(), u.std() / math.sqrt(draws),
                 truncnorm.mean(lo / 0.7, hi / 0.7, scale=0.7))
    for m, s in ((0.5, 1.5), (0.4, 0.3), (1.5, 0.3), (6.0, 0.5), (40.0, 0.2)):
        p0, p1 = disk(rng, np.full(draws, m), np.zeros(draws), s)
        ok &= bool(np.all(p0 * p0 + p1 * p1 < 1))
        # polar: the angular integrals are 2 pi I_0, 2 pi I_1 of r m / s^2; scaled Bessel functions and the
        # factor exp(((m - 1)_+)^2 / 2 s^2) keep the radial integrands finite however far out m lies
        gauss = lambda r: np.exp(-((r - m) ** 2 - max(m - 1, 0) ** 2) / (2 * s * s))
        num = scipy.integrate.quad(lambda r: r * r * ive(1, r * m / s ** 2) * gauss(r), 0, 1, epsabs=0, epsrel=1e-12, limit=200)[0]
        den = scipy.integrate.quad(lambda r: r * ive(0, r * m / s ** 2) * gauss(r), 0, 1, epsabs=0, epsrel=1e-12, limit=200)[0]
        report_z(f"E w0, N(({m:g}, 0), {s:g}^2 I) on the unit disk", p0.mean(), p0.std() / math.sqrt(draws), num / den)
        report_z(f"E w1, same", p1.mean(), p1.std() / math.sqrt(draws), 0.0)
    return ok


def main(argv):
    if argv == ["--check"]:
        sys.exit(0 if self_check() else 1)
    if len(argv) == 2 and argv[0] == "check":
        sys.exit(0 if cross_check(argv[1]) else 1)
    if len(argv) in (4, 5) and argv[0] == "sweep":
        for k2 in argv[3].split(","):
            sweep_benchmark(int(argv[1]), float(argv[2]), float(k2), argv[4] if len(argv) == 5 else "2x2")
        return
    print(__doc__.split("Usage:")[1], file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
