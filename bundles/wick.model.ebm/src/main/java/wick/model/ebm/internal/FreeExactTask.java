package wick.model.ebm.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;
import wick.lattice.FreeField;
import wick.lattice.Signature;
import wick.lattice.Symbols;

/**
 * Task {@code free.exact}: the exact quantities of the free field (PHYSICS 1, 2.1): {@code lnZ},
 * {@code G00 = (K_E⁻¹)_00}, the energy {@code E = Ê/a_t}, the correlator {@code C(τ)}, the sorted
 * eigenvalues of {@code K_E} (its symbol), and the signature of {@code K_M}.
 */
@Component(name = FreeExactTask.ID, service = Task.class, property = Task.ID + "=" + FreeExactTask.ID)
@Designate(ocd = FreeExactTask.Config.class)
public final class FreeExactTask implements ComputeTask {
    static final String ID = "free.exact";

    @ObjectClassDefinition(id = ID, name = "Free field: exact quantities",
            description = "ln Z, the propagator, the energy, the correlator and the spectra of K_E and K_M, exactly.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LatticeParameters.LATTICE_HELP)
        String lattice() default "4x4";

        @AttributeDefinition(name = "Spacing", description = LatticeParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = LatticeParameters.FREE_M2_HELP)
        double m2() default 1.0;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Free field, exact: lnZ, G00, energy, correlator C(tau), eigenvalues of K_E, signature of K_M";
    }

    @Override
    public void validate(Parameters p) {
        new FreeField(LatticeParameters.lattice(p), p.real("m2"));
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Lattice lattice = LatticeParameters.lattice(p);
        double m2 = p.real("m2");
        FreeField free = new FreeField(lattice, m2);
        Map<String, Result> r = new LinkedHashMap<>();
        r.put("lnZ", ScalarResult.exact(free.logPartitionFunction()));
        r.put("G00", ScalarResult.exact(free.phi2()));
        r.put("energy", ScalarResult.exact(free.energy()));
        r.put("correlator", SeriesResult.indexed(free.correlator(), null, "tau", "C"));
        double[] eig = free.symbol().clone();
        Arrays.sort(eig);
        r.put("eigenvaluesKE", SeriesResult.indexed(eig, null, "index", "eigenvalue"));
        Signature s = Signature.of(Symbols.minkowski(lattice, m2));
        r.put("kmPositive", ScalarResult.exact(s.positive()));
        r.put("kmNegative", ScalarResult.exact(s.negative()));
        r.put("kmZero", ScalarResult.exact(s.zero()));
        return r;
    }
}
