package io.cockpit.domain.linkedin;

import io.cockpit.domain.template.TemplateVariable;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A template's variables filled from a stored contact and the user's own profile. */
public final class TemplateValues {

    private TemplateValues() {
    }

    /** Only values that exist: a missing one falls back (or is reported missing) as in any preview. */
    public static Map<TemplateVariable, String> of(ProfileCard contact, Optional<ProfileCard> me) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        put(values, TemplateVariable.FIRST_NAME, contact.firstName());
        put(values, TemplateVariable.LAST_NAME, contact.lastName());
        put(values, TemplateVariable.FULL_NAME, contact.fullName());
        contact.company().ifPresent(company -> values.put(TemplateVariable.COMPANY, company));
        contact.position().ifPresent(position -> values.put(TemplateVariable.POSITION, position));
        me.ifPresent(own -> {
            put(values, TemplateVariable.MY_FIRST_NAME, own.firstName());
            put(values, TemplateVariable.MY_LAST_NAME, own.lastName());
        });
        return values;
    }

    private static void put(Map<TemplateVariable, String> values, TemplateVariable variable, String value) {
        if (!value.isBlank()) {
            values.put(variable, value);
        }
    }
}
