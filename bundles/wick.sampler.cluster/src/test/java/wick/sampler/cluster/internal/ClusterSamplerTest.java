package wick.sampler.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wick.api.lattice.Lattice;
import wick.api.model.HoppingTarget;
import wick.api.model.LocalActionTarget;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.model.ebm.Phi4Target;

/** Component, refusals, parameters, tuning and state of the {@code cluster} sampler. */
class ClusterSamplerTest {
    private final ClusterSampler sampler = new ClusterSampler();
    private final Phi4Target symmetric = new Phi4Target(Lattice.of(4, 3), -0.4, 2.4, null);

    @Test
    void idAndCapabilities() {
        assertEquals("cluster", sampler.id());
        assertEquals(List.of(HoppingTarget.class, LocalActionTarget.class), sampler.requires());
        assertTrue(sampler.accepts(symmetric));
    }

    @Test
    void targetWithASourceIsRefusedNamingSamplerAndTarget() {
        Lattice l = Lattice.of(3);
        Phi4Target withSource = new Phi4Target(l, 0.8, 1.2, Phi4Target.uniformSource(l, 0.3));
        assertFalse(sampler.accepts(withSource));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sampler.bind(withSource, Parameters.empty()));
        assertTrue(e.getMessage().contains("cluster"), e.getMessage());
        assertTrue(e.getMessage().contains(withSource.describe()), e.getMessage());
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void antiferromagneticHoppingIsRefused() {
        Phi4Target phi4 = new Phi4Target(Lattice.of(3), 0.5, 1.0, null);
        Both negative = new Both() {
            @Override
            public Lattice lattice() {
                return phi4.lattice();
            }

            @Override
            public String describe() {
                return "negative hopping";
            }

            @Override
            public double hopping(int mu) {
                return -1;
            }

            @Override
            public boolean reflectionSymmetric() {
                return true;
            }

            @Override
            public double localActionChange(double[] field, int site, double newValue) {
                return phi4.localActionChange(field, site, newValue);
            }
        };
        assertFalse(sampler.accepts(negative));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sampler.bind(negative, Parameters.empty()));
        assertTrue(e.getMessage().contains("cluster") && e.getMessage().contains("negative hopping"), e.getMessage());
    }

    private interface Both extends HoppingTarget, LocalActionTarget {
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"clusters; 0", "clusters; 1.5", "clusters; many", "metropolisSweeps; 0",
            "step; 0", "step; -1", "step; NaN", "targetAcceptance; 0", "targetAcceptance; 1.0", "targetAcceptance; x"})
    void badParameterIsRefusedNamingIt(String name, String value) {
        Parameters p = Parameters.of(Map.of(name, value));
        ParameterException e = assertThrows(ParameterException.class, () -> sampler.bind(symmetric, p));
        assertEquals(name, e.parameter());
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }

    @Test
    void missingParametersTakeTheMetatypeDefaults() throws Exception {
        assertEquals(new ClusterSettings(1, 1, 1.0, 0.5), ClusterSettings.from(Parameters.empty()));
        Class<?> ocd = ClusterSampler.Config.class;
        assertEquals(1, ocd.getMethod("clusters").getDefaultValue());
        assertEquals(1, ocd.getMethod("metropolisSweeps").getDefaultValue());
        assertEquals(1.0, ocd.getMethod("step").getDefaultValue());
        assertEquals(0.5, ocd.getMethod("targetAcceptance").getDefaultValue());
        assertEquals(new ClusterSettings(3, 2, 0.25, 0.4), ClusterSettings.from(Parameters.of(
                Map.of("clusters", 3, "metropolisSweeps", "2", "step", 0.25, "targetAcceptance", "0.4"))));
    }

    /** bnd generated the component and the OCD the engine reads (id = sampler id). */
    @Test
    void componentAndMetatypeAreGenerated() throws Exception {
        String component = resource("/OSGI-INF/cluster.xml");
        assertTrue(component.contains("name=\"cluster\"") && component.contains("wick.sampler.id")
                && component.contains("wick.api.sampler.Sampler"), component);
        String metatype = resource("/OSGI-INF/metatype/cluster.xml");
        for (String id : List.of("clusters", "metropolisSweeps", "step", "targetAcceptance")) {
            assertTrue(metatype.contains("id=\"" + id + "\""), id + " missing from " + metatype);
        }
        assertTrue(metatype.contains("OCD id=\"cluster\""), metatype);
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = ClusterSampler.class.getResourceAsStream(path)) {
            assertTrue(in != null, path + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void stepIsTunedDuringThermalizationThenFrozen() {
        ClusterMove move = (ClusterMove) sampler.bind(symmetric, Parameters.of(Map.of("step", 0.01, "targetAcceptance", 0.4)));
        RandomStream random = RandomStream.of(3);
        double[] field = new double[symmetric.lattice().volume()];
        for (int i = 0; i < 400; i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        double step = move.step();
        assertTrue(step > 0.1, "the step grew from 0.01 towards 40 % acceptance: " + step);
        move.resetStatistics();
        for (int i = 0; i < 2000; i++) {
            move.sweep(field, random);
        }
        assertEquals(step, move.step(), 0.0, "frozen after endThermalization");
        assertEquals(0.4, move.acceptance(), 0.05, "Metropolis acceptance near its target");
        double fraction = move.meanClusterFraction();
        assertTrue(fraction > 1.0 / 12 && fraction <= 1.0, "mean cluster fraction " + fraction);
    }

    @Test
    void stateRoundTripsAndBadStatesAreRefused() {
        Move move = sampler.bind(symmetric, Parameters.empty());
        RandomStream random = RandomStream.of(4);
        double[] field = new double[symmetric.lattice().volume()];
        for (int i = 0; i < 30; i++) {
            move.sweep(field, random);
        }
        move.endThermalization();
        double[] state = move.saveState();
        assertEquals(6, state.length);
        assertEquals(1.0, state[1]);
        Move copy = sampler.bind(symmetric, Parameters.empty());
        copy.restoreState(state);
        assertArrayEquals(state, copy.saveState());
        assertEquals(move.acceptance(), copy.acceptance());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> copy.restoreState(new double[2]));
        assertTrue(e.getMessage().contains("cluster"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> copy.restoreState(new double[] {-1, 1, 0, 0, 0, 0}));
    }

    /** A seed site holding an exact zero is a cluster of one and stays +0.0 (no −0.0 written). */
    @Test
    void zeroFieldIsLeftAlone() {
        ClusterMove move = (ClusterMove) sampler.bind(symmetric, Parameters.empty());
        double[] field = new double[symmetric.lattice().volume()];
        assertEquals(1, move.flipOneCluster(field, RandomStream.of(5)));
        for (double f : field) {
            assertEquals(0, Double.doubleToRawLongBits(f));
        }
    }
}
