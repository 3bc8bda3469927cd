package wick.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import wick.api.lattice.Lattice;
import wick.api.model.Target;
import wick.api.param.Parameters;
import wick.api.progress.ProgressMonitor;
import wick.api.random.RandomStream;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.sampler.Move;
import wick.api.sampler.Sampler;
import wick.api.task.ChainTask;
import wick.api.task.Measurements;
import wick.api.task.Observables;

/** A chain whose target is V independent N(0,1) sites, with two exact samplers: i.i.d. draws and an AR(1) step. */
final class ToyChain {
    /** Capability of the toy target. */
    interface UnitGaussian extends Target {
    }

    static final class Toy implements UnitGaussian {
        private final Lattice lattice = Lattice.of(8);

        @Override
        public Lattice lattice() {
            return lattice;
        }

        @Override
        public String describe() {
            return "8 independent unit Gaussians";
        }
    }

    static final class OtherTarget implements Target {
        @Override
        public Lattice lattice() {
            return Lattice.of(2);
        }

        @Override
        public String describe() {
            return "other";
        }
    }

    /** x ← ρ x + sqrt(1−ρ²) ξ per site: leaves N(0,1) invariant; ρ = 0 is i.i.d. */
    static Sampler ar1(String id, double rho) {
        return new Sampler() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "AR(1) with rho " + rho;
            }

            @Override
            public List<Class<? extends Target>> requires() {
                return List.of(UnitGaussian.class);
            }

            @Override
            public Move bind(Target target, Parameters parameters) {
                double c = Math.sqrt(1 - rho * rho);
                return new Move() {
                    private double counter;

                    @Override
                    public void sweep(double[] field, RandomStream random) {
                        for (int i = 0; i < field.length; i++) {
                            field[i] = rho * field[i] + c * random.nextGaussian();
                        }
                        counter++;
                    }

                    @Override
                    public double[] saveState() {
                        return new double[] {counter};
                    }

                    @Override
                    public void restoreState(double[] state) {
                        counter = state[0];
                    }
                };
            }
        };
    }

    static final class Task implements ChainTask {
        @Override
        public String id() {
            return "toy.sample";
        }

        @Override
        public String description() {
            return "toy chain";
        }

        @Override
        public Target target(Parameters parameters) {
            return new Toy();
        }

        @Override
        public String defaultSampler() {
            return "iid";
        }

        @Override
        public Observables observables(Target target, Parameters parameters) {
            return new Observables() {
                @Override
                public List<String> names() {
                    return List.of("x0", "x2");
                }

                @Override
                public void measure(double[] field, double[] out) {
                    double s = 0;
                    for (double v : field) {
                        s += v * v;
                    }
                    out[0] = field[0];
                    out[1] = s / field.length;
                }
            };
        }

        @Override
        public Map<String, Result> analyse(Measurements m, Target target, Parameters parameters, ProgressMonitor progress) {
            double[] x2 = m.column("x2");
            double s = 0;
            for (double v : x2) {
                s += v;
            }
            return Map.of("x2", ScalarResult.exact(s / x2.length));
        }
    }

    static final class Catalog implements SamplerCatalog {
        final Map<String, Installed<Sampler>> samplers = new LinkedHashMap<>();

        Catalog add(Sampler s) {
            samplers.put(s.id(), new Installed<>(s.id(), s, "test.bundle", "1.0.0"));
            return this;
        }

        @Override
        public Optional<Installed<Sampler>> sampler(String id) {
            return Optional.ofNullable(samplers.get(id));
        }
    }

    static Parameters schedule(int samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("thermalization", 5);
        m.put("interval", 2);
        return Parameters.of(m);
    }

    private ToyChain() {
    }
}
