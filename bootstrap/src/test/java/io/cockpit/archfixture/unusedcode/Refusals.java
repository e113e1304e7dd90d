package io.cockpit.archfixture.unusedcode;

/** Architecture fixture: sends one of the two codes. */
public final class Refusals {

    private Refusals() {
    }

    public static RefusalCode refuse() {
        return RefusalCode.SENT;
    }
}
