package io.cockpit.domain.access;

/**
 * The kinds of bearer secrets Cockpit issues. The prefix makes a leaked secret recognisable (secret scanners,
 * support) without revealing anything else.
 */
public enum TokenKind {
    ACTIVATION("act_"),
    PASSWORD_RESET("rst_"),
    SESSION("ses_"),
    PARTNER_KEY("ckp_"),
    OPERATOR_KEY("cko_");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
