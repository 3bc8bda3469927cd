package wick.ui.internal.bundles;

import org.osgi.framework.Bundle;

/**
 * One bundle as the Bundles view lists it.
 *
 * @param id       the bundle id
 * @param name     its symbolic name
 * @param version  its version
 * @param state    {@code installed}, {@code resolved}, {@code starting}, {@code active}, ...
 * @param location where it was installed from
 */
record BundleRow(long id, String name, String version, String state, String location) {

    static BundleRow of(Bundle b) {
        return new BundleRow(b.getBundleId(), b.getSymbolicName() == null ? "(no symbolic name)" : b.getSymbolicName(),
                b.getVersion().toString(), state(b.getState()), b.getLocation());
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "uninstalled";
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> Integer.toString(state);
        };
    }
}
