package wick.engine.internal;

/**
 * An installed service with the bundle that provides it.
 *
 * @param id      the service's Wick id (task or sampler id)
 * @param service the service object
 * @param bundle  the providing bundle's symbolic name
 * @param version the providing bundle's version
 */
record Installed<T>(String id, T service, String bundle, String version) {
}
