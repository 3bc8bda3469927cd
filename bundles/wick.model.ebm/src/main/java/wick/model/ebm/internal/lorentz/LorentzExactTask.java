package wick.model.ebm.internal.lorentz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.lattice.Signature;

/**
 * Task {@code lorentz.exact}: the exact Lorentzian quantities of the free field (PHYSICS 1).
 * Results: {@code symbolKM}, the symbol {@code (K_M)_k = v(ω̂² − Σ_i k̂_i² − m²)} as a field over
 * the momentum integers (lattice shape, field layout); the signature of {@code K_M}
 * ({@code kmPositive}, {@code kmNegative}, {@code kmZero}, zeros by {@code |x| < 1e-10 · max|x|});
 * {@code onShell}, the number of modes with {@code (K_M)_k = 0} by that tolerance; the zero-momentum
 * projection {@code a_s^{D−1} Σ_x G_M(t, x)} of the Feynman propagator
 * {@code G_M = (K_M + iε)⁻¹} as {@code GMReal} and {@code GMImag} over {@code t = 0..N_t−1}; and
 * {@code GMMaxAbs = max_k |1/((K_M)_k + iε)|}, which is {@code 1/ε} when a mode is on shell
 * ({@link LorentzianPropagator}).
 */
@Component(name = LorentzExactTask.ID, service = Task.class, property = Task.ID + "=" + LorentzExactTask.ID)
@Designate(ocd = LorentzExactTask.Config.class)
public final class LorentzExactTask implements ComputeTask {
    static final String ID = "lorentz.exact";

    @ObjectClassDefinition(id = ID, name = "Lorentzian free field: exact quantities",
            description = "The symbol and signature of K_M, its on-shell modes, and the Feynman propagator G_M = (K_M + i epsilon)^-1 at zero spatial momentum.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LorentzParameters.LATTICE_HELP)
        String lattice() default "4x4";

        @AttributeDefinition(name = "Spacing", description = LorentzParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared; any finite number (K_M needs no positivity)")
        double m2() default 1.0;

        @AttributeDefinition(name = "ε", description = "The i*epsilon of G_M = 1/(K_M + i*epsilon); a number > 0")
        double epsilon() default 1e-3;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Lorentzian free field, exact: symbol and signature of K_M, on-shell modes, Feynman propagator G_M at zero momentum";
    }

    @Override
    public void validate(Parameters p) {
        LorentzParameters.lattice(p);
        LorentzParameters.finiteM2(p);
        LorentzParameters.epsilon(p);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Lattice lattice = LorentzParameters.lattice(p);
        double m2 = LorentzParameters.finiteM2(p);
        double epsilon = LorentzParameters.epsilon(p);
        LorentzianPropagator g = new LorentzianPropagator(lattice, m2, epsilon);
        double[] km = g.symbol();
        Signature s = Signature.of(km);

        Map<String, Result> r = new LinkedHashMap<>();
        r.put("symbolKM", new FieldResult(lattice.extents(), km, "K_M"));
        r.put("kmPositive", ScalarResult.exact(s.positive()));
        r.put("kmNegative", ScalarResult.exact(s.negative()));
        r.put("kmZero", ScalarResult.exact(s.zero()));
        r.put("onShell", ScalarResult.exact(g.onShellCount()));
        double[][] p0 = g.zeroMomentum();
        r.put("GMReal", SeriesResult.indexed(p0[0], null, "t", "Re G_M(t, p=0)"));
        r.put("GMImag", SeriesResult.indexed(p0[1], null, "t", "Im G_M(t, p=0)"));
        r.put("GMMaxAbs", ScalarResult.exact(g.maxAbs()));
        return r;
    }
}
