package wick.model.ebm.internal.lorentz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.result.FieldResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;
import wick.api.task.ComputeTask;
import wick.api.task.Task;
import wick.api.task.TaskContext;

/**
 * Task {@code wick.rotation}: the Wick rotation as a path {@code A(θ)}, {@code θ ∈ [0, π/2]}, from
 * {@code −i K_M} to {@code K_E} ({@link WickPath}, PHYSICS 1), on the grid
 * {@code θ_j = (π/2) j/(steps−1)}.
 *
 * <p>Results: {@code theta}; {@code eigenvalueFlowReal}, {@code eigenvalueFlowImag}, fields of shape
 * {@code [steps, V]} holding the eigenvalues of {@code A(θ_j)} (its symbol values
 * {@code sin θ (K_E)_k − i cos θ (K_M)_k}), columns in the order of {@code modeIndex} (the flat
 * momentum index of each column; modes sorted by {@code (K_E)_k}); {@code minRealPart},
 * {@code min_k Re A_k(θ) = v sin θ · min_k(ω̂² + k̂² + m²)}; {@code logGaussianIntegralReal} and
 * {@code logGaussianIntegralImag}, {@code ln ∫ dφ e^{−½φᵀA(θ)φ}} with its phase continued along θ
 * from the real {@code ln Z_E} at π/2 ({@link PathGaussianIntegral}), over θ from θ = 0, or from
 * {@code θ_1} when a mode is on shell (the θ = 0 integral then diverges); {@code lnZEuclidean}
 * (its value at π/2) and {@code phaseAtZero} (its imaginary part at θ → 0⁺,
 * {@code (π/4)(n₊ − n₋)} for the signature of {@code K_M}); {@code onShellAtZero}, the number of
 * on-shell modes, and {@code onShellModes}, a table of them.
 */
@Component(name = WickRotationTask.ID, service = Task.class, property = Task.ID + "=" + WickRotationTask.ID)
@Designate(ocd = WickRotationTask.Config.class)
public final class WickRotationTask implements ComputeTask {
    static final String ID = "wick.rotation";

    @ObjectClassDefinition(id = ID, name = "Wick rotation path",
            description = "The quadratic form A(theta) from -i K_M (theta = 0) to K_E (theta = pi/2): its eigenvalue flow and the Gaussian integral continued along the path.")
    @interface Config {
        @AttributeDefinition(name = "Lattice", description = LorentzParameters.LATTICE_HELP)
        String lattice() default "4x4";

        @AttributeDefinition(name = "Spacing", description = LorentzParameters.SPACING_HELP)
        String spacing() default "1";

        @AttributeDefinition(name = "m²", description = "Mass squared; m2 > 0 (the path ends at the positive definite K_E)")
        double m2() default 1.0;

        @AttributeDefinition(name = "Steps", description = "Number of angles theta_j = (pi/2) j/(steps-1), both ends included", min = "2")
        int steps() default 33;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Wick rotation path A(theta) from -i K_M to K_E: eigenvalue flow and the Gaussian integral along theta";
    }

    @Override
    public void validate(Parameters p) {
        Lattice lattice = LorentzParameters.lattice(p);
        LorentzParameters.positiveM2(p);
        LorentzParameters.steps(p, lattice);
    }

    @Override
    public Map<String, Result> compute(Parameters p, TaskContext context) {
        Lattice lattice = LorentzParameters.lattice(p);
        double m2 = LorentzParameters.positiveM2(p);
        int steps = LorentzParameters.steps(p, lattice);
        ProgressMonitor progress = context.progress();
        WickPath path = new WickPath(lattice, m2);
        int v = path.size();
        int[] order = path.modesByEuclideanSymbol();

        double[] theta = new double[steps];
        double[] flowRe = new double[steps * v];
        double[] flowIm = new double[steps * v];
        double[] minRe = new double[steps];
        double[] re = new double[v];
        double[] im = new double[v];
        for (int j = 0; j < steps; j++) {
            progress.checkCancelled();
            theta[j] = WickPath.theta(j, steps);
            path.symbol(WickPath.sin(j, steps), WickPath.cos(j, steps), re, im);
            double min = Double.POSITIVE_INFINITY;
            for (int c = 0; c < v; c++) {
                int k = order[c];
                flowRe[j * v + c] = re[k];
                flowIm[j * v + c] = im[k];
                min = Math.min(min, re[k]);
            }
            minRe[j] = min;
            progress.report(0.5 * (j + 1) / steps, "eigenvalue flow");
        }
        PathGaussianIntegral integral = PathGaussianIntegral.compute(path, steps, progress.subTask(0.5, 1, "Gaussian integral"));
        int first = integral.firstFinite();

        Map<String, Result> r = new LinkedHashMap<>();
        r.put("theta", SeriesResult.indexed(theta, null, "j", "theta"));
        r.put("eigenvalueFlowReal", new FieldResult(new int[] {steps, v}, flowRe, "Re A_k(theta)"));
        r.put("eigenvalueFlowImag", new FieldResult(new int[] {steps, v}, flowIm, "Im A_k(theta)"));
        double[] modeIndex = new double[v];
        for (int c = 0; c < v; c++) {
            modeIndex[c] = order[c];
        }
        r.put("modeIndex", SeriesResult.indexed(modeIndex, null, "column", "momentum index"));
        r.put("minRealPart", new SeriesResult(theta, minRe, null, "theta", "min Re A_k"));
        double[] t = Arrays.copyOfRange(theta, first, steps);
        r.put("logGaussianIntegralReal", new SeriesResult(t, Arrays.copyOfRange(integral.real(), first, steps), null, "theta", "Re ln Z(theta)"));
        r.put("logGaussianIntegralImag", new SeriesResult(t, Arrays.copyOfRange(integral.imag(), first, steps), null, "theta", "Im ln Z(theta)"));
        r.put("lnZEuclidean", ScalarResult.exact(integral.euclidean()));
        r.put("phaseAtZero", ScalarResult.exact(integral.phaseAtZero()));
        boolean[] onShell = path.onShell();
        r.put("onShellAtZero", ScalarResult.exact(OnShell.count(onShell)));
        r.put("onShellModes", onShellTable(path.lattice(), onShell, path.euclidean()));
        return r;
    }

    /** The on-shell modes: flat momentum index, momentum integers {@code (j_0, ..., j_{D−1})}, {@code (K_E)_k}. */
    private static TableResult onShellTable(Lattice lattice, boolean[] onShell, double[] ke) {
        List<List<Object>> rows = new ArrayList<>();
        int[] j = new int[lattice.dimension()];
        for (int k = 0; k < onShell.length; k++) {
            if (onShell[k]) {
                lattice.coordinates(k, j);
                StringBuilder b = new StringBuilder("(");
                for (int mu = 0; mu < j.length; mu++) {
                    b.append(mu > 0 ? " " : "").append(j[mu]);
                }
                rows.add(List.of(k, b.append(')').toString(), ke[k]));
            }
        }
        return new TableResult(List.of("index", "momentum", "KE"), rows);
    }
}
