package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn profile URL as sent ({@code https://www.linkedin.com/in/Jana-Schmidt-4711/?trk=x}) and its normalised
 * path ({@code in/jana-schmidt-4711}): any scheme, any linkedin.com host, the slug percent-decoded and in lower case.
 * The path is what the lookup compares, so every spelling of one profile finds it.
 */
public record ProfileUrl(String url, String path) {

    public static final int MAX_LENGTH = 400;
    public static final int MAX_SLUG = 100;
    private static final Pattern FORM = Pattern.compile(
            "^(?:https?://)?((?:[A-Za-z0-9-]+\\.)*linkedin\\.com)(?::\\d+)?/in/([^/?#\\s]+)/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    public ProfileUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(path, "path");
    }

    /** @throws InvalidValueException {@code profile_url.invalid} unless it is a linkedin.com/in/... URL */
    public static ProfileUrl parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String url = raw.strip();
        Matcher matcher = FORM.matcher(url);
        if (url.length() > MAX_LENGTH || !matcher.matches()) {
            throw invalid();
        }
        String slug = Normalizer.normalize(percentDecoded(matcher.group(2)), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        if (slug.isEmpty() || slug.codePointCount(0, slug.length()) > MAX_SLUG
                || slug.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '/')) {
            throw invalid();
        }
        return new ProfileUrl(url, "in/" + slug);
    }

    /** How the suppression list shows it: {@code linkedin.com/in/ja…11}, never the whole slug. */
    public String masked() {
        String slug = path.substring("in/".length());
        int length = slug.codePointCount(0, slug.length());
        if (length < 6) {
            return "linkedin.com/in/…";
        }
        int[] points = slug.codePoints().toArray();
        return "linkedin.com/in/" + new String(points, 0, 2) + "…" + new String(points, length - 2, 2);
    }

    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        String decoded = bytes.toString(StandardCharsets.UTF_8);
        if (decoded.contains("\uFFFD")) {
            throw invalid();
        }
        return decoded;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("profile_url.invalid", "must be a LinkedIn profile URL (linkedin.com/in/...)");
    }
}
