package io.cockpit.domain.website;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats an application's documents may have. What a document is, is decided by its content
 * ({@link DocumentFormats#detect}), never by the media type the browser sent alone.
 */
public enum DocumentType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
    PNG("image/png", "PNG"),
    JPEG("image/jpeg", "JPEG");

    private final String mediaType;
    private final String label;

    DocumentType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        String wanted = mediaType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(wanted)).findFirst();
    }
}
