package wick.sampler.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.lattice.FreeField;
import wick.lattice.ZeroMomentumCorrelator;
import wick.model.ebm.Phi4Target;
import wick.stats.GammaEstimate;
import wick.stats.GammaMethod;

/**
 * The contract every sampler of φ⁴-type targets must pass; a sampler module's test extends it and
 * supplies {@link #sampler()}. Checks, with fixed seeds and tolerances of {@link #Z} standard errors
 * from the Γ-method (so τ_int is accounted for):
 * <ol>
 * <li>λ = 0 on an anisotropic 6×4 lattice: {@code ⟨φ²⟩} and every {@code C(τ)} equal the exact free field;</li>
 * <li>λ > 0 on 2- and 3-site lattices, symmetric and broken phase: {@code ⟨φ²⟩}, {@code ⟨M²⟩},
 * {@code ⟨M⁴⟩}, χ and the Binder cumulant equal their values by quadrature ({@link SmallLatticeMoments});</li>
 * <li>a move restored from {@link Move#saveState()} continues bit-identically;</li>
 * <li>a target without the needed capabilities is refused with a message naming the sampler.</li>
 * </ol>
 */
public abstract class SamplerContract {
    /** Tolerance in standard errors. */
    public static final double Z = 4;

    /** The sampler under test. */
    protected abstract Sampler sampler();

    /** The sampler's parameters (defaults: none). */
    protected Parameters parameters() {
        return Parameters.empty();
    }

    /** Sweeps between measurements (raise it for samplers with long autocorrelations). */
    protected int interval() {
        return 1;
    }

    /** Number of measurements per check. */
    protected int measurements() {
        return 20_000;
    }

    /** Thermalisation sweeps; the move's {@link Move#endThermalization()} is called after them. */
    protected int thermalization() {
        return 500;
    }

    @Test
    void freeFieldPhi2AndCorrelatorAreExact() {
        Lattice lattice = Lattice.parse("6x4", "0.8,1.2");
        Phi4Target target = new Phi4Target(lattice, 0.7, 0, null);
        FreeField exact = new FreeField(lattice, 0.7);
        int nt = lattice.extent(0);
        double[][] series = new double[1 + nt][measurements()];
        ZeroMomentumCorrelator correlator = new ZeroMomentumCorrelator(lattice);
        double[] c = new double[nt];
        chain(target, 1, (field, i) -> {
            series[0][i] = mean(field, true);
            correlator.measure(field, c);
            for (int t = 0; t < nt; t++) {
                series[1 + t][i] = c[t];
            }
        });
        check("<phi^2>", series[0], exact.phi2());
        double[] cExact = exact.correlator();
        for (int t = 0; t < nt; t++) {
            check("C(" + t + ")", series[1 + t], cExact[t]);
        }
    }

    @Test
    void symmetricPhaseMomentsOnThreeSitesAreExact() {
        smallLattice(new Phi4Target(Lattice.parse("3", "0.9"), 0.5, 3.0, null), 181);
    }

    @Test
    void brokenPhaseMomentsOnTwoSitesAreExact() {
        smallLattice(new Phi4Target(Lattice.of(2), -1.0, 2.4, null), 801);
    }

    @Test
    void sourceShiftsTheMeanAsQuadratureSays() {
        Lattice l = Lattice.of(3);
        Phi4Target target = new Phi4Target(l, 0.8, 1.2, Phi4Target.uniformSource(l, 0.3));
        if (!sampler().accepts(target)) {
            return; // samplers that need a reflection-symmetric target (cluster moves) do not take a source
        }
        smallLattice(target, 181);
    }

    private void smallLattice(Phi4Target target, int points) {
        assertTrue(sampler().accepts(target), sampler().id() + " should accept " + target.describe());
        SmallLatticeMoments exact = SmallLatticeMoments.of(target, points);
        int n = measurements();
        double[][] s = new double[4][n];
        chain(target, 2, (field, i) -> {
            double m = mean(field, false);
            s[0][i] = mean(field, true);
            s[1][i] = m * m;
            s[2][i] = Math.abs(m);
            s[3][i] = m * m * m * m;
        });
        int v = target.lattice().volume();
        check("<phi^2>", s[0], exact.phi2());
        check("<M^2>", s[1], exact.m2());
        check("<|M|>", s[2], exact.absM());
        check("<M^4>", s[3], exact.m4());
        checkDerived("chi", new double[][] {s[1], s[2]}, x -> v * (x[0] - x[1] * x[1]), exact.susceptibility(v));
        checkDerived("Binder", new double[][] {s[1], s[3]}, x -> 1 - x[1] / (3 * x[0] * x[0]), exact.binder());
    }

    @Test
    void restoredMoveContinuesBitIdentically() {
        Phi4Target target = new Phi4Target(Lattice.of(4, 3), 0.3, 1.5, null);
        Move move = sampler().bind(target, parameters());
        RandomStream random = RandomStream.of(77);
        double[] field = new double[target.lattice().volume()];
        for (int i = 0; i < 37; i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        for (int i = 0; i < 5; i++) {
            move.sweep(field, random);
        }
        Move copy = sampler().bind(target, parameters());
        copy.restoreState(move.saveState());
        RandomStream copyRandom = RandomStream.fromState(random.state());
        double[] copyField = field.clone();
        for (int i = 0; i < 20; i++) {
            move.sweep(field, random);
            copy.sweep(copyField, copyRandom);
            assertArrayEquals(field, copyField, "sweep " + i + " after restore");
        }
    }

    @Test
    void targetWithoutTheCapabilitiesIsRefused() {
        Target bare = new Target() {
            @Override
            public Lattice lattice() {
                return Lattice.of(2);
            }

            @Override
            public String describe() {
                return "a target with no capabilities";
            }
        };
        assertFalse(sampler().accepts(bare));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sampler().bind(bare, parameters()));
        assertTrue(e.getMessage().contains(sampler().id()), e.getMessage());
    }

    /** Receives each measured configuration. */
    protected interface Measure {
        void accept(double[] field, int index);
    }

    /** Runs a chain: thermalisation, then {@link #measurements()} measurements every {@link #interval()} sweeps. */
    protected void chain(Target target, long seed, Measure measure) {
        Move move = sampler().bind(target, parameters());
        RandomStream random = RandomStream.of(seed);
        double[] field = new double[target.lattice().volume()];
        for (int i = 0; i < thermalization(); i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        for (int i = 0; i < measurements(); i++) {
            for (int k = 0; k < interval(); k++) {
                move.sweep(field, random);
            }
            measure.accept(field, i);
        }
    }

    private static double mean(double[] field, boolean squares) {
        double s = 0;
        for (double f : field) {
            s += squares ? f * f : f;
        }
        return s / field.length;
    }

    private void check(String what, double[] series, double exact) {
        GammaEstimate e = GammaMethod.analyse(series);
        double z = (e.mean() - exact) / e.error();
        assertTrue(Math.abs(z) < Z, sampler().id() + ": " + what + " = " + e.mean() + " ± " + e.error() + " (tau_int "
                + e.tauInt() + "), exact " + exact + ": " + z + " standard errors");
    }

    private void checkDerived(String what, double[][] primaries, java.util.function.ToDoubleFunction<double[]> f,
            double exact) {
        GammaEstimate e = GammaMethod.analyseDerived(primaries, f);
        double z = (e.mean() - exact) / e.error();
        assertTrue(Math.abs(z) < Z, sampler().id() + ": " + what + " = " + e.mean() + " ± " + e.error() + ", exact "
                + exact + ": " + z + " standard errors");
        assertEquals(exact, e.mean(), Z * e.error());
    }
}
