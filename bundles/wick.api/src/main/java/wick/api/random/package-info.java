/** Seeded, splittable random streams with a checkpointable state. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.random;
