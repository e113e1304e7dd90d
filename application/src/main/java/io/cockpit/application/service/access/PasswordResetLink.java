package io.cockpit.application.service.access;

import io.cockpit.domain.access.SecretToken;

import java.net.URI;
import java.util.Objects;

/**
 * Where a reset e-mail sends its reader: the web app's reset page, with the token in the fragment. Browsers do not
 * send a fragment to any server, so the token reaches no access log or referrer; the page posts it to the API.
 *
 * @param webApp the web app's address, e.g. {@code https://app.example.com}
 */
public record PasswordResetLink(URI webApp) {

    static final String PAGE = "/password-reset";

    public PasswordResetLink {
        Objects.requireNonNull(webApp, "webApp");
        if (!webApp.isAbsolute() || webApp.getRawFragment() != null || webApp.getRawQuery() != null) {
            throw new IllegalArgumentException("the web app's address is an absolute URL without query or fragment");
        }
    }

    String to(SecretToken token) {
        String base = webApp.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PAGE + "#token=" + token.value();
    }
}
