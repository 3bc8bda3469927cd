package wick.model.fock.internal;

/**
 * An ordered product of ladder operators with a complex coefficient,
 * {@code c · O_0 O_1 ... O_{r−1}}, each {@code O_i} an annihilator {@code a_{mode_i}} or a creator
 * {@code a†_{mode_i}}. Applied to a basis state right to left ({@code O_{r−1}} first), exactly in the
 * untruncated Fock space: {@code a|n⟩ = √n |n−1⟩}, {@code a†|n⟩ = √(n+1) |n+1⟩}. Intermediate states
 * may leave any truncation; only the final state is projected (that is {@code P O P}).
 *
 * @param modes    the mode of each factor
 * @param creators whether each factor is a creator
 * @param re       real part of the coefficient
 * @param im       imaginary part of the coefficient
 */
record LadderWord(int[] modes, boolean[] creators, double re, double im) {

    /** A real-coefficient word. */
    static LadderWord of(double coefficient, int[] modes, boolean[] creators) {
        return new LadderWord(modes, creators, coefficient, 0);
    }

    /**
     * Applies the operator product to {@code occ} in place.
     *
     * @param occ occupations; modified into the final state (meaningless when 0 is returned)
     * @return the real amplitude {@code Π √(...)} (without the coefficient), 0 when some annihilator meets an empty mode
     */
    double apply(int[] occ) {
        double amp = 1;
        for (int i = modes.length - 1; i >= 0; i--) {
            int m = modes[i];
            if (creators[i]) {
                occ[m]++;
                amp *= Math.sqrt(occ[m]);
            } else {
                if (occ[m] == 0) {
                    return 0;
                }
                amp *= Math.sqrt(occ[m]);
                occ[m]--;
            }
        }
        return amp;
    }
}
