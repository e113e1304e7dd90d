package io.cockpit.archfixture.capabilityfolders.adapters.mysql.label;

/** Architecture fixture. */
public class JdbiLabelRepository {
}
