/** Tasks: compute tasks and Markov-chain tasks, their observables and measurements. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package wick.api.task;
