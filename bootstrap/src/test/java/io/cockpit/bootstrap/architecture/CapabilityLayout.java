package io.cockpit.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The capability layout: the capabilities are the packages directly under {@code domain} (access, account, ...,
 * shared), and each layer has one folder per capability. A new capability adds folders; the rules need no change.
 * See docs/architecture.md, "Capabilities".
 */
final class CapabilityLayout {

    /** Layers with one folder per capability, relative to the root package. */
    private static final List<String> LAYERS = List.of("application.port.in", "application.port.out",
            "application.service", "adapters.http", "adapters.mysql");
    private static final Set<String> PORTS = Set.of("application.port.in", "application.port.out");
    /** Layers in which every class sits in a capability folder (the others have plumbing directly in the layer). */
    private static final Set<String> ONLY_CAPABILITY_FOLDERS = Set.of("application.port.in", "application.port.out",
            "application.service");
    /** The HTTP adapter's plumbing packages, shared by every capability's handlers. */
    private static final Set<String> HTTP_PLUMBING = Set.of("contract", "handler", "json", "operations", "pipeline",
            "problem");
    /**
     * Services that other capabilities' services may call directly, relative to the root: the sign-in throttle
     * (access signs in under protection's limits) and ending a user's sessions (account cancels a contract).
     */
    private static final Set<String> SHARED_COLLABORATORS = Set.of(
            "application.service.protection.BruteForceGuard",
            "application.service.access.SessionService");
    private static final String SHARED = "shared";
    /** The register's out-ports (export, erasure, expiry of personal data) are what every capability's stores implement. */
    private static final String REGISTER = "register";

    private CapabilityLayout() {
    }

    /**
     * Every class of the ports and services sits in a capability folder; every sub-package of adapters/mysql and
     * adapters/http is a capability folder (http's plumbing excepted); each wiring class in bootstrap.capability is
     * called after a capability.
     */
    static ArchRule classesLiveInCapabilityFolders(String root) {
        return classes().should(new CapabilityCondition(root, "live in the folder of a capability of " + root
                + ".domain") {
            @Override
            void check(JavaClass item, Set<String> capabilities, ConditionEvents events) {
                Optional<Place> place = place(item.getPackageName());
                if (place.isPresent()) {
                    Place p = place.get();
                    if (p.capability().isEmpty() && ONLY_CAPABILITY_FOLDERS.contains(p.layer())) {
                        violated(item, events, "is in " + root + "." + p.layer() + " itself, not in a capability "
                                + "folder " + capabilities);
                    } else if (p.capability().filter(c -> !capabilities.contains(c)).isPresent()) {
                        violated(item, events, "is in " + root + "." + p.layer() + "." + p.capability().get()
                                + ", but there is no capability " + p.capability().get() + " " + capabilities);
                    }
                }
                String wiring = root + ".bootstrap.capability";
                String name = item.getSimpleName();
                if (item.getPackageName().equals(wiring) && name.endsWith("Capability") && !item.isInterface()
                        && !item.isNestedClass()
                        && !capabilities.contains(name.substring(0, name.length() - "Capability".length())
                        .toLowerCase(Locale.ROOT))) {
                    violated(item, events, "wires a capability that " + root + ".domain does not have "
                            + capabilities);
                }
            }
        }).because("a capability's use cases, ports, services and adapters are found by folder name alone");
    }

    /**
     * Ports and adapters of a capability use only their own capability, {@code shared} ({@code shared} only
     * itself) and the out-ports of {@code register}, which every store of personal data implements; services may also call another capability's ports (never implement them) and the
     * {@link #SHARED_COLLABORATORS}. The domain is the common vocabulary and is not restricted here.
     */
    static ArchRule capabilitiesMeetThroughPorts(String root) {
        return classes().should(new CapabilityCondition(root, "use other capabilities only through their ports") {
            @Override
            void check(JavaClass item, Set<String> capabilities, ConditionEvents events) {
                Optional<String> own = place(item.getPackageName()).flatMap(Place::capability);
                if (own.isEmpty()) {
                    return;
                }
                Set<JavaClass> targets = new LinkedHashSet<>();
                item.getDirectDependenciesFromSelf()
                        .forEach(d -> targets.add(d.getTargetClass().getBaseComponentType()));
                for (JavaClass target : targets) {
                    Optional<Place> to = place(target.getPackageName());
                    Optional<String> other = to.flatMap(Place::capability)
                            .filter(c -> !c.equals(own.get()) && !c.equals(SHARED))
                            .filter(c -> !(c.equals(REGISTER) && to.get().layer().equals("application.port.out")));
                    if (other.isPresent() && !allowed(item, target, to.get())) {
                        violated(item, events, "(capability " + own.get() + ") uses " + target.getName()
                                + " of capability " + other.get());
                    }
                }
            }

            private boolean allowed(JavaClass source, JavaClass target, Place to) {
                if (!place(source.getPackageName()).orElseThrow().layer().equals("application.service")) {
                    return false;
                }
                // a collaborator's nested types (BruteForceGuard.Guess) belong to it
                String relative = target.getName().substring(root.length() + 1).split("\\$")[0];
                boolean callsAPort = PORTS.contains(to.layer()) && !source.isAssignableTo(target.getName());
                return callsAPort || SHARED_COLLABORATORS.contains(relative);
            }
        }).because("a capability reaches another only through its ports; its adapters serve its own ports");
    }

    /** Where a package sits: a capability layer and, when it is in one, the capability folder. */
    private record Place(String layer, Optional<String> capability) {
    }

    /** Knows the root and the capabilities (the packages directly under {@code root.domain}). */
    private abstract static class CapabilityCondition extends ArchCondition<JavaClass> {

        final String root;
        private final Set<String> capabilities = new TreeSet<>();

        CapabilityCondition(String root, String description) {
            super(description);
            this.root = root;
        }

        @Override
        public void init(Collection<JavaClass> all) {
            String domain = root + ".domain.";
            all.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(domain))
                    .map(p -> p.substring(domain.length()).split("\\.")[0])
                    .forEach(capabilities::add);
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            check(item, capabilities, events);
        }

        @Override
        public void finish(ConditionEvents events) {
            if (capabilities.isEmpty()) {
                events.add(SimpleConditionEvent.violated(root, "no capabilities: " + root + ".domain has no packages"));
            }
        }

        abstract void check(JavaClass item, Set<String> capabilities, ConditionEvents events);

        Optional<Place> place(String packageName) {
            for (String layer : LAYERS) {
                String base = root + "." + layer;
                if (packageName.equals(base)) {
                    return Optional.of(new Place(layer, Optional.empty()));
                }
                if (packageName.startsWith(base + ".")) {
                    String folder = packageName.substring(base.length() + 1).split("\\.")[0];
                    boolean plumbing = layer.equals("adapters.http") && HTTP_PLUMBING.contains(folder);
                    return Optional.of(new Place(layer, plumbing ? Optional.empty() : Optional.of(folder)));
                }
            }
            return Optional.empty();
        }

        static void violated(JavaClass item, ConditionEvents events, String why) {
            events.add(SimpleConditionEvent.violated(item, item.getName() + " " + why));
        }
    }
}
