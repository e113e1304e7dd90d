package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;
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

        Map<String, String> redis = cockpit.redisContents();
        assertThat(redis.keySet()).as("the workout must leave keys to check")
                .anyMatch(key -> key.startsWith("cockpit:idem:"))
                .anyMatch(key -> key.startsWith("cockpit:attempts:"))
                .anyMatch(key -> key.startsWith("cockpit:session:"));
        assertThat(redis.keySet()).as("cache keys no register category declares")
                .allMatch(key -> cockpit.register().declaringCacheKey(key).isPresent());
    }

    @Test
    void everyCacheKeyExpiresAndNoneOutlivesItsCategorysPeriod() {
        String externalId = Unique.id("ttlref");
        cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "Register Person",
                "active"), Map.of("Idempotency-Key", "idem-" + externalId));
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().get("/v1/auth/sessions");
        Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), "a wrong guess");

        Map<String, Long> ttls = cockpit.redisTimesToLive();

        assertThat(ttls.keySet()).anyMatch(key -> key.startsWith("cockpit:idem:"))
                .anyMatch(key -> key.startsWith("cockpit:attempts:"));
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
