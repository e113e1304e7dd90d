package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/** An attachment's metadata: name, media type and size in bytes. The bytes themselves are never accepted. */
public record Attachment(String name, String mediaType, long size) {

    public static final int MAX_NAME = 255;
    static final String NOT_READABLE = "(not readable)";
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/"
            + "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$");

    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        // a space for each layout control, as in LinkedIn's other one-line texts; one of nothing else (a name stored
        // before) says so rather than failing to read
        String spaced = Text.normalized(Text.layoutControlsAsSpaces(name));
        name = spaced.isEmpty() && !name.isBlank() ? NOT_READABLE : spaced;
        if (name.isEmpty() || Text.length(name) > MAX_NAME || Text.hasControlCharacters(name)) {
            throw new InvalidValueException("attachment.name", "must be 1-" + MAX_NAME + " characters on one line");
        }
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidValueException("attachment.media_type", "must be a media type such as application/pdf");
        }
        if (size < 0) {
            throw new InvalidValueException("attachment.size", "must not be negative");
        }
    }
}
