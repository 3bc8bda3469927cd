package org.example.xy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.ParameterException;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;
import wick.api.task.ChainTask;
import wick.api.task.Measurements;
import wick.api.task.Observables;
import wick.api.task.Task;

/**
 * Task {@code xy.sample}: a Markov chain on the XY model ({@link XyTarget}) with any installed sampler
 * whose needs the target meets ({@code metropolis}, {@code hmc}, this project's {@code slice}, ...).
 * Per configuration it measures
 * <pre>
 *   link = (1/(V L)) Σ_n Σ_μ cos(θ_{n+μ̂} − θ_n)     (L directions with links),
 *   m2   = |M|² = ((1/V) Σ cos θ_n)² + ((1/V) Σ sin θ_n)²,
 *   actionDensity = S/V = −β L · link;
 * </pre>
 * and reports their means with Γ-method errors ({@link GammaError}), the susceptibility
 * {@code χ = V ⟨|M|²⟩} (⟨M⟩ = 0 by the O(2) symmetry), the τ_int table, the sampler's mean
 * acceptance, and on a ring (D = 1) the exact {@code linkExact} and {@code m2Exact} ({@link XyRing}).
 */
@Component(name = XySampleTask.ID, service = Task.class, property = Task.ID + "=" + XySampleTask.ID)
@Designate(ocd = XySampleTask.Config.class)
public final class XySampleTask implements ChainTask {
    static final String ID = "xy.sample";
    static final List<String> PRIMARIES = List.of("link", "m2", "actionDensity");

    @ObjectClassDefinition(id = ID, name = "XY model: sample",
            description = "A Markov chain on the XY model S = -beta sum cos(theta_{n+mu} - theta_n): mean link, |M|^2, susceptibility; exact values on a ring (D = 1).")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = "Extents joined by x, time first (16x16); 1 to 4 dimensions; a 1-dimensional ring of N >= 2 sites also gets the exact values")
        String lattice() default "16x16";

        @AttributeDefinition(name = "β", description = "Coupling beta > 0 (the BKT transition of D = 2 is near beta = 1.12)", min = "0")
        double beta() default 1.0;

        @AttributeDefinition(name = "Samples", description = "Number of measurements", min = "2")
        int samples() default 2000;

        @AttributeDefinition(name = "Thermalization", description = "Sweeps discarded before the first measurement", min = "0")
        int thermalization() default 200;

        @AttributeDefinition(name = "Interval", description = "Sweeps between two measurements", min = "1")
        int interval() default 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "XY model, sampled: mean link, |M|^2 and susceptibility with Gamma-method errors (exact on a ring)";
    }

    /**
     * @throws ParameterException naming {@code lattice} (no direction with a link) or {@code beta} (≤ 0)
     */
    @Override
    public Target target(Parameters p) {
        Lattice lattice = Lattice.parse(p.string("lattice"), "1");
        double beta = p.real("beta");
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new ParameterException("beta", p.strings().getOrDefault("beta", String.valueOf(beta)), "a finite number > 0");
        }
        XyTarget t = new XyTarget(lattice, beta);
        if (t.links() == 0) {
            throw new ParameterException("lattice", lattice.extentsString(), "at least one extent ≥ 2 (a lattice with links)");
        }
        return t;
    }

    @Override
    public String defaultSampler() {
        return "metropolis";
    }

    @Override
    public Observables observables(Target target, Parameters parameters) {
        XyTarget xy = (XyTarget) target;
        int v = xy.lattice().volume();
        double perLink = 1.0 / ((double) v * xy.links());
        double beta = xy.beta();
        int links = xy.links();
        return new Observables() {
            @Override
            public List<String> names() {
                return PRIMARIES;
            }

            @Override
            public void measure(double[] field, double[] out) {
                double link = xy.linkSum(field) * perLink;
                double c = 0;
                double s = 0;
                for (double theta : field) {
                    c += Math.cos(theta);
                    s += Math.sin(theta);
                }
                c /= v;
                s /= v;
                out[0] = link;
                out[1] = c * c + s * s;
                out[2] = -beta * links * link;
            }
        };
    }

    @Override
    public Map<String, Result> analyse(Measurements m, Target target, Parameters p, ProgressMonitor progress) {
        Lattice lattice = target.lattice();
        Map<String, Result> r = new LinkedHashMap<>();
        List<List<Object>> tau = new ArrayList<>();
        GammaError m2 = null;
        for (int i = 0; i < PRIMARIES.size(); i++) {
            progress.checkCancelled();
            String name = PRIMARIES.get(i);
            GammaError e = GammaError.of(m.column(name));
            r.put(name, new ScalarResult(e.mean(), e.error()));
            tau.add(List.of(name, e.tauInt(), e.tauIntError()));
            if (name.equals("m2")) {
                m2 = e;
            }
            progress.report((i + 1.0) / (PRIMARIES.size() + 1), "Gamma method: " + name);
        }
        int v = lattice.volume();
        r.put("chi", new ScalarResult(v * m2.mean(), v * m2.error()));
        if (lattice.dimension() == 1) {
            XyRing ring = new XyRing(v, ((XyTarget) target).beta());
            r.put("linkExact", ScalarResult.exact(ring.link()));
            r.put("m2Exact", ScalarResult.exact(ring.magnetisationSquared()));
        }
        r.put("tauInt", new TableResult(List.of("observable", "tauInt", "error"), tau));
        GammaError acceptance = GammaError.of(m.column("acceptance"));
        r.put("acceptance", new ScalarResult(acceptance.mean(), acceptance.error()));
        progress.report(1, "done");
        return r;
    }
}
