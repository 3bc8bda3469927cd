/** A UI-free progress monitor with sub-tasks and polled cancellation. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package wick.api.progress;
