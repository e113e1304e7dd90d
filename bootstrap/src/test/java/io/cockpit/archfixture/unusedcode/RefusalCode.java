package io.cockpit.archfixture.unusedcode;

/** Architecture fixture: a registry of codes with one that nothing sends. */
public enum RefusalCode {
    SENT,
    NEVER_SENT;

    /** Reading every constant through values() is not sending one. */
    public static int count() {
        return values().length;
    }
}
