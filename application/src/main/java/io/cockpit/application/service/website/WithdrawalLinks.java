package io.cockpit.application.service.website;

import io.cockpit.domain.access.SecretToken;

import java.net.URI;
import java.util.Objects;

/**
 * Where the links in the website's acknowledgements lead: the website's withdrawal page, with the token in the
 * fragment (browsers send a fragment to no server, so the token reaches no access log or referrer). The page sends
 * the matching {@code DELETE /v1/public/...} request.
 *
 * @param page the withdrawal page, e.g. {@code https://www.example.com/widerruf}
 */
public record WithdrawalLinks(URI page) {

    public WithdrawalLinks {
        Objects.requireNonNull(page, "page");
        if (!page.isAbsolute() || page.getRawFragment() != null) {
            throw new IllegalArgumentException("the withdrawal page is an absolute URL without a fragment");
        }
    }

    String contactRequest(SecretToken token) {
        return link("contact-request", token);
    }

    String application(SecretToken token) {
        return link("application", token);
    }

    String talentPool(SecretToken token) {
        return link("talent-pool", token);
    }

    private String link(String kind, SecretToken token) {
        return page + "#" + kind + "=" + token.value();
    }
}
