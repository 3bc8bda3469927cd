package wick.api.run;

/**
 * An installed bundle, as recorded in a run's environment.
 *
 * @param symbolicName the bundle's symbolic name
 * @param version      its version
 * @param sha256       the SHA-256 of its jar as 64 lowercase hex digits, or {@code null} when the bundle
 *                     has no jar file (the system bundle, or a location that is not a {@code file:} URL)
 */
public record BundleInfo(String symbolicName, String version, String sha256) {
}
