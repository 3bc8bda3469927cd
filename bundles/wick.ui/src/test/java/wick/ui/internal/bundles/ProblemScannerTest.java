package wick.ui.internal.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

class ProblemScannerTest {

    private static Requirement requirement(String namespace, String filter) {
        return new Requirement() {
            @Override
            public String getNamespace() {
                return namespace;
            }

            @Override
            public Map<String, String> getDirectives() {
                return Map.of("filter", filter);
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return null;
            }
        };
    }

    @Test
    void requirementsForPeople() {
        assertEquals("package no.such.pkg [1.0.0, 2.0.0)", ProblemScanner.describe(requirement("osgi.wiring.package",
                "(&(osgi.wiring.package=no.such.pkg)(version>=1.0.0)(!(version>=2.0.0)))")));
        assertEquals("package org.jfree.chart", ProblemScanner.describe(requirement("osgi.wiring.package",
                "(osgi.wiring.package=org.jfree.chart)")));
        assertEquals("bundle wick.api [1.0.0, ∞)", ProblemScanner.describe(requirement("osgi.wiring.bundle",
                "(&(osgi.wiring.bundle=wick.api)(bundle-version>=1.0.0))")));
        assertEquals("service (objectClass=wick.api.run.Workbench)", ProblemScanner.describe(requirement("osgi.service",
                "(objectClass=wick.api.run.Workbench)")));
    }
}
