package wick.model.fock.internal;

import wick.api.param.ParameterException;

/**
 * One of the three truncations of Fock space (PHYSICS 3): per mode {@code n_k ≤ nmax}
 * ({@code nmax:K}), total particle number {@code Σ n_k ≤ Nmax} ({@code particles:K}) or energy
 * {@code Σ n_k ω_k ≤ Emax} ({@code energy:E}, inclusive with a 1e-9 tolerance for exact ties).
 *
 * @param kind  which truncation
 * @param value its cutoff (an integer for the first two)
 */
record Truncation(Kind kind, double value) {
    /** Relative tolerance for energy ties. */
    static final double TIE = 1e-9;

    /** The truncation kinds with their CLI prefixes. */
    enum Kind {
        NMAX("nmax"), PARTICLES("particles"), ENERGY("energy");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    static final String ALLOWED = "nmax:K, particles:K (integer K >= 0) or energy:E (E > 0)";

    /** Parses {@code nmax:K}, {@code particles:K} or {@code energy:E}. */
    static Truncation parse(String text) {
        String s = text == null ? "" : text.trim();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new ParameterException("truncation", s, ALLOWED);
        }
        String head = s.substring(0, colon).trim();
        String tail = s.substring(colon + 1).trim();
        for (Kind k : Kind.values()) {
            if (k.prefix.equals(head)) {
                double v;
                try {
                    v = Double.parseDouble(tail);
                } catch (NumberFormatException e) {
                    throw new ParameterException("truncation", s, ALLOWED);
                }
                if (k == Kind.ENERGY ? !(v > 0) || Double.isInfinite(v) : v < 0 || v != Math.rint(v) || v > 10000) {
                    throw new ParameterException("truncation", s, ALLOWED + " (integer K at most 10000)");
                }
                return new Truncation(k, v);
            }
        }
        throw new ParameterException("truncation", s, ALLOWED);
    }

    /** The largest occupation one mode of energy {@code weight} can have. */
    int maxOccupation(double weight) {
        return switch (kind) {
            case NMAX, PARTICLES -> (int) value;
            case ENERGY -> (int) Math.floor(value / weight + TIE * Math.max(1, value / weight));
        };
    }

    /** Whether a state with {@code particles} quanta and free energy {@code energy} is kept (per-mode limits checked apart). */
    boolean admits(int particles, double energy) {
        return switch (kind) {
            case NMAX -> true;
            case PARTICLES -> particles <= value;
            case ENERGY -> energy <= value + TIE * Math.max(1, value);
        };
    }

    /** The same kind with another cutoff. */
    Truncation withValue(double v) {
        return new Truncation(kind, v);
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + (kind == Kind.ENERGY ? String.valueOf(value) : String.valueOf((long) value));
    }
}
