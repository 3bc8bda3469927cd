package wick.analysis.correlator.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;
import wick.api.result.Result;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/** The results of {@code correlator.fit}: names, kinds, consistency, JSON round trip; {@link FitResult} as a value. */
class ResultsTest {
    @TempDir
    Path tmp;

    @Test
    void resultsAreNamedConsistentAndSurviveJson() throws Exception {
        Path run = FreeFieldRuns.run(tmp.resolve("run"), Lattice.parse("16x4", "2,1"), 0.1, 2000, 17);
        Map<String, Result> r = Tasks.fit(run, Map.of("states", 1, "constant", true));
        assertEquals(List.of("energy", "energyLattice", "averageEnergyLattice", "windowSystematic", "exactEnergy", "exactEnergyLattice", "amplitude", "constant", "chi2dof",
                "pValue", "dof", "tauMin", "tauMax", "plateauFound", "binSize", "bins", "modesCut", "correlator",
                "effectiveMass", "fit", "scan"), List.copyOf(r.keySet()));
        assertEquals(Tasks.scalar(r, "energyLattice").value() / 2, Tasks.scalar(r, "energy").value(), 1e-15);
        assertEquals(Tasks.scalar(r, "energyLattice").error() / 2, Tasks.scalar(r, "energy").error(), 1e-15);
        int tauMin = (int) Tasks.scalar(r, "tauMin").value();
        int tauMax = (int) Tasks.scalar(r, "tauMax").value();
        SeriesResult c = (SeriesResult) r.get("correlator");
        int signalEnd = CorrelatorAnalysis.signalEnd(c.y(), c.error(), 8);
        assertTrue(signalEnd < 8, "this run's signal ends before N_t/2: " + signalEnd);
        assertEquals(Math.max(signalEnd, 1 + 3), tauMax, "the automatic tau_max: N_t/2 shortened to the end of the signal");
        if (tauMax == signalEnd) {
            assertTrue(c.y()[tauMax + 1] < CorrelatorAnalysis.SIGNAL * c.error()[tauMax + 1], "C(tau_max + 1) is not resolved");
        }
        SeriesResult fit = (SeriesResult) r.get("fit");
        assertEquals(tauMin, fit.x()[0]);
        assertEquals(tauMax, fit.x()[fit.size() - 1]);
        SeriesResult meff = (SeriesResult) r.get("effectiveMass");
        assertEquals(14, meff.size());
        assertEquals(1, meff.x()[0]);
        assertEquals(16, ((SeriesResult) r.get("correlator")).size());
        TableResult scan = (TableResult) r.get("scan");
        assertEquals(List.of("tauMin", "energy", "error", "chi2dof", "pValue", "weight"), scan.columns());
        assertEquals(Math.min(tauMax - 3, signalEnd), scan.rows().size(), "tauMin = 1..min(tauMax − P, end of signal) with P = 3");
        for (Map.Entry<String, Result> e : r.entrySet()) {
            Result back = Result.fromJson(e.getValue().toJson());
            if (!(back instanceof TableResult)) {
                assertEquals(e.getValue(), back, e.getKey());
            }
            assertTrue(e.getValue().toCsv().lines().count() >= 2, e.getKey());
        }
        for (String name : new String[] {"correlator", "effectiveMass", "fit"}) {
            SeriesResult s = (SeriesResult) r.get(name);
            assertArrayEquals(s.y(), ((SeriesResult) Result.fromJson(s.toJson())).y(), name);
        }
    }

    @Test
    void fitResultIsAValue() {
        double[] values = {1, 0.5};
        FitResult a = new FitResult(1, 8, List.of("A", "E"), values, new double[] {0.1, 0.01}, new double[][] {{1, 0}, {0, 1}},
                3.2, 6, 0.78, 0, new double[8], new double[8], null);
        FitResult b = new FitResult(1, 8, List.of("A", "E"), values.clone(), new double[] {0.1, 0.01},
                new double[][] {{1, 0}, {0, 1}}, 3.2, 6, 0.78, 0, new double[8], new double[8], null);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        values[1] = 9;
        assertEquals(0.5, a.energy(), "copied in");
        a.values()[1] = 9;
        assertEquals(0.5, a.energy(), "copied out");
        assertEquals(3.2 / 6, a.chi2PerDof());
        assertNotEquals(a, FitResult.failed(1, 8, List.of("A", "E"), 0, "x"));
        assertTrue(Double.isNaN(FitResult.failed(1, 8, List.of("A", "E"), 0, "x").chi2PerDof()));
    }
}
