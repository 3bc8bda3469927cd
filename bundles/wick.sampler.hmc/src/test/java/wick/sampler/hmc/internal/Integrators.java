package wick.sampler.hmc.internal;

import wick.api.model.ForceTarget;

/** The two integrators under test, by sampler id. */
final class Integrators {
    /** m_acc² used for fa-hmc where a test does not care. */
    static final double ACCELERATION_MASS2 = 0.5;

    private Integrators() {
    }

    static Leapfrog of(String id, ForceTarget target) {
        return of(id, target, ACCELERATION_MASS2);
    }

    static Leapfrog of(String id, ForceTarget target, double accelerationMass2) {
        return switch (id) {
            case HmcSampler.ID -> new Leapfrog(target, new UnitKinetic());
            case FaHmcSampler.ID -> new Leapfrog(target, new FourierKinetic(target.lattice(), accelerationMass2));
            default -> throw new IllegalArgumentException(id);
        };
    }
}
