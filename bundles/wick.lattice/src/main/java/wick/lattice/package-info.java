/**
 * Lattice numerics (PHYSICS sections 0, 1, 2.1): momenta and symbols, difference operators, FFTs,
 * small dense operators, the free field and its exact FFT Gaussian sampler.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.lattice;
