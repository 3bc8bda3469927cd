/** Targets (the distribution a sampler samples) and the capability interfaces they declare. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package wick.api.model;
