/**
 * Heat-kernel numerics (PHYSICS section 5), exported for the Seeley–DeWitt bundle: the scaled
 * modified Bessel functions, the flat lattice heat-kernel diagonal, traces {@code Tr e^{−sK}} from
 * eigenvalues, symbols and Hutchinson probes with Lanczos quadrature, the proper-time, Cholesky and
 * stochastic log determinants, lattice operators ({@code K_E}, {@code K[σ]}) and backgrounds σ.
 */
@Export
@Version("1.0.0")
package wick.analysis.heatkernel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
