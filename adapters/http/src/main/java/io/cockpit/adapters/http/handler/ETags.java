package io.cockpit.adapters.http.handler;

import io.cockpit.domain.shared.VersionCheck;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as strong entity tags ({@code "3"}) and {@code If-Match} as the versions a change may be based on
 * (RFC 9110 13.1.1: {@code *}, or a list of entity tags compared strongly, so weak ones never match).
 */
public final class ETags {

    private static final Pattern STRONG_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");
    /**
     * A list of entity tags as RFC 9110 writes it (empty elements are allowed and ignored); anything else (a tag with
     * text after it) matches no version.
     */
    private static final Pattern TAG_LIST = Pattern.compile(
            "\\s*((W/)?\"[^\"]*\"\\s*)?(,\\s*((W/)?\"[^\"]*\"\\s*)?)*");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The reply with the version as its {@code ETag}. */
    public static JsonReply tagged(JsonReply reply, long version) {
        return reply.withHeader("ETag", of(version));
    }

    public static VersionCheck ifMatch(String header) {
        if (header.strip().equals("*")) {
            return VersionCheck.ANY;
        }
        Set<Long> versions = new HashSet<>();
        if (!TAG_LIST.matcher(header).matches()) {
            return new VersionCheck(false, versions);
        }
        Matcher tag = STRONG_TAG.matcher(header);
        while (tag.find()) {
            if (tag.group(1) == null && tag.group(2).matches("\\d{1,18}")) {
                versions.add(Long.parseLong(tag.group(2)));
            }
        }
        return new VersionCheck(false, versions);
    }
}
