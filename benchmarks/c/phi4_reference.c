/*
 * Reference C implementation of the two φ⁴ update kernels Wick's samplers spend their time in, for
 * the side-by-side cost comparison with Wick (compare-c.sh, wick.benchmarks.SamplerCost):
 *
 *   metropolis  one sweep of single-site Metropolis, as Wick's `metropolis` sampler
 *               (wick.sampler.local MetropolisMove, the LocalPolynomialTarget path): sites in index
 *               order, one hit per site, proposal y = x + δ(2r − 1), r uniform in [0, 1),
 *               ΔS = (y − x)(c1 + (y + x)(A + B(y² + x²))) with c1 = −Σ_μ β_μ(φ_{n+μ̂} + φ_{n−μ̂}),
 *               accepted when ΔS ≤ 0 || r' < e^{−ΔS} (r' drawn only when ΔS > 0).
 *               Cost: ns per site update = time / (sweeps · V).
 *   hmc         whole HMC trajectories, as Wick's `hmc` sampler with a fixed step size
 *               (wick.sampler.hmc HmcMove + Leapfrog + UnitKinetic): π ~ N(0, I), kick–drift–kick
 *               leapfrog with F_n = Σ_μ β_μ(φ_{n+μ̂} + φ_{n−μ̂}) − 2Aφ_n − 4Bφ_n³, Metropolis test on
 *               ΔH, field restored on rejection. Cost: ns per site per leapfrog step
 *               = time / (trajectories · steps · V), the momentum refresh and the accept/reject
 *               included (as on the Java side).
 *
 * The action is Wick's Phi4Target on an L×L periodic lattice, spacing 1 (v = 1, β_μ = 1):
 *   S = Σ_n [A φ_n² + B φ_n⁴] − Σ_n Σ_μ β_μ φ_n φ_{n+μ̂},  A = Σ_μ 1/a_μ² + m²/2 = 2 + m²/2,  B = λ/24,
 * with m² = −0.5, λ = 2.4 (the values SamplerCost uses).
 *
 * Random numbers: xoshiro256++ seeded through SplitMix64 exactly like wick.api.random.RandomStream
 * (same seed, same stream), uniforms (x >>> 11)·2⁻⁵³. With the same seed the Metropolis chain is the
 * one the Java side runs (up to the last bit of exp), so the printed acceptances agree. Normals: a
 * 128-layer ziggurat (Marsaglia–Tsang, Doornik's ZIGNOR layout) driven by one 64-bit draw in the
 * fast path, as the JDK's ziggurat behind RandomStream.nextGaussian is; not the same sequence.
 *
 * A natural efficient C implementation, not a transliteration of the Java: neighbour table
 * interleaved (4 ints per site), the Metropolis coefficients in registers, and in the leapfrog the
 * force is consumed by the kick in the same pass (no force array); the action is evaluated only
 * where the Metropolis test needs it (in the last kick of a trajectory; the start's action is the
 * previous end's). Like Wick it evaluates the force steps + 1 times per trajectory (the first
 * half-kick recomputes the start's force).
 *
 * Build (portable flags only): gcc -O3 -o phi4_reference phi4_reference.c -lm
 * Usage:  ./phi4_reference metropolis|hmc L seconds
 *         prints "L=<L> ns_per_site=<x> acceptance=<a>" after a 1 s warm-up (thermalisation; hmc
 *         starts from 200 Metropolis sweeps, not timed); acceptance per proposal (metropolis) or
 *         per trajectory (hmc).
 *         ./phi4_reference check
 *         moments of 2·10⁷ normals, and ⟨φ²⟩ on 8×8 from both kernels with block errors (exit
 *         status 1 when they differ by 4 standard errors or more; a few seconds).
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define M2 (-0.5)
#define LAMBDA 2.4
#define DELTA 1.0         /* Metropolis proposal half-width (frozen) */
#define HMC_STEPS 10      /* leapfrog steps per trajectory */
#define HMC_EPSILON 0.1   /* leapfrog step size */
#define PRETHERMALISATION 200 /* Metropolis sweeps before HMC (from the cold start) */
#define SEED 20240601ULL

static const double A = 2.0 + 0.5 * M2;
static const double B = LAMBDA / 24.0;
static const double BETA = 1.0;

/* ---------------------------------------------------------------- xoshiro256++ (as RandomStream) */

static uint64_t s0, s1, s2, s3;

static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void seed_stream(uint64_t key) {
    uint64_t x = key;
    x += 0x9E3779B97F4A7C15ULL; s0 = mix64(x);
    x += 0x9E3779B97F4A7C15ULL; s1 = mix64(x);
    x += 0x9E3779B97F4A7C15ULL; s2 = mix64(x);
    x += 0x9E3779B97F4A7C15ULL; s3 = mix64(x);
    if ((s0 | s1 | s2 | s3) == 0) s0 = 1;
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next_u64(void) {
    uint64_t result = rotl(s0 + s3, 23) + s0;
    uint64_t t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 45);
    return result;
}

/* uniform in [0, 1), 53 bits */
static inline double next_double(void) { return (double) (next_u64() >> 11) * 0x1.0p-53; }

/* ---------------------------------------------------------------- ziggurat normals (128 layers) */

#define ZIG_C 128
#define ZIG_R 3.442619855899
#define ZIG_V 9.91256303526217e-3
static double zig_x[ZIG_C + 1];
static double zig_ratio[ZIG_C];

static void zig_init(void) {
    double f = exp(-0.5 * ZIG_R * ZIG_R);
    zig_x[0] = ZIG_V / f; /* the bottom layer (rectangle + tail) has the same area V */
    zig_x[1] = ZIG_R;
    zig_x[ZIG_C] = 0;
    for (int i = 2; i < ZIG_C; i++) {
        zig_x[i] = sqrt(-2 * log(ZIG_V / zig_x[i - 1] + f));
        f = exp(-0.5 * zig_x[i] * zig_x[i]);
    }
    for (int i = 0; i < ZIG_C; i++) zig_ratio[i] = zig_x[i + 1] / zig_x[i];
}

static double zig_tail(int negative) {
    double x, y;
    do {
        x = log(1.0 - next_double()) / ZIG_R; /* 1 − u in (0, 1] */
        y = log(1.0 - next_double());
    } while (-2 * y < x * x);
    return negative ? x - ZIG_R : ZIG_R - x;
}

static inline double next_gaussian(void) {
    for (;;) {
        uint64_t r = next_u64();
        double u = 2.0 * ((double) (r >> 11) * 0x1.0p-53) - 1.0;
        unsigned i = (unsigned) (r & (ZIG_C - 1)); /* the low bits, unused by u */
        if (fabs(u) < zig_ratio[i]) return u * zig_x[i]; /* inside the layer's rectangle: ~99 % */
        if (i == 0) return zig_tail(u < 0);
        double x = u * zig_x[i];
        double f0 = exp(-0.5 * (zig_x[i] * zig_x[i] - x * x));
        double f1 = exp(-0.5 * (zig_x[i + 1] * zig_x[i + 1] - x * x));
        if (f1 + next_double() * (f0 - f1) < 1.0) return x;
    }
}

/* ---------------------------------------------------------------- lattice */

static int L, V;
static int *nbr; /* nbr[4n..4n+3] = n+x̂, n−x̂, n+ŷ, n−ŷ (row-major, last coordinate fastest) */

static void build_neighbours(void) {
    nbr = malloc(sizeof(int) * 4 * (size_t) V);
    for (int t = 0; t < L; t++) {
        for (int x = 0; x < L; x++) {
            int n = t * L + x;
            nbr[4 * n + 0] = ((t + 1) % L) * L + x;
            nbr[4 * n + 1] = ((t + L - 1) % L) * L + x;
            nbr[4 * n + 2] = t * L + (x + 1) % L;
            nbr[4 * n + 3] = t * L + (x + L - 1) % L;
        }
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

/* ---------------------------------------------------------------- Metropolis */

/* one sweep; returns the number of accepted proposals */
static long metropolis_sweep(double *restrict phi, double delta) {
    long accepted = 0;
    for (int n = 0; n < V; n++) {
        const int *nb = nbr + 4 * n;
        double c1 = -BETA * (phi[nb[0]] + phi[nb[1]] + phi[nb[2]] + phi[nb[3]]);
        double x = phi[n];
        double y = x + delta * (2 * next_double() - 1);
        double ds = (y - x) * (c1 + (y + x) * (A + B * (y * y + x * x)));
        if (ds <= 0 || next_double() < exp(-ds)) {
            phi[n] = y;
            accepted++;
        }
    }
    return accepted;
}

/* ---------------------------------------------------------------- HMC */

static double *start, *pi;
static double action_now; /* S at the current field */

static double action(const double *phi) {
    double s = 0;
    for (int n = 0; n < V; n++) {
        double f = phi[n], f2 = f * f;
        s += A * f2 + B * f2 * f2 - BETA * f * (phi[nbr[4 * n + 0]] + phi[nbr[4 * n + 2]]);
    }
    return s;
}

/* π += h F(φ) */
static void kick(const double *restrict phi, double *restrict p, double h) {
    for (int n = 0; n < V; n++) {
        const int *nb = nbr + 4 * n;
        double f = phi[n];
        double force = BETA * (phi[nb[0]] + phi[nb[1]] + phi[nb[2]] + phi[nb[3]]) - 2 * A * f - 4 * B * f * f * f;
        p[n] += h * force;
    }
}

/* π += h F(φ); returns S(φ) (the end of a trajectory) */
static double kick_and_action(const double *restrict phi, double *restrict p, double h) {
    double s = 0;
    for (int n = 0; n < V; n++) {
        const int *nb = nbr + 4 * n;
        double f = phi[n], f2 = f * f;
        double up = phi[nb[0]] + phi[nb[2]];
        double force = BETA * (up + phi[nb[1]] + phi[nb[3]]) - 2 * A * f - 4 * B * f2 * f;
        p[n] += h * force;
        s += A * f2 + B * f2 * f2 - BETA * f * up;
    }
    return s;
}

static void drift(double *restrict phi, const double *restrict p, double eps) {
    for (int n = 0; n < V; n++) phi[n] += eps * p[n];
}

/* one trajectory; returns 1 when accepted */
static int hmc_trajectory(double *restrict phi, int steps, double eps) {
    memcpy(start, phi, sizeof(double) * (size_t) V);
    double k0 = 0;
    for (int n = 0; n < V; n++) {
        double p = next_gaussian();
        pi[n] = p;
        k0 += p * p;
    }
    double h0 = 0.5 * k0 + action_now;
    kick(phi, pi, 0.5 * eps);
    double s1 = action_now;
    for (int i = 0; i < steps; i++) {
        drift(phi, pi, eps);
        if (i < steps - 1) {
            kick(phi, pi, eps);
        } else {
            s1 = kick_and_action(phi, pi, 0.5 * eps);
        }
    }
    double k1 = 0;
    for (int n = 0; n < V; n++) k1 += pi[n] * pi[n];
    double dh = 0.5 * k1 + s1 - h0;
    double u = next_double();
    if (dh <= 0 || u < exp(-dh)) {
        action_now = s1;
        return 1;
    }
    memcpy(phi, start, sizeof(double) * (size_t) V);
    return 0;
}

/* ---------------------------------------------------------------- self-check */

/* ⟨φ²⟩ over `units` sweeps/trajectories after `thermal` of them, from a cold start; its error
   from 50 block means (blocks much longer than the autocorrelation time on 8×8) */
static double mean_phi2(int hmc, long thermal, long units, double *error, double *acceptance) {
    enum { BLOCKS = 50 };
    double *phi = calloc((size_t) V, sizeof(double));
    action_now = action(phi);
    long accepted = 0, per_block = units / BLOCKS;
    double block[BLOCKS] = {0};
    for (long k = 0; k < thermal + per_block * BLOCKS; k++) {
        long a = hmc ? hmc_trajectory(phi, HMC_STEPS, HMC_EPSILON) : metropolis_sweep(phi, DELTA);
        if (k >= thermal) {
            accepted += a;
            double q = 0;
            for (int n = 0; n < V; n++) q += phi[n] * phi[n];
            block[(k - thermal) / per_block] += q / V / per_block;
        }
    }
    free(phi);
    double m = 0, v = 0;
    for (int b = 0; b < BLOCKS; b++) m += block[b] / BLOCKS;
    for (int b = 0; b < BLOCKS; b++) v += (block[b] - m) * (block[b] - m) / (BLOCKS - 1);
    *error = sqrt(v / BLOCKS);
    long n = per_block * BLOCKS;
    *acceptance = hmc ? (double) accepted / n : (double) accepted / ((double) n * V);
    return m;
}

/* `check`: moments of the normals, and ⟨φ²⟩ on 8×8 from both kernels (they must agree) */
static int check(void) {
    seed_stream(SEED);
    zig_init();
    long n = 20000000;
    double m1 = 0, m2 = 0, m4 = 0;
    for (long i = 0; i < n; i++) {
        double g = next_gaussian();
        m1 += g; m2 += g * g; m4 += g * g * g * g;
    }
    m1 /= n; m2 /= n; m4 /= n;
    printf("normals: mean %.5f (0 ± %.5f), variance %.5f (1 ± %.5f), fourth moment %.4f (3 ± %.4f)\n",
           m1, 1 / sqrt((double) n), m2, sqrt(2.0 / n), m4, sqrt(96.0 / n));
    L = 8;
    V = L * L;
    build_neighbours();
    start = malloc(sizeof(double) * (size_t) V);
    pi = malloc(sizeof(double) * (size_t) V);
    double am, ah, em, eh;
    double pm = mean_phi2(0, 10000, 2000000, &em, &am);
    double ph = mean_phi2(1, 1000, 400000, &eh, &ah);
    double z = (pm - ph) / sqrt(em * em + eh * eh);
    printf("8x8 <phi^2>: metropolis %.4f +- %.4f (acceptance %.3f), hmc %.4f +- %.4f (acceptance %.3f):"
           " %.1f standard errors apart\n", pm, em, am, ph, eh, ah, z);
    return fabs(z) < 4 ? 0 : 1;
}

/* ---------------------------------------------------------------- main */

static volatile double sink;

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "check") == 0) return check();
    if (argc != 4 || (strcmp(argv[1], "metropolis") != 0 && strcmp(argv[1], "hmc") != 0)) {
        fprintf(stderr, "usage: %s metropolis|hmc L seconds\n", argv[0]);
        return 2;
    }
    int hmc = strcmp(argv[1], "hmc") == 0;
    L = atoi(argv[2]);
    double seconds = atof(argv[3]);
    if (L < 3 || !(seconds > 0)) {
        fprintf(stderr, "need L >= 3 and seconds > 0, got L = %s, seconds = %s\n", argv[2], argv[3]);
        return 2;
    }
    V = L * L;
    build_neighbours();
    seed_stream(SEED);
    zig_init();
    double *phi = calloc((size_t) V, sizeof(double));
    start = malloc(sizeof(double) * (size_t) V);
    pi = malloc(sizeof(double) * (size_t) V);
    if (hmc) {
        /* from the cold start a fixed-ε trajectory is far from equilibrium, where ΔH grows like
           ε²V and nearly every trajectory is rejected: thermalise with Metropolis first */
        for (int k = 0; k < PRETHERMALISATION; k++) metropolis_sweep(phi, DELTA);
    }
    action_now = action(phi);

    /* warm-up: thermalisation (and the caches) */
    double warm_end = now() + 1.0;
    while (now() < warm_end) {
        if (hmc) {
            hmc_trajectory(phi, HMC_STEPS, HMC_EPSILON);
        } else {
            metropolis_sweep(phi, DELTA);
        }
    }

    long units = 0;   /* sweeps or trajectories */
    long accepted = 0;
    double t0 = now(), elapsed;
    do {
        accepted += hmc ? hmc_trajectory(phi, HMC_STEPS, HMC_EPSILON) : metropolis_sweep(phi, DELTA);
        units++;
        elapsed = now() - t0;
    } while (elapsed < seconds);
    sink = phi[0];

    double perSite = hmc ? (double) units * HMC_STEPS * V : (double) units * V;
    double acceptance = hmc ? (double) accepted / units : (double) accepted / ((double) units * V);
    printf("L=%d ns_per_site=%.4f acceptance=%.4f\n", L, elapsed * 1e9 / perSite, acceptance);
    return 0;
}
