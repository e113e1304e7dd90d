package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The page of the website a form was sent from: an absolute http or https URL with a host, at most 2,000 characters.
 * Anything else ({@code javascript:}, {@code data:}, a relative path) is refused, so that the operator's tools can
 * show it as a link without risk. Only the page is kept: the query and the fragment ({@code ?...}, {@code #...}),
 * which can carry tracking ids or an e-mail address, are cut off once the whole URL passed the checks.
 */
public record PageUrl(String value) {

    public static final int MAX_LENGTH = 2000;

    public PageUrl {
        value = Text.normalized(Objects.requireNonNull(value, "value"));
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH || Text.hasControlCharacters(value)) {
            throw new InvalidValueException("page_url.invalid", "must be an http or https URL of at most "
                    + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("page_url.invalid", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException("page_url.scheme", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new InvalidValueException("page_url.invalid", "must name a host (and no user)");
        }
        // a valid URL's path ends at its first '?' or '#': neither may stand in the authority or the path
        value = Text.withoutQueryOrFragment(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
