package wick.model.ebm.internal.perturbative;

import wick.api.param.ParameterException;

/** The {@code separations} parameter: {@code "all"} or comma-separated time separations τ. */
final class Separations {
    /** The parameter's name. */
    static final String PARAMETER = "separations";
    /** Help text of the attribute. */
    static final String HELP = "Time separations tau of C(tau), comma-separated integers 0..N_t-1 (e.g. 0,1,4), or all";

    private Separations() {
    }

    /**
     * The separations τ, in the order given.
     *
     * @param text {@code "all"} (or blank) for {@code 0..N_t−1}, else comma-separated integers
     * @param nt   the time extent {@code N_t}
     * @throws ParameterException naming {@code separations} for a malformed or out-of-range value
     */
    static int[] parse(String text, int nt) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            int[] all = new int[nt];
            for (int t = 0; t < nt; t++) {
                all[t] = t;
            }
            return all;
        }
        String[] parts = text.split(",", -1);
        int[] tau = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                tau[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(PARAMETER, text, "all, or comma-separated integers 0.." + (nt - 1) + " (N_t = " + nt + ")");
            }
            if (tau[i] < 0 || tau[i] >= nt) {
                throw new ParameterException(PARAMETER, text, "separations 0.." + (nt - 1) + " (N_t = " + nt + "), or all");
            }
        }
        return tau;
    }
}
