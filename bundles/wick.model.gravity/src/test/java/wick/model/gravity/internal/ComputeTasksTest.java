package wick.model.gravity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.CancelledException;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.model.gravity.LatentField;
import wick.model.gravity.SigmaFieldFile;

/** Tasks gravity.em, gravity.seff, gravity.scaling, gravity.metric: acceptance, progress, cancellation. */
class ComputeTasksTest {
    @TempDir
    Path dir;

    private static Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lattice", "4x4");
        m.put("spacing", "1");
        m.put("m2", 1.0);
        m.put("kappa2", 0.8);
        m.put("block", "2x2");
        m.put("stress", "symmetric");
        m.put("rank", 2);
        return m;
    }

    private static Map<String, Object> em() {
        Map<String, Object> m = model();
        m.put("start", "0");
        m.put("estep", "exact");
        m.put("samples", 100);
        m.put("solver", "cg");
        m.put("iterations", 500);
        m.put("tolerance", 1e-12);
        return m;
    }

    private static double scalar(Map<String, Result> r, String name) {
        return assertInstanceOf(ScalarResult.class, r.get(name), name).value();
    }

    /** EM from 0: S_eff never rises, the fixed point is in Ω, equals the gap root; σ file written. */
    @Test
    void emReachesTheGapRootAndWritesTheSigmaFile() throws Exception {
        GravityEmTask task = new GravityEmTask();
        TestContext context = new TestContext(1, dir, -1);
        Map<String, Result> r = task.compute(TestContext.parameters(em()), context);
        assertEquals(1, scalar(r, "inOmega"));
        assertEquals(1, scalar(r, "converged"));
        assertEquals(1, scalar(r, "gapRootExists"));
        assertTrue(scalar(r, "gapDistance") < 1e-11, "fixed point = gap root: " + scalar(r, "gapDistance"));
        assertEquals(scalar(r, "gapRoot00"), scalar(r, "fixedPoint00"), 1e-11);
        assertEquals(0, scalar(r, "fixedPoint01"), 1e-14);
        double[] seff = ((SeriesResult) r.get("seff")).y();
        for (int i = 1; i < seff.length; i++) {
            assertTrue(seff[i] <= seff[i - 1] + 1e-12 * Math.abs(seff[i]), "S_eff rose at " + i);
        }
        assertEquals(((SeriesResult) r.get("sigma00")).size(), seff.length);
        assertTrue(context.reports.size() > 1 && context.reports.get(context.reports.size() - 1) == 1.0);
        LatentField written = SigmaFieldFile.read(dir);
        assertEquals(scalar(r, "fixedPoint00"), written.get(0, 0, 0), 1e-15);
        // the same from the homogeneous FFT E-step (auto picks it for a homogeneous start)
        Map<String, Result> fft = task.compute(TestContext.parameters(em(), "estep", "auto"), new TestContext(1, dir, -1));
        assertEquals(scalar(r, "fixedPoint00"), scalar(fft, "fixedPoint00"), 1e-11);
        // S_eff and gradient at the written file: the gradient vanishes (saddle)
        Map<String, Object> seffParams = model();
        seffParams.put("sigma", "sigma:" + dir.resolve(SigmaFieldFile.FILE_NAME));
        Map<String, Result> s = new GravitySeffTask().compute(TestContext.parameters(seffParams), new TestContext(2, dir, -1));
        assertTrue(scalar(s, "gradientNorm") < 1e-9, "gradient at the EM fixed point: " + scalar(s, "gradientNorm"));
        assertEquals(seff[seff.length - 1], scalar(s, "seff"), 1e-10 * Math.abs(scalar(s, "seff")));
        assertInstanceOf(FieldResult.class, s.get("gradient"));
    }

    @Test
    void emReportsNoRootAndLeavingOmegaForLargeKappa() throws Exception {
        Map<String, Result> r = new GravityEmTask().compute(
                TestContext.parameters(em(), "kappa2", 50.0, "m2", 0.2, "block", "4x4", "estep", "fft"), new TestContext(1, dir, -1));
        assertEquals(0, scalar(r, "inOmega"));
        assertEquals(0, scalar(r, "gapRootExists"));
        assertTrue(Files.notExists(dir.resolve(SigmaFieldFile.FILE_NAME)), "no file for a point outside Omega");
    }

    @Test
    void emRankZeroAndCancellation() throws Exception {
        Map<String, Result> r = new GravityEmTask().compute(TestContext.parameters(em(), "rank", 0, "kappa2", 0.3),
                new TestContext(1, dir, -1));
        assertTrue(scalar(r, "gapDistance") < 1e-11);
        assertTrue(r.containsKey("fixedPoint"));
        assertThrows(CancelledException.class, () -> new GravityEmTask().compute(TestContext.parameters(em()), new TestContext(1, dir, 2)));
        assertEquals("start", assertThrows(ParameterException.class,
                () -> new GravityEmTask().validate(TestContext.parameters(em(), "start", "1,2"))).parameter());
        assertEquals("estep", assertThrows(ParameterException.class,
                () -> new GravityEmTask().validate(TestContext.parameters(em(), "estep", "lu"))).parameter());
    }

    @Test
    void seffAtHomogeneousSigmaMatchesTheAction() {
        Map<String, Object> p = model();
        p.put("sigma", "0.05,0.02,-0.03");
        Map<String, Result> r = new GravitySeffTask().compute(TestContext.parameters(p), new TestContext(3, dir, -1));
        TensorModel m = (TensorModel) ModelParameters.model(TestContext.parameters(p));
        double[] sigma = ModelParameters.sigma(m, "sigma", "0.05,0.02,-0.03");
        assertEquals(new EffectiveAction(m).value(sigma), scalar(r, "seff"), 1e-11 * Math.abs(scalar(r, "seff")));
        assertThrows(CancelledException.class, () -> new GravitySeffTask().compute(TestContext.parameters(p), new TestContext(3, dir, 0)));
        assertEquals("sigma", assertThrows(ParameterException.class,
                () -> new GravitySeffTask().validate(TestContext.parameters(p, "sigma", "-0.6,0,-0.6"))).parameter());
    }

    /**
     * Issue 6 acceptance: 16×16, M ∈ {1, 4, 16, 64}, slope within 0.1 of −1. m² = 4: the free
     * correlation length ξ = 1/Ê = 0.57 (cosh Ê = 3) is below every block size (T̄ decorrelates over ξ/2).
     */
    @Test
    void scalingSlopeIsMinusOne() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lattice", "16x16");
        p.put("spacing", "1");
        p.put("m2", 4.0);
        p.put("kappa2", 0.02); // Omega must not bind at M = 1: at 0.5 (0.1) it truncates Var(sigma00) at M = 1 to 0.20 (0.085) < kappa2/v
        p.put("blocks", "1x1,2x2,4x4,8x8");
        p.put("stress", "symmetric");
        p.put("rank", 2);
        p.put("solver", "cg");
        p.put("samples", 1500);
        p.put("thermalization", 50);
        TestContext context = new TestContext(4, dir, -1);
        Map<String, Result> r = new GravityScalingTask().compute(TestContext.parameters(p), context);
        for (String c : new String[] {"00", "01", "11"}) {
            ScalarResult slope = (ScalarResult) r.get("slope" + c);
            System.out.println("slope" + c + " = " + slope + ", chi2/dof " + scalar(r, "chi2" + c) + ", variance " + java.util.Arrays.toString(((SeriesResult) r.get("variance" + c)).y()));
            assertEquals(-1, slope.value(), 0.1, c);
            assertTrue(slope.error() > 0 && slope.error() < 0.05, "slope error " + slope.error());
        }
        assertTrue(scalar(r, "correlationLength") < 1, "blocks exceed the correlation length");
        assertTrue(context.reports.size() >= 4);
        Parameters quick = TestContext.parameters(p, "samples", 100000);
        assertThrows(CancelledException.class, () -> new GravityScalingTask().compute(quick, new TestContext(4, dir, 1)));
        assertEquals("blocks", assertThrows(ParameterException.class,
                () -> new GravityScalingTask().validate(TestContext.parameters(p, "blocks", "1x1,3x3"))).parameter());
    }

    /** Issue 6 acceptance: the approximation-1 difference scales as ε² (slope within 0.1 of 2); conformal σ gives 0. */
    @Test
    void metricSlopeIsTwo() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lattice", "8x6");
        p.put("spacing", "1,0.8");
        p.put("m2", 1.0);
        p.put("block", "2x1");
        p.put("stress", "symmetric");
        p.put("epsilons", "0.2,0.1,0.05,0.025,0.0125");
        p.put("amplitude", 0.25);
        for (String stress : new String[] {"symmetric", "forward"}) {
            TestContext context = new TestContext(5, dir, -1);
            Map<String, Result> r = new GravityMetricTask().compute(TestContext.parameters(p, "stress", stress), context);
            ScalarResult slope = (ScalarResult) r.get("slope");
            System.out.println(stress + " metric slope " + slope + ", conformal " + scalar(r, "conformalDifference"));
            assertEquals(2, slope.value(), 0.1, stress);
            assertTrue(scalar(r, "conformalDifference") < 1e-13, "a pure trace gives exactly 0 in D = 2");
            assertTrue(context.reports.size() >= 5);
        }
        assertThrows(CancelledException.class, () -> new GravityMetricTask().compute(TestContext.parameters(p), new TestContext(5, dir, 1)));
        assertEquals("amplitude", assertThrows(ParameterException.class,
                () -> new GravityMetricTask().validate(TestContext.parameters(p, "amplitude", 0.6))).parameter());
    }
}
