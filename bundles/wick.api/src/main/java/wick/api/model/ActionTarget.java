package wick.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/** Capability: the action {@code S[φ]} (up to a constant) can be evaluated. */
@ConsumerType
public interface ActionTarget extends Target {
    /** {@code S[φ]}; {@code field} is not modified. */
    double action(double[] field);
}
