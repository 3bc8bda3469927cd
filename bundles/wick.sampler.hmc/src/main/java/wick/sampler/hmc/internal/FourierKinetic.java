package wick.sampler.hmc.internal;

import wick.api.lattice.Lattice;
import wick.api.random.RandomStream;
import wick.lattice.ComplexFft;
import wick.lattice.FftGaussianSampler;
import wick.lattice.Symbols;

/**
 * The Fourier-accelerated kinetic term {@code ½ πᵀ M⁻¹ π} with the translation-invariant mass
 * matrix {@code M = Σ_μ Δ_μᵀΔ_μ + m_acc² I}, i.e. the symbol
 * {@code M_k = Σ_μ k̂_μ² + m_acc²} (PHYSICS sections 0, 1). Normalisation: {@code M = K_E(m_acc)/v}
 * with {@code v} the cell volume, so for the free field {@code S = ½ φᵀ K_E(m) φ} a mode of momentum
 * {@code k} oscillates with {@code ω_k² = (K_E)_k / M_k = v (k̂² + m²)/(k̂² + m_acc²)}: at
 * {@code m_acc² = m²} every mode has the same frequency {@code √v} (1 for unit spacings), so one
 * trajectory of length {@code π/(2√v)} moves all modes, slow ones included, equally far.
 *
 * <p>With the Fourier convention of PHYSICS section 0 and real {@code π}:
 * <ul>
 * <li>{@link #energy}: {@code ½ πᵀM⁻¹π = (1/2V) Σ_k |π̂_k|² / M_k} (one forward FFT);</li>
 * <li>{@link #drift}: {@code φ ← φ + ε IFFT(FFT(π) / M_k)} (a forward and an inverse FFT; the
 * imaginary part, zero up to rounding since {@code M_k = M_{−k}}, is dropped);</li>
 * <li>{@link #draw}: {@code π ~ N(0, M)} by {@link FftGaussianSampler} with precision symbol
 * {@code 1/M_k} (one inverse FFT of complex noise; of its two independent samples the second is
 * discarded, so the momenta depend on nothing but the stream).</li>
 * </ul>
 * All transforms go through one {@link ComplexFft} and buffers allocated here; the methods allocate
 * nothing. Not thread-safe.
 */
final class FourierKinetic implements Kinetic {
    private final int volume;
    private final double[] inverseMass;
    private final double[] buffer;
    private final double[] discarded;
    private final ComplexFft fft;
    private final FftGaussianSampler momenta;

    /**
     * @param accelerationMass2 {@code m_acc² > 0} (checked by the caller)
     */
    FourierKinetic(Lattice lattice, double accelerationMass2) {
        this.volume = lattice.volume();
        double v = lattice.cellVolume();
        double[] ke = Symbols.euclidean(lattice, accelerationMass2);
        this.inverseMass = new double[volume];
        for (int k = 0; k < volume; k++) {
            inverseMass[k] = v / ke[k];
        }
        this.buffer = new double[2 * volume];
        this.discarded = new double[volume];
        this.fft = new ComplexFft(lattice);
        this.momenta = new FftGaussianSampler(lattice, inverseMass);
    }

    /** The symbol {@code 1/M_k} in the layout of {@link Symbols} (a copy). */
    double[] inverseMass() {
        return inverseMass.clone();
    }

    @Override
    public void draw(RandomStream random, double[] pi) {
        momenta.sample(random, pi, discarded);
    }

    @Override
    public double energy(double[] pi) {
        load(pi);
        fft.forward(buffer);
        double s = 0;
        for (int k = 0, i = 0; k < volume; k++, i += 2) {
            double re = buffer[i];
            double im = buffer[i + 1];
            s += (re * re + im * im) * inverseMass[k];
        }
        return s / (2.0 * volume);
    }

    @Override
    public void drift(double[] phi, double[] pi, double epsilon) {
        load(pi);
        fft.forward(buffer);
        for (int k = 0, i = 0; k < volume; k++, i += 2) {
            double c = epsilon * inverseMass[k];
            buffer[i] *= c;
            buffer[i + 1] *= c;
        }
        fft.inverse(buffer);
        for (int n = 0, i = 0; n < volume; n++, i += 2) {
            phi[n] += buffer[i];
        }
    }

    private void load(double[] pi) {
        if (pi.length != volume) {
            throw new IllegalArgumentException("momenta need length V = " + volume + ", got " + pi.length);
        }
        for (int n = 0, i = 0; n < volume; n++, i += 2) {
            buffer[i] = pi[n];
            buffer[i + 1] = 0;
        }
    }
}
