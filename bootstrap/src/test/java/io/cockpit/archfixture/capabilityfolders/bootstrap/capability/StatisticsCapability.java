package io.cockpit.archfixture.capabilityfolders.bootstrap.capability;

/** Architecture fixture. The planted violation: wiring of a capability the domain does not have. */
public class StatisticsCapability implements Capability {
}
