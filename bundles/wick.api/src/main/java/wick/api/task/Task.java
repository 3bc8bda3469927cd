package wick.api.task;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something a user runs, registered as a service with property {@link #ID}. Its parameters are
 * described by a Metatype OCD whose id equals {@link #id()} (designated by the component). A task
 * is either a {@link ComputeTask} or a {@link ChainTask}.
 */
@ConsumerType
public interface Task {
    /** Service property holding the task id. */
    String ID = "wick.task.id";

    /** Unique id, e.g. {@code "free.sample"}. */
    String id();

    /** One line saying what the task computes. */
    String description();

    /**
     * Checks the constraints between parameters (beyond each one's own range) before a run starts
     * and anything is written; chain tasks are checked by building their target.
     *
     * @throws wick.api.param.ParameterException naming the offending parameter
     */
    default void validate(wick.api.param.Parameters parameters) {
    }
}
