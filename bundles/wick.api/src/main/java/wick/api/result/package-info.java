/** The closed family of results (scalar, series, histogram, field, table) with JSON and CSV forms. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.result;
