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
    OPERATOR_KEY("cko_"),
    /** Uploads the documents of one application, for an hour. */
    UPLOAD("upl_"),
    /** The links in the website's acknowledgements: withdraw a contact request, an application, a talent-pool consent. */
    CONTACT_REQUEST_WITHDRAWAL("wcr_"),
    APPLICATION_WITHDRAWAL("wap_"),
    TALENT_POOL_WITHDRAWAL("wtp_");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
