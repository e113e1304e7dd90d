package io.cockpit.archfixture.capabilityfolders.bootstrap.capability;

/** Architecture fixture. */
public class LabelCapability implements Capability {
}
