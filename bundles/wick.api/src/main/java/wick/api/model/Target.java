package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

import wick.api.lattice.Lattice;

/**
 * The distribution a sampler draws from, {@code p(φ) ∝ e^{−S[φ]}} over fields {@code double[V]} on
 * a lattice. A target declares what it can do by implementing capability interfaces (this package);
 * samplers name the capabilities they need ({@link wick.api.sampler.Sampler#requires()}).
 */
@ConsumerType
public interface Target {
    /** The lattice the fields live on. */
    Lattice lattice();

    /** One line for people, e.g. {@code "free field, m² = 1, 4x4"}. */
    String describe();
}
