package io.cockpit.domain.linkedin;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the contact list; a leading minus on the wire reverses one ({@code -lastContact}: newest first). */
public enum ContactSort {
    NAME("name", false), NAME_DESCENDING("-name", true),
    LAST_CONTACT("lastContact", false), LAST_CONTACT_DESCENDING("-lastContact", true),
    CONNECTED("connectedAt", false), CONNECTED_DESCENDING("-connectedAt", true);

    private final String wireName;
    private final boolean descending;

    ContactSort(String wireName, boolean descending) {
        this.wireName = wireName;
        this.descending = descending;
    }

    public String wireName() {
        return wireName;
    }

    public boolean descending() {
        return descending;
    }

    public static Optional<ContactSort> byWireName(String name) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(name)).findFirst();
    }
}
