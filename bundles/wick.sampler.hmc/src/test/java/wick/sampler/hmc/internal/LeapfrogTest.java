package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.model.ebm.Phi4Target;

/** The leapfrog of both samplers: reversibility, O(ε²) energy error, and the sign of the force. */
class LeapfrogTest {
    /** 6x6 φ⁴ with λ > 0, unequal spacings (v ≠ 1) and a source. */
    private static Phi4Target phi4() {
        Lattice l = Lattice.parse("6x6", "0.9,1.1");
        return new Phi4Target(l, 0.4, 2.0, Phi4Target.uniformSource(l, 0.1));
    }

    private static double[] randomField(int volume, double sigma, RandomStream r) {
        double[] f = new double[volume];
        for (int n = 0; n < volume; n++) {
            f[n] = sigma * r.nextGaussian();
        }
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void forwardNegateForwardReturnsTheStart(String id) {
        Phi4Target target = phi4();
        Leapfrog lf = Integrators.of(id, target);
        RandomStream r = RandomStream.of(11);
        double[] phi0 = randomField(36, 0.8, r);
        double[] pi0 = new double[36];
        lf.kinetic().draw(r, pi0);
        double[] phi = phi0.clone();
        double[] pi = pi0.clone();
        lf.prepare(phi);
        lf.integrate(phi, pi, 25, 0.04);
        assertTrue(maxAbsDiff(phi, phi0) > 0.1, "the trajectory should move the field");
        negate(pi);
        lf.prepare(phi);
        lf.integrate(phi, pi, 25, 0.04);
        negate(pi);
        double ePhi = maxAbsDiff(phi, phi0) / maxAbs(phi0);
        double ePi = maxAbsDiff(pi, pi0) / maxAbs(pi0);
        System.out.printf("%s reversibility: relative error phi %.2e, pi %.2e%n", id, ePhi, ePi);
        assertTrue(ePhi < Tolerance.REVERSIBILITY, id + ": phi not recovered, relative error " + ePhi);
        assertTrue(ePi < Tolerance.REVERSIBILITY, id + ": pi not recovered, relative error " + ePi);
    }

    /**
     * For a fixed start and trajectory length the leapfrog's energy error is {@code c ε² + O(ε⁴)};
     * the mean of |ΔH| over eight starts, at ε = L/10, L/20, L/40, has log-log slope 2.
     */
    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void energyErrorScalesAsStepSizeSquared(String id) {
        Phi4Target target = phi4();
        Leapfrog lf = Integrators.of(id, target);
        RandomStream r = RandomStream.of(12);
        int starts = 8;
        int[] steps = {10, 20, 40};
        double length = 1.0;
        double[] meanAbs = new double[steps.length];
        for (int s = 0; s < starts; s++) {
            double[] phi0 = randomField(36, 0.6, r);
            double[] pi0 = new double[36];
            lf.kinetic().draw(r, pi0);
            for (int j = 0; j < steps.length; j++) {
                double[] phi = phi0.clone();
                double[] pi = pi0.clone();
                double h0 = lf.prepare(phi) + lf.kinetic().energy(pi);
                double s1 = lf.integrate(phi, pi, steps[j], length / steps[j]);
                meanAbs[j] += Math.abs(s1 + lf.kinetic().energy(pi) - h0) / starts;
            }
        }
        double[] x = new double[steps.length];
        double[] y = new double[steps.length];
        for (int j = 0; j < steps.length; j++) {
            x[j] = Math.log(length / steps[j]);
            y[j] = Math.log(meanAbs[j]);
        }
        double slope = slope(x, y);
        System.out.printf("%s energy error: <|dH|> = %.3e, %.3e, %.3e at eps = 0.1, 0.05, 0.025; log-log slope %.4f%n", id,
                meanAbs[0], meanAbs[1], meanAbs[2], slope);
        assertEquals(2.0, slope, 0.2, id + ": |dH| should scale as eps^2");
    }

    /**
     * One site, {@code S = ½ m² φ²}, kinetic {@code ½ π²/M} (M = 1 for hmc, {@code m_acc²} for fa-hmc):
     * the exact flow is the rotation {@code φ(t) = φ₀ cos ωt + π₀/(Mω) sin ωt}, {@code ω² = m²/M}.
     * The leapfrog follows it up to O(ε²) (error ratio 4 when ε halves); a force of the wrong sign
     * would give cosh/sinh and an O(1) error.
     */
    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void oneSiteGaussianTrajectoryIsARotation(String id) {
        double m2 = 2.0;
        double accelerationMass2 = 0.5;
        double mass = id.equals(HmcSampler.ID) ? 1 : accelerationMass2;
        double omega = Math.sqrt(m2 / mass);
        Phi4Target target = new Phi4Target(Lattice.of(1), m2, 0, null);
        Leapfrog lf = Integrators.of(id, target, accelerationMass2);
        double phi0 = 0.7;
        double pi0 = -0.4;
        double t = 1.3;
        double phiExact = phi0 * Math.cos(omega * t) + pi0 / (mass * omega) * Math.sin(omega * t);
        double piExact = -mass * omega * phi0 * Math.sin(omega * t) + pi0 * Math.cos(omega * t);
        double[] error = new double[2];
        int[] steps = {100, 200};
        for (int j = 0; j < 2; j++) {
            double[] phi = {phi0};
            double[] pi = {pi0};
            lf.prepare(phi);
            lf.integrate(phi, pi, steps[j], t / steps[j]);
            error[j] = Math.hypot(phi[0] - phiExact, (pi[0] - piExact) / (mass * omega));
        }
        double eps = t / steps[0];
        System.out.printf("%s one-site rotation: error %.3e at eps = %.4f, %.3e at eps/2, ratio %.3f%n", id, error[0], eps,
                error[1], error[0] / error[1]);
        assertTrue(error[0] < eps * eps, id + ": error " + error[0] + " is not O(eps^2)");
        assertEquals(4.0, error[0] / error[1], 0.2, id + ": error should drop by 4 when eps halves");
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    private static void negate(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = -a[i];
        }
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
