package io.cockpit.archfixture.capabilityfolders.adapters.mysql.labels;

/** Architecture fixture. The planted violation: a folder named after no capability (labels, not label). */
public class JdbiLabels {
}
