package io.cockpit.domain.template;

import java.util.Arrays;
import java.util.Optional;

/** The variables a message template may use: the contact's and the user's own names and the contact's job. */
public enum TemplateVariable {
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    FULL_NAME("fullName"),
    COMPANY("company"),
    POSITION("position"),
    MY_FIRST_NAME("myFirstName"),
    MY_LAST_NAME("myLastName");

    private final String wireName;

    TemplateVariable(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TemplateVariable> byWireName(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst();
    }
}
