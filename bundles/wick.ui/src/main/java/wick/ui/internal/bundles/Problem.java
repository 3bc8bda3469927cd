package wick.ui.internal.bundles;

/**
 * Something installed that does not work.
 *
 * @param kind   {@code bundle} or {@code component}
 * @param name   the bundle's symbolic name, or the component's name with its bundle
 * @param state  what state it is stuck in
 * @param reason why, in the framework's or SCR's words
 */
record Problem(String kind, String name, String state, String reason) {
}
