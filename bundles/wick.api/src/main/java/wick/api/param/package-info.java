/** Typed parameter descriptions (from Metatype OCDs), parsing and validation with one-line messages. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.param;
