package io.cockpit.domain.access;

/** Who an API key speaks for. */
public enum ApiKeyRole {
    /** The sales partner's integration; the key's name identifies the partner. */
    PARTNER(TokenKind.PARTNER_KEY),
    /** The operator's privacy officer or support staff; the key's name is written to the audit log. */
    OPERATOR(TokenKind.OPERATOR_KEY);

    private final TokenKind tokenKind;

    ApiKeyRole(TokenKind tokenKind) {
        this.tokenKind = tokenKind;
    }

    public TokenKind tokenKind() {
        return tokenKind;
    }
}
