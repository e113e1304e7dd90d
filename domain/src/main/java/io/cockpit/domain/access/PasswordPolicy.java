package io.cockpit.domain.access;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Locale;

/** What a new password must be: 12 to 128 characters, not the e-mail address, not a common password. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** @throws InvalidValueException naming the broken rule */
    public Password accept(String candidate, EmailAddress owner) {
        int length = Text.length(candidate);
        if (length < MIN_LENGTH) {
            throw new InvalidValueException("password.too_short", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("password.too_long", "must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = candidate.strip().toLowerCase(Locale.ROOT);
        if (lower.equals(owner.canonical()) || lower.equals(owner.canonical().substring(0, owner.canonical().indexOf('@')))) {
            throw new InvalidValueException("password.is_email", "must not be your e-mail address");
        }
        if (common.contains(candidate) || common.contains(candidate.strip())) {
            throw new InvalidValueException("password.too_common",
                    "is one of the 10,000 most common passwords; choose another");
        }
        return new Password(candidate);
    }
}
