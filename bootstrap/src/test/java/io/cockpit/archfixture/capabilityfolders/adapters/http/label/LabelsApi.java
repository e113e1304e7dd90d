package io.cockpit.archfixture.capabilityfolders.adapters.http.label;

/** Architecture fixture. */
public class LabelsApi {
}
