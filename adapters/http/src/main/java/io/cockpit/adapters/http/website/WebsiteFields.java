package io.cockpit.adapters.http.website;

import io.cockpit.api.model.WebsiteLanguage;
import io.cockpit.domain.shared.Language;

import java.util.Optional;

/** How the website's forms send their fields: optional ones may come empty, the honeypot should. */
final class WebsiteFields {

    private WebsiteFields() {
    }

    /** An optional field: absent, null and blank all mean "not given". */
    static Optional<String> optional(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    /** Whether a bot filled the hidden field. */
    static boolean honeypotFilled(String website) {
        return optional(website).isPresent();
    }

    static Language language(WebsiteLanguage language) {
        return language == null ? Language.DE : Language.fromCode(language.getValue());
    }
}
