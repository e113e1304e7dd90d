package io.cockpit.application.security;

import io.cockpit.application.port.out.register.UserPseudonyms;
import io.cockpit.domain.account.UserId;

import java.util.HexFormat;

/**
 * Keyed hashes that replace identifiers where a record outlives the person or its purpose (after an erasure, after
 * the audit log's three years): the same identifier always gives the same pseudonym, so records about one person
 * still belong together, but without the server secret nobody can tell whose they are.
 */
public final class Pseudonyms implements UserPseudonyms {

    private static final String PURPOSE = "pseudonym";

    private final ServerSecret secret;

    public Pseudonyms(ServerSecret secret) {
        this.secret = secret;
    }

    /** 32 hex characters (128 bits of the keyed hash): never longer than a UUID it replaces. */
    public String of(String identifier) {
        return secret.keyedHash(PURPOSE, identifier).substring(0, 32);
    }

    /** A keyed hash laid out as a UUID version 7, so that a column (and a domain record) holding a User-ID keeps one. */
    @Override
    public UserId pseudonymOf(UserId user) {
        char[] hex = of(user.value()).toCharArray();
        hex[12] = '7';
        hex[16] = "89ab".charAt(HexFormat.fromHexDigit(hex[16]) & 0x3);
        String h = new String(hex);
        return new UserId(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20, 32));
    }
}
