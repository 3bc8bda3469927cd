package wick.api.param;

/** The value types a parameter can have (the Metatype attribute types Wick uses). */
public enum ParameterType {
    STRING, INTEGER, LONG, DOUBLE, BOOLEAN
}
