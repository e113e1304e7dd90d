package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/** The job an application is for, as the website names it ({@code 2026-sales-berlin}): 1 to 100 characters. */
public record JobReference(String value) {

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$");

    public JobReference {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("job_reference.invalid",
                    "must be 1-100 letters, digits and . _ : / - (starting with a letter or digit)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
