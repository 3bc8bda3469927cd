/** Model 2's targets, for samplers, analyses and their tests: the lattice φ⁴ action with a source. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.model.ebm;
