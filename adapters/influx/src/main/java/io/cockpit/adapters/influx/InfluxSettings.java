package io.cockpit.adapters.influx;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the statistics go in production: an InfluxDB reached by its v1 HTTP API (1.x OSS, or the v1 compatibility
 * API of 2.x and the cloud), a database and the retention policy the points are written to.
 *
 * @param username empty: no authentication (a server on a private network)
 */
public record InfluxSettings(String url, String database, Optional<String> username, String password,
                             String retentionPolicy) {

    public static final String DEFAULT_DATABASE = "cockpit";
    public static final String DEFAULT_RETENTION_POLICY = "cockpit_365d";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public InfluxSettings {
        if (!Objects.requireNonNull(url).startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("the InfluxDB URL must be http:// or https://");
        }
        // the names are written into InfluxQL statements, so they are plain names
        if (!NAME.matcher(database).matches() || !NAME.matcher(retentionPolicy).matches()) {
            throw new IllegalArgumentException("the InfluxDB database and retention policy are names of letters, "
                    + "digits, _ and -");
        }
        Objects.requireNonNull(username);
        Objects.requireNonNull(password);
    }

    @Override
    public String toString() {
        return "InfluxSettings[" + url + ", database=" + database + ", retentionPolicy=" + retentionPolicy
                + ", user=" + username.orElse("-") + "]";
    }
}
