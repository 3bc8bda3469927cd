/** The contract every sampler must pass: exact free-field and small-lattice φ⁴ moments, reproducible resume. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.sampler.contract;
