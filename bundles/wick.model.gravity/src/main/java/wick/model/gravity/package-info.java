/**
 * Model 3's lattice objects (PHYSICS section 4), exported for analyses that need them (the heat
 * kernel and Seeley–DeWitt bundles): blocks, the latent field σ and its region Ω, the stress tensor,
 * and the operator {@code K[σ]} in matrix-free, sparse and dense forms.
 */
@Export
@Version("1.0.0")
package wick.model.gravity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
