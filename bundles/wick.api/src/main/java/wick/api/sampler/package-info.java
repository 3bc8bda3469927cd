/** Samplers: services that bind to a target whose capabilities they need and give a move. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.sampler;
