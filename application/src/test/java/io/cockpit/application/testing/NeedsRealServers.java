package io.cockpit.application.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that needs the real servers of {@link RealServices} (MariaDB, Redis, InfluxDB). Plain {@code mvn test}
 * leaves such tests out (the fast suite); {@code ./cockpit test} runs them with the profile {@code real-servers},
 * where a missing server fails them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(NeedsRealServers.TAG)
public @interface NeedsRealServers {

    /** The JUnit tag; the surefire configuration in the root pom.xml names it too. */
    String TAG = "real-servers";
}
