package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.LineText;

/**
 * The file name of an uploaded document, as the applicant's browser named it: 1 to 200 characters, no path (no
 * {@code /} or {@code \}), not {@code .} or {@code ..}. Within an application each name is one document: uploading
 * the same name again replaces it.
 */
public record DocumentName(String value) {

    public static final int MAX_LENGTH = 200;

    public DocumentName {
        value = LineText.line(value, "file_name", MAX_LENGTH);
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || value.equals(".") || value.equals("..")) {
            throw new InvalidValueException("file_name.invalid", "must be a file name without a path");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
