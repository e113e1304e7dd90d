package io.cockpit.archfixture.capabilityfolders.bootstrap.capability;

/** Architecture fixture. */
public interface Capability {
}
