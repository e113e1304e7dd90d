package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.StoreKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

@NeedsRealServers
class RegisterCoverageProductionTest extends RegisterCoverageScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }

    @Test
    void everyCacheKeyMatchesAPatternTheRegisterDeclares() {
        String externalId = Unique.id("registerref");
        cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "Register Person",
                "active"), Map.of("Idempotency-Key", "idem-" + externalId));
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().get("/v1/auth/sessions");
        Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), "a wrong guess");
        Users.signedIn(cockpit).api().delete("/v1/auth/sessions/current");

        Map<String, String> redis = cockpit.redisContents();
        assertThat(redis.keySet()).as("the workout must leave keys to check")
                .anyMatch(key -> key.startsWith("cockpit:idem:"))
                .anyMatch(key -> key.startsWith("cockpit:attempts:"))
                .anyMatch(key -> key.startsWith("cockpit:session:"))
                .anyMatch(key -> key.startsWith("cockpit:session-ended:"));
        assertThat(redis.keySet()).as("cache keys no register category declares")
                .allMatch(key -> cockpit.register().declaringCacheKey(key).isPresent());
    }

    /** The measurements of the server's InfluxDB database, after a user recorded an action and time spent. */
    @Test
    void everyInfluxDbMeasurementIsDeclaredByACategoryAndEveryDeclaredOneIsWritten() {
        Users.SignedIn user = Users.signedIn(cockpit);
        StatisticsScenarios.consent(user, true);
        java.time.Instant now = cockpit.now();
        assertThat(user.api().post("/v1/me/statistics/events", "{\"events\":[{\"action\":\"message_sent\","
                + "\"occurredAt\":\"" + now + "\"}],\"intervals\":[{\"activity\":\"inbox\",\"startedAt\":\""
                + now.minus(Duration.ofMinutes(2)) + "\",\"endedAt\":\"" + now + "\"}]}").status()).isEqualTo(202);

        org.influxdb.dto.QueryResult shown = cockpit.influxQuery("SHOW MEASUREMENTS");
        assertThat(shown.hasError()).as(String.valueOf(shown.getError())).isFalse();
        java.util.List<String> measurements = new java.util.ArrayList<>();
        shown.getResults().getFirst().getSeries().forEach(series -> series.getValues()
                .forEach(row -> measurements.add(String.valueOf(row.getFirst()))));
        io.cockpit.domain.register.Register withoutStatistics = io.cockpit.domain.register.Register.of(
                cockpit.register().categories().stream().filter(c -> !c.id().equals("statistics")).toList());

        assertThat(measurements).as("measurements in InfluxDB").containsExactlyInAnyOrder("actions", "activities");
        assertThat(undeclared(measurements, cockpit.register())).as("measurements no category declares").isEmpty();
        assertThat(declaredMeasurements(cockpit.register())).as("declared, and written")
                .containsExactlyInAnyOrderElementsOf(measurements);
        assertThat(undeclared(measurements, withoutStatistics)).as("found when undeclared")
                .containsExactlyInAnyOrder("actions", "activities");
    }

    private static java.util.List<String> declaredMeasurements(io.cockpit.domain.register.Register register) {
        return register.categories().stream().flatMap(category -> category.holdings().stream())
                .filter(holding -> holding.store() == StoreKind.STATISTICS).map(Holding::name).toList();
    }

    private static java.util.List<String> undeclared(java.util.List<String> measurements,
                                                     io.cockpit.domain.register.Register register) {
        return measurements.stream().filter(m -> !declaredMeasurements(register).contains(m)).toList();
    }

    @Test
    void everyCacheKeyExpiresAndNoneOutlivesItsCategorysPeriod() {
        String externalId = Unique.id("ttlref");
        cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "Register Person",
                "active"), Map.of("Idempotency-Key", "idem-" + externalId));
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().get("/v1/auth/sessions");
        Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), "a wrong guess");
        Users.signedIn(cockpit).api().delete("/v1/auth/sessions/current");

        Map<String, Long> ttls = cockpit.redisTimesToLive();

        assertThat(ttls.keySet()).anyMatch(key -> key.startsWith("cockpit:idem:"))
                .anyMatch(key -> key.startsWith("cockpit:attempts:"))
                .anyMatch(key -> key.startsWith("cockpit:session-ended:"));
        ttls.forEach((key, ttl) -> {
            assertThat(ttl).as("time to live of " + key).isPositive();
            PersonalDataCategory category = cockpit.register().declaringCacheKey(key).orElseThrow();
            if (category.deletion() == DeletionMethod.EXPIRE) {
                Duration period = (Duration) ((RetentionRule.AfterEvent) category.retention()).period();
                assertThat(Duration.ofMillis(ttl)).as(key + " within " + category.id() + "'s period")
                        .isLessThanOrEqualTo(period);
            }
        });
    }
}
