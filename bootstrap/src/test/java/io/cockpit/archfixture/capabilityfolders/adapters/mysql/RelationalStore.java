package io.cockpit.archfixture.capabilityfolders.adapters.mysql;

/** Architecture fixture: plumbing directly in adapters.mysql is fine. */
public class RelationalStore {
}
