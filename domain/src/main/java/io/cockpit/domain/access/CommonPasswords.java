package io.cockpit.domain.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The 10,000 most common passwords (see common-passwords.txt for the source and licence), compared case-insensitively. */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";

    private final Set<String> passwords;

    public CommonPasswords(Set<String> passwords) {
        this.passwords = passwords.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static CommonPasswords bundled() {
        try (InputStream in = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new CommonPasswords(reader.lines().filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String candidate) {
        return passwords.contains(candidate.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
