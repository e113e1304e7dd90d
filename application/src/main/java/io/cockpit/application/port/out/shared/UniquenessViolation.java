package io.cockpit.application.port.out.shared;

/** A store refused a write because a value that must be unique is taken. */
public final class UniquenessViolation extends RuntimeException {

    /** Which uniqueness rule was hit. */
    public enum Rule { EXTERNAL_ID, EMAIL, IDENTIFIER }

    private final Rule rule;

    public UniquenessViolation(Rule rule, Throwable cause) {
        super("unique value taken: " + rule, cause);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
