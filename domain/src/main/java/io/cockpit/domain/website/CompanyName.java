package io.cockpit.domain.website;

import io.cockpit.domain.shared.LineText;

/** The company a visitor names in the contact form: 1 to 200 characters, one line. */
public record CompanyName(String value) {

    public static final int MAX_LENGTH = 200;

    public CompanyName {
        value = LineText.line(value, "company", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
