package wick.analysis.critical.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wick.api.lattice.Lattice;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.lattice.FreeField;

/**
 * The free line of constant physics (PHYSICS 7, 2.1): the bare {@code m²(a)} that keeps the
 * correlator energy {@code E} fixed is {@code m²(a) = (2/a²)(cosh(E a) − 1)}, the inversion of
 * {@code cosh Ê = 1 + m² a²/2} with {@code Ê = E a}. Checked against {@link FreeField}: the lattice
 * energy of the chosen m² must be {@code E a}, and the effective mass of the exact correlator too.
 */
final class FreeLcp {
    private FreeLcp() {
    }

    /**
     * {@code m²(a) = (2/a²)(cosh(E a) − 1)}, evaluated as {@code (4/a²) sinh²(E a/2)} (no cancellation
     * for small {@code E a}).
     */
    static double m2(double energy, double a) {
        double s = Math.sinh(0.5 * energy * a);
        return 4 * s * s / (a * a);
    }

    /**
     * The results: {@code m2} (series over a), {@code energyCheck} (FreeField's {@code Ê/a} at that m²,
     * over a), {@code energyDeviation} (max over a of {@code |Ê − E a|}), {@code m2Continuum} (E²) and
     * {@code lattices} (a, N, m², Ê, Ê − E a, the exact correlator's effective mass Ê_eff(0)).
     */
    static Map<String, Result> compute(Spacings spacings, double energy, int dimension) {
        int n = spacings.size();
        double[] a = spacings.spacings();
        double[] m2 = new double[n];
        double[] check = new double[n];
        double deviation = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            m2[i] = m2(energy, a[i]);
            Lattice lattice = spacings.lattice(i, dimension);
            FreeField free = new FreeField(lattice, m2[i]);
            double eHat = free.energyLatticeUnits();
            check[i] = eHat / a[i];
            deviation = Math.max(deviation, Math.abs(eHat - energy * a[i]));
            double[] c = free.correlator();
            double eff = c.length >= 2 ? EffectiveMass.at(c, 0) : Double.NaN;
            rows.add(List.of(a[i], spacings.extent(i), m2[i], eHat, eHat - energy * a[i], eff));
        }
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("m2", new SeriesResult(a, m2, null, "a", "m2"));
        r.put("energyCheck", new SeriesResult(a, check, null, "a", "E"));
        r.put("energyDeviation", ScalarResult.exact(deviation));
        r.put("m2Continuum", ScalarResult.exact(energy * energy));
        r.put("lattices", new TableResult(List.of("a", "N", "m2", "Ehat", "EhatMinusEa", "EhatEffective"), rows));
        return r;
    }
}
