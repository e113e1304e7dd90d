package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, the user's login. Kept as entered (trimmed, NFC); compared and kept unique by its
 * {@link #canonical()} form. Dot-atom addresses only (RFC 5322 without quoted local parts or IP literals), which is
 * what real mailboxes use; internationalised domains must be sent in their ASCII (punycode) form.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern LOCAL_PART =
            Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final Pattern DOMAIN =
            Pattern.compile("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = Text.normalized(value);
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at <= 0 || at > MAX_LOCAL_PART
                || !LOCAL_PART.matcher(value.substring(0, at)).matches()
                || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
            throw new InvalidValueException("email.invalid", "is not a valid e-mail address");
        }
    }

    /** The form used to compare addresses: upper and lower case do not make a different login. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAddressAs(EmailAddress other) {
        return canonical().equals(other.canonical());
    }

    @Override
    public String toString() {
        return value;
    }
}
