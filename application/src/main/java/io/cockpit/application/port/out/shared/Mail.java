package io.cockpit.application.port.out.shared;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;

import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail to one person, in their language: a subject, a plain text and optionally an HTML alternative of the
 * same text. It may carry a secret (a one-time link), so its {@link #toString()} shows neither recipient nor content.
 */
public record Mail(EmailAddress recipient, Language language, String subject, String text, Optional<String> html) {

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank() || subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a subject is one non-empty line");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty mail text");
        }
    }

    public static Mail plain(EmailAddress recipient, Language language, String subject, String text) {
        return new Mail(recipient, language, subject, text, Optional.empty());
    }

    @Override
    public String toString() {
        return "Mail[" + language.code() + ", redacted]";
    }
}
