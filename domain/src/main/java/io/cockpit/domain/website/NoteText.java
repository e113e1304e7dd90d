package io.cockpit.domain.website;

import io.cockpit.domain.shared.LineText;

/** An interview note of the operator's staff on an application: 1 to 10,000 characters, line breaks allowed. */
public record NoteText(String value) {

    public static final int MAX_LENGTH = 10_000;

    public NoteText {
        value = LineText.lines(value, "text", MAX_LENGTH);
    }

    /** Never the text itself: it may end up in a log line. */
    @Override
    public String toString() {
        return "NoteText[" + value.length() + " chars]";
    }
}
