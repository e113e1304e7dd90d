package io.cockpit.domain.website;

import io.cockpit.domain.shared.LineText;

/** The text a visitor or an applicant writes: 1 to 5,000 characters, line breaks allowed. */
public record FormMessage(String value) {

    public static final int MAX_LENGTH = 5000;

    public FormMessage {
        value = LineText.lines(value, "message", MAX_LENGTH);
    }

    /** Never the text itself: it may end up in a log line. */
    @Override
    public String toString() {
        return "FormMessage[" + value.length() + " chars]";
    }
}
