package wick.model.ebm.internal.perturbative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.model.ebm.internal.LatticeParameters;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code phi4.perturbative}: the φ⁴ two-point function in perturbation theory through λ²
 * (PHYSICS 2.4). Results: {@code G} (the zero-momentum correlator {@code C(τ)} through the requested
 * order), its coefficients {@code order0..order2} ({@code C = c0 + λ c1 + λ² c2}, all three always),
 * {@code phi2} and its coefficients {@code phi2Order0..2}, the {@code diagrams} table (each diagram of
 * orders 0..2 with its pairing count, symmetry factor and contribution to the coefficient of
 * {@code ⟨φ_0²⟩}), and the pairing counts {@code pairingsOrder1/2}, {@code connectedOrder1/2}.
 */
@Component(name = Phi4PerturbativeTask.ID, service = Task.class, property = Task.ID + "=" + Phi4PerturbativeTask.ID)
@Designate(ocd = Phi4PerturbativeTask.Config.class)
public final class Phi4PerturbativeTask implements ComputeTask {
    static final String ID = "phi4.perturbative";
    /** The diagram table's columns. */
    static final List<String> COLUMNS = List.of("order", "name", "pairings", "symmetryFactor", "weight");

    @ObjectClassDefinition(id = ID, name = "phi^4: perturbation theory",
            description = "The two-point function C(tau) and <phi^2> through lambda^2 from Wick contractions (diagrams, symmetry factors).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LatticeParameters.LATTICE_HELP)
        String lattice() default "8x8";

        @AttributeDefinition(name = "Spacing", description = LatticeParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared of the free theory expanded around; needs m2 > 0")
        double m2() default 1.0;

        @AttributeDefinition(name = "λ", description = "Quartic coupling (action term v·λ/4!·φ⁴), ≥ 0", min = "0")
        double lambda() default 0.1;

        @AttributeDefinition(name = "Order", description = "Highest power of λ kept in G and phi2 (0, 1 or 2)", min = "0", max = "2")
        int order() default 2;

        @AttributeDefinition(name = "Separations", description = Separations.HELP)
        String separations() default "all";

        @AttributeDefinition(name = "Site pairs", description = SitePairs.HELP)
        String pairs() default "0-0";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "phi^4 perturbation theory: C(tau) and <phi^2> through lambda^2 from Wick contractions, with the diagram table";
    }

    @Override
    public void validate(Parameters p) {
        Lattice lattice = lattice(p);
        m2(p);
        lambda(p);
        order(p);
        Separations.parse(p.string(Separations.PARAMETER), lattice.extent(0));
        SitePairs.parse(p.string(SitePairs.PARAMETER), lattice);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Lattice lattice = lattice(p);
        double m2 = m2(p);
        double lambda = lambda(p);
        int order = order(p);
        int[] tau = Separations.parse(p.string(Separations.PARAMETER), lattice.extent(0));
        context.progress().checkCancelled();
        TwoPointSeries series = Phi4Perturbation.twoPoint(lattice, m2, Phi4Perturbation.MAX_ORDER);

        Map<String, Result> r = new LinkedHashMap<>();
        r.put("G", series(tau, series.correlator(lambda, order), "C"));
        for (int k = 0; k <= Phi4Perturbation.MAX_ORDER; k++) {
            r.put("order" + k, series(tau, series.correlator(k), "c" + k));
        }
        r.put("phi2", ScalarResult.exact(series.phi2(lambda, order)));
        for (int k = 0; k <= Phi4Perturbation.MAX_ORDER; k++) {
            r.put("phi2Order" + k, ScalarResult.exact(series.phi2(k)));
        }
        r.put("pairs", pairs(SitePairs.parse(p.string(SitePairs.PARAMETER), lattice), series, lattice, lambda, order));
        r.put("diagrams", table(series));
        for (int k = 1; k <= Phi4Perturbation.MAX_ORDER; k++) {
            WickExpansion.Order c = Phi4Perturbation.contractions(k);
            r.put("pairingsOrder" + k, ScalarResult.exact(c.pairings()));
            r.put("connectedOrder" + k, ScalarResult.exact(c.connected()));
        }
        context.progress().report(1, "done");
        return r;
    }

    private static SeriesResult series(int[] tau, double[] c, String label) {
        double[] x = new double[tau.length];
        double[] y = new double[tau.length];
        for (int i = 0; i < tau.length; i++) {
            x[i] = tau[i];
            y[i] = c[tau[i]];
        }
        return new SeriesResult(x, y, null, "tau", label);
    }

    /** One row per requested pair: a, b, ⟨φ_a φ_b⟩ through the order, and its coefficients of λ⁰, λ¹, λ². */
    private static TableResult pairs(List<int[]> pairs, TwoPointSeries series, Lattice lattice, double lambda, int order) {
        List<List<Object>> rows = new ArrayList<>();
        double[][] columns = new double[Phi4Perturbation.MAX_ORDER + 1][];
        for (int k = 0; k <= Phi4Perturbation.MAX_ORDER; k++) {
            columns[k] = series.column(k);
        }
        for (int[] ab : pairs) {
            int x = SitePairs.displacement(lattice, ab[0], ab[1]);
            double g = 0;
            double power = 1;
            for (int k = 0; k <= order; k++) {
                g += power * columns[k][x];
                power *= lambda;
            }
            rows.add(List.of(ab[0], ab[1], g, columns[0][x], columns[1][x], columns[2][x]));
        }
        return new TableResult(List.of("a", "b", "G", "order0", "order1", "order2"), rows);
    }

    /** One row per diagram: order, name, pairings, symmetry factor 1/S, contribution to the λ^k coefficient of ⟨φ_0²⟩. */
    private static TableResult table(TwoPointSeries series) {
        List<List<Object>> rows = new ArrayList<>();
        for (DiagramTerm t : series.terms()) {
            Diagram d = t.diagram();
            rows.add(List.of(d.order(), d.name(), d.pairings(), d.symmetryFactor(), t.phi2()));
        }
        return new TableResult(COLUMNS, rows);
    }

    private static Lattice lattice(Parameters p) {
        return LatticeParameters.lattice(p);
    }

    private static double m2(Parameters p) {
        return Phi4Perturbation.requirePositiveMass(p.real("m2"), p.string("m2"));
    }

    private static double lambda(Parameters p) {
        double lambda = p.real("lambda");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new ParameterException("lambda", p.string("lambda"), "a finite lambda >= 0 (the action needs lambda >= 0 to be bounded below)");
        }
        return lambda;
    }

    private static int order(Parameters p) {
        int order = p.integer("order");
        if (order < 0 || order > Phi4Perturbation.MAX_ORDER) {
            throw new ParameterException("order", p.string("order"), "an integer 0.." + Phi4Perturbation.MAX_ORDER);
        }
        return order;
    }
}
