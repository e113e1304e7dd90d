package io.cockpit.domain.protection;

import io.cockpit.domain.shared.InvalidValueException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address, parsed from its literal form only (never a name lookup). IPv4-mapped IPv6 addresses are
 * the IPv4 address they carry, so a block of {@code 203.0.113.7} also holds for {@code ::ffff:203.0.113.7}.
 */
public final class IpAddress {

    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    public static IpAddress parse(String literal) {
        Objects.requireNonNull(literal, "literal");
        String text = literal.strip();
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !(text.contains(":") && IPV6.matcher(text).matches())) {
            throw invalid();
        }
        try {
            return of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            throw invalid();
        }
    }

    public static IpAddress of(InetAddress address) {
        byte[] raw = address.getAddress();
        if (raw.length == 16 && isIpv4Mapped(raw)) {
            raw = Arrays.copyOfRange(raw, 12, 16);
        }
        return new IpAddress(raw);
    }

    /** From 4 or 16 raw bytes (not copied: the caller hands them over). */
    static IpAddress ofBytes(byte[] raw) {
        if (raw.length != 4 && raw.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        return new IpAddress(raw);
    }

    private static boolean isIpv4Mapped(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("address.invalid", "is not an IPv4 or IPv6 address");
    }

    public boolean isIpv4() {
        return bytes.length == 4;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The canonical text: dotted quad, or the compressed IPv6 form. */
    public String text() {
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return isIpv4() ? text : compress(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5952: the longest run of zero groups becomes "::". */
    private static String compress(String full) {
        String[] groups = full.split(":");
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
