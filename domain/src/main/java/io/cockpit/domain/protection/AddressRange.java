package io.cockpit.domain.protection;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/** A CIDR range ({@code 203.0.113.0/24}, {@code 2001:db8::/32}); a single address is a /32 or /128 range. */
public final class AddressRange {

    private final IpAddress network;
    private final int prefixLength;

    private AddressRange(IpAddress network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses "address" or "address/prefix"; host bits must be zero ({@code 10.0.0.1/8} is refused). */
    public static AddressRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2) {
            throw invalid();
        }
        IpAddress address = IpAddress.parse(parts[0]);
        int maxPrefix = address.isIpv4() ? 32 : 128;
        int prefix = maxPrefix;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}")) {
                throw invalid();
            }
            prefix = Integer.parseInt(parts[1]);
            if (prefix > maxPrefix) {
                throw invalid();
            }
        }
        if (!hostBitsZero(address.bytes(), prefix)) {
            throw new InvalidValueException("address.host_bits_set",
                    "has bits set below the prefix; did you mean the network address?");
        }
        return new AddressRange(address, prefix);
    }

    public static AddressRange single(IpAddress address) {
        return new AddressRange(address, address.isIpv4() ? 32 : 128);
    }

    /** The network of {@code prefixLength} bits that holds {@code address} ({@code 2001:db8:1:2::/64}). */
    public static AddressRange enclosing(IpAddress address, int prefixLength) {
        byte[] bytes = address.bytes();
        if (prefixLength < 0 || prefixLength > bytes.length * 8) {
            throw new IllegalArgumentException("prefix /" + prefixLength + " does not fit " + address);
        }
        for (int bit = prefixLength; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new AddressRange(IpAddress.ofBytes(bytes), prefixLength);
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("address.invalid", "is not an IPv4 or IPv6 address or CIDR range");
    }

    private static boolean hostBitsZero(byte[] bytes, int prefix) {
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(IpAddress address) {
        byte[] candidate = address.bytes();
        byte[] net = network.bytes();
        if (candidate.length != net.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != net[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - restBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (net[fullBytes] & mask);
    }

    /** Whether the two ranges share an address (one contains the other's network within its prefix). */
    public boolean overlaps(AddressRange other) {
        return prefixLength <= other.prefixLength ? contains(other.network) : other.contains(network);
    }

    public int prefixLength() {
        return prefixLength;
    }

    public boolean isIpv4() {
        return network.isIpv4();
    }

    /** The one address of a /32 or /128 range. */
    public Optional<IpAddress> singleAddress() {
        return prefixLength == (network.isIpv4() ? 32 : 128) ? Optional.of(network) : Optional.empty();
    }

    /** Canonical CIDR text, always with the prefix. */
    public String text() {
        return network.text() + "/" + prefixLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange that && prefixLength == that.prefixLength && network.equals(that.network);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, prefixLength);
    }

    @Override
    public String toString() {
        return text();
    }
}
