package io.cockpit.domain.telemetry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from the text of an error report (privacy policy 5.3: "a user name inside a file path"):
 * our tokens and bearer values, secrets written as {@code key=value}, query strings and fragments of URLs, e-mail
 * addresses, IPv4 and IPv6 addresses, user names in home directories ({@code /home/jana/},
 * {@code C:\Users\jana\}), and the values known to belong to the current user (name, e-mail, User-ID). A pure
 * function: the same text and values always give the same result, and scrubbing twice changes nothing more.
 */
public final class TextScrubber {

    public static final String TOKEN = "[token]";
    public static final String REMOVED = "[removed]";
    public static final String QUERY = "[query]";
    public static final String EMAIL = "[email]";
    public static final String IP = "[ip]";
    public static final String USER = "[user]";
    public static final String PERSONAL = "[personal]";

    private static final Pattern OUR_TOKENS =
            Pattern.compile("(?<![A-Za-z0-9])(?:ses|act|rst|ckp|cko)_[A-Za-z0-9_-]{6,}");
    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)\\b(bearer|basic|digest)(\\s+)(?!\\[token\\])[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern SECRETS = Pattern.compile("(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key"
            + "|access[_-]?token|authorization|cookie|set-cookie)(\"?\\s*[:=]\\s*)(?!\\[)(\"[^\"]*\"|'[^']*'"
            + "|[^\\s,;&}\"']+)");
    private static final Pattern URL_FRAGMENT =
            Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s#\"'<>]*)#(?!\\[removed\\])[^\\s\"'<>]*");
    private static final Pattern QUERY_STRING = Pattern.compile(
            "(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s?#\"'<>]*|(?<![\\w.])/[\\w\\-./%~]*)\\?(?!\\[query\\])[^\\s#\"'<>]*");
    private static final Pattern EMAILS =
            Pattern.compile("[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern UNIX_HOMES = Pattern.compile("(?i)(/(?:home|Users)/)(?!\\[user\\])[^/\\s\"'\\\\:]+");
    private static final Pattern WINDOWS_HOMES = Pattern.compile(
            "(?i)(\\b[A-Za-z]:[\\\\/]+(?:Users|Documents and Settings)[\\\\/]+)(?!\\[user\\])[^\\\\/\\s\"':]+");
    private static final Pattern IPV4_IN_IPV6 = Pattern.compile(
            "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,6}(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w.]|\\.\\d)");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\w|\\.\\d)");
    private static final Pattern IPV6_CANDIDATE =
            Pattern.compile("(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[\\w.]+)?(?![\\w:])");
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "del", "de", "la", "le",
            "di", "da", "zu", "am", "im");

    private final List<Pattern> personal;

    private TextScrubber(List<Pattern> personal) {
        this.personal = personal;
    }

    /** Removes everything of the generic kinds; no values of a particular user are known. */
    public static TextScrubber generic() {
        return new TextScrubber(List.of());
    }

    /**
     * Also removes these values of the current user wherever they stand as words: a name is removed whole and by
     * its parts (three characters or more, name particles such as "von" excepted), an e-mail address whole; all
     * case-insensitively.
     */
    public static TextScrubber knowing(Collection<String> personalValues) {
        List<String> values = new ArrayList<>();
        for (String value : personalValues) {
            String trimmed = Objects.requireNonNull(value).strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            values.add(trimmed);
            for (String part : trimmed.contains("@") ? new String[0] : trimmed.split("[\\s,-]+")) {
                if (part.codePointCount(0, part.length()) >= 3
                        && !NAME_PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    values.add(part);
                }
            }
        }
        List<Pattern> patterns = values.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(value -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return new TextScrubber(patterns);
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = OUR_TOKENS.matcher(text).replaceAll(TOKEN);
        result = AUTHORIZATION.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(TOKEN));
        result = SECRETS.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(REMOVED));
        result = URL_FRAGMENT.matcher(result).replaceAll("$1#" + Matcher.quoteReplacement(REMOVED));
        result = QUERY_STRING.matcher(result).replaceAll("$1?" + Matcher.quoteReplacement(QUERY));
        result = EMAILS.matcher(result).replaceAll(Matcher.quoteReplacement(EMAIL));
        result = UNIX_HOMES.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(USER));
        result = WINDOWS_HOMES.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(USER));
        result = IPV4_IN_IPV6.matcher(result).replaceAll(Matcher.quoteReplacement(IP));
        result = IPV4.matcher(result).replaceAll(Matcher.quoteReplacement(IP));
        result = IPV6_CANDIDATE.matcher(result).replaceAll(match -> isIpv6(match.group())
                ? Matcher.quoteReplacement(IP) : Matcher.quoteReplacement(match.group()));
        for (Pattern value : personal) {
            result = value.matcher(result).replaceAll(Matcher.quoteReplacement(PERSONAL));
        }
        return result;
    }

    /** An IPv6 address in any of its written forms (with "::" or all eight groups), a zone allowed. */
    static boolean isIpv6(String candidate) {
        String address = candidate.contains("%") ? candidate.substring(0, candidate.indexOf('%')) : candidate;
        if (address.chars().noneMatch(c -> Character.digit(c, 16) >= 0)) {
            return false;
        }
        int compressions = address.split("::", -1).length - 1;
        if (compressions > 1) {
            return false;
        }
        String[] groups = address.replace("::", ":").split(":", -1);
        int filled = 0;
        for (String group : groups) {
            if (group.length() > 4) {
                return false;
            }
            if (!group.isEmpty()) {
                filled++;
            }
        }
        if (compressions == 0) {
            return groups.length == 8 && filled == 8;
        }
        // a leading or trailing "::" leaves one empty group at that end after the replacement
        long empties = java.util.Arrays.stream(groups).filter(String::isEmpty).count();
        boolean edge = address.startsWith("::") || address.endsWith("::");
        return filled <= 7 && empties <= (edge ? 1 : 0) + (address.equals("::") ? 1 : 0);
    }
}
