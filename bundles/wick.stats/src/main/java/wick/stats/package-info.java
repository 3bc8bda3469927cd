/** Statistics of Monte Carlo time series: Wolff's Gamma-method and the binned jackknife. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.stats;
