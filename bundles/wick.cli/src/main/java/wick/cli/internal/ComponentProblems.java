package wick.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The components that do not work, one line each, naming the component, its bundle and why: a
 * failed activation (with the first line of what it threw) or unsatisfied references. The shell's
 * view of what the window's Problems view shows for components (plugins that throw on activation
 * never take the workbench down; this is where they are reported).
 */
final class ComponentProblems {
    private ComponentProblems() {
    }

    static List<String> of(ServiceComponentRuntime scr) {
        List<String> lines = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            String name = d.name + " (bundle " + d.bundle.symbolicName + " " + d.bundle.version + ")";
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    lines.add(name + ": failed to activate: " + firstLine(c.failure));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> refs = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                        refs.add(u.name);
                    }
                    lines.add(name + ": unsatisfied reference " + String.join(", ", refs));
                }
            }
        }
        return lines;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }
}
