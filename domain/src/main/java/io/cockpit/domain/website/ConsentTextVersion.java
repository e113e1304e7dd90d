package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/** Which consent text the applicant was shown ({@code 2026-01}, {@code talent-pool-v3}): 1 to 50 visible ASCII. */
public record ConsentTextVersion(String value) {

    private static final Pattern FORM = Pattern.compile("^[!-~]{1,50}$");

    public ConsentTextVersion {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("consent_text_version.invalid", "must be 1-50 visible ASCII characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
