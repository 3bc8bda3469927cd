package org.example.xy.internal;

/** The tolerances of this module's tests. */
final class Tolerance {
    /** Monte Carlo checks: deviations below this many standard errors. */
    static final double Z = 4;
    /** Identities that hold to rounding. */
    static final double ROUNDING = 1e-12;

    private Tolerance() {
    }
}
