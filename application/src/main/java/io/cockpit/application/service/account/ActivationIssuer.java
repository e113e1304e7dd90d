package io.cockpit.application.service.account;

import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.account.Account;

import java.security.SecureRandom;
import java.time.Instant;

/** Makes a fresh activation token the account's only one. */
final class ActivationIssuer {

    private ActivationIssuer() {
    }

    static ActivationGrant issue(Account account, ActivationTokens tokens, Instant now, SecureRandom random) {
        ActivationGrant grant = new ActivationGrant(SecretToken.generate(TokenKind.ACTIVATION, random),
                now.plus(ActivationGrant.VALIDITY));
        tokens.replace(account.userId(), grant.token().hash(), grant.expiresAt(), now);
        return grant;
    }
}
