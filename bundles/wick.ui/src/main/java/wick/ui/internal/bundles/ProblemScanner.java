package wick.ui.internal.bundles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Requirement;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Finds what is installed but does not work: bundles left INSTALLED (unresolved), with the
 * requirements nothing provides (found without side effects through
 * {@link FrameworkWiring#findProviders}) or, when every requirement has a provider (a uses
 * conflict), the resolver's message; and Declarative Services components that are not satisfied or
 * failed to activate, with their unsatisfied references. A bundle's reason is cached until a bundle
 * event invalidates the cache ({@link #bundlesChanged()}), so the resolver is not run every scan.
 * Runs off the event thread.
 */
final class ProblemScanner {
    private final BundleContext context;
    private final Map<Long, String> reasons = new HashMap<>();

    ProblemScanner(BundleContext context) {
        this.context = context;
    }

    /** Forgets the cached reasons (a bundle came, went or changed). */
    synchronized void bundlesChanged() {
        reasons.clear();
    }

    /** The problems now; {@code scr} may be {@code null} (then components are not checked). */
    synchronized List<Problem> scan(ServiceComponentRuntime scr) {
        List<Problem> problems = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.INSTALLED) {
                String reason = reasons.computeIfAbsent(b.getBundleId(), id -> unresolvedReason(b));
                if (reason != null) {
                    problems.add(new Problem("bundle", b.getSymbolicName() + " " + b.getVersion(), "installed (unresolved)", reason));
                }
            }
        }
        if (scr != null) {
            problems.addAll(components(scr));
        }
        return problems;
    }

    /** Why a bundle does not resolve, or {@code null} when it resolves now. */
    private String unresolvedReason(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (revision == null || wiring == null) {
            return "unresolved";
        }
        List<String> missing = new ArrayList<>();
        for (Requirement r : revision.getRequirements(null)) {
            if (Constants.RESOLUTION_OPTIONAL.equals(r.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
                continue;
            }
            Collection<?> providers = wiring.findProviders(r);
            if (providers.isEmpty()) {
                missing.add(describe(r));
            }
        }
        if (!missing.isEmpty()) {
            return "missing " + String.join("; ", missing);
        }
        if (wiring.resolveBundles(Set.of(b))) {
            return null;
        }
        if ((revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return "a fragment that attaches to no resolved host";
        }
        try {
            // cannot resolve, so this cannot start it: it only fetches the resolver's message
            b.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException | IllegalStateException e) {
            return e.getMessage();
        }
    }

    /**
     * A requirement for people: {@code package no.such.pkg [1.0.0, 2.0.0)} for the filter
     * {@code (&(osgi.wiring.package=no.such.pkg)(version>=1.0.0)(!(version>=2.0.0)))}; other
     * namespaces with their filter.
     */
    static String describe(Requirement r) {
        String filter = r.getDirectives().getOrDefault(Constants.FILTER_DIRECTIVE, "");
        String ns = r.getNamespace();
        String what = switch (ns) {
            case "osgi.wiring.package" -> "package";
            case "osgi.wiring.bundle" -> "bundle";
            case "osgi.wiring.host" -> "fragment host";
            case "osgi.service" -> "service";
            case "osgi.extender" -> "extender";
            case "osgi.ee" -> "execution environment";
            default -> ns;
        };
        String versionKey = ns.equals("osgi.wiring.package") ? "version" : "bundle-version";
        Matcher name = Pattern.compile("\\(" + Pattern.quote(ns) + "=([^)]+)\\)")
                .matcher(filter);
        if (!(ns.startsWith("osgi.wiring.")) || !name.find()) {
            return what + " " + filter;
        }
        Matcher lower = Pattern.compile("(?<!!)\\(" + versionKey + ">=([^)]+)\\)").matcher(filter);
        Matcher upper = Pattern.compile("\\(!\\(" + versionKey + ">=([^)]+)\\)\\)").matcher(filter);
        String range = "";
        if (lower.find()) {
            range = " [" + lower.group(1) + ", " + (upper.find() ? upper.group(1) + ")" : "∞)");
        }
        return what + " " + name.group(1) + range;
    }

    private static List<Problem> components(ServiceComponentRuntime scr) {
        List<Problem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            String name = d.name + " (" + d.bundle.symbolicName + ")";
            Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty() && "require".equals(d.configurationPolicy)) {
                problems.add(new Problem("component", name, "unsatisfied configuration",
                        "needs a configuration with PID " + String.join(", ", d.configurationPid)));
            }
            for (ComponentConfigurationDTO c : configs) {
                switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> problems.add(new Problem("component", name,
                            "unsatisfied reference", references(d, c.unsatisfiedReferences)));
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> problems.add(new Problem("component", name,
                            "unsatisfied configuration", "needs a configuration with PID " + String.join(", ", d.configurationPid)));
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(new Problem("component", name,
                            "failed activation", firstLine(c.failure)));
                    default -> {
                        // satisfied, active
                    }
                }
            }
        }
        return problems;
    }

    private static String references(ComponentDescriptionDTO d, UnsatisfiedReferenceDTO[] unsatisfied) {
        List<String> parts = new ArrayList<>();
        for (UnsatisfiedReferenceDTO u : unsatisfied) {
            String type = "";
            for (ReferenceDTO r : d.references) {
                if (r.name.equals(u.name)) {
                    type = r.interfaceName;
                }
            }
            parts.add(u.name + ": no " + type + (u.target == null || u.target.isEmpty() ? "" : " matching " + u.target));
        }
        return parts.isEmpty() ? "unsatisfied reference" : String.join("; ", parts);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "failed to activate";
        }
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }
}
