/** Lattice geometry: periodic lattices, flat indexing and neighbour tables. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.lattice;
