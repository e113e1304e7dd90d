package io.cockpit.adapters.sentry;

import io.cockpit.domain.telemetry.TextScrubber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SentryEventScrubberTest {

    private final TextScrubber text = TextScrubber.knowing(List.of("Jana Quokkastein"));

    @Test
    void theUserIsTheTrackingIdAlone() {
        Map<String, Object> scrubbed = SentryEventScrubber.scrub(Map.of("user", Map.of("id", "u1",
                "email", "j@example.com", "ip_address", "{{auto}}")), Optional.of("amber-falcon"), text);

        assertThat(scrubbed).containsEntry("user", Map.of("id", "amber-falcon"));
    }

    @Test
    void withoutATrackingIdThereIsNoUserAtAll() {
        assertThat(SentryEventScrubber.scrub(Map.of("user", Map.of("id", "u1")), Optional.empty(), text))
                .doesNotContainKey("user");
    }

    @Test
    void ofTheRequestOnlyMethodUrlWithoutQueryAndAllowedHeadersStay() {
        Map<String, Object> request = Map.of("method", "POST", "url", "https://app.example/a/b?email=x#frag",
                "headers", Map.of("Cookie", "a=b", "Authorization", "Bearer x", "User-Agent", "Mozilla",
                        "X-Forwarded-For", "203.0.113.1", "content-type", "application/json", "X-Request-Id", "ab12"),
                "cookies", Map.of("a", "b"), "data", "{\"name\":\"Jana\"}", "query_string", "email=x",
                "env", Map.of("REMOTE_ADDR", "203.0.113.1"), "fragment", "token=x");

        Map<String, Object> scrubbed = SentryEventScrubber.scrub(Map.of("request", request), Optional.empty(), text);

        assertThat(scrubbed.get("request")).isEqualTo(Map.of("method", "POST", "url", "https://app.example/a/b",
                "headers", Map.of("content-type", "application/json", "X-Request-Id", "ab12")));
    }

    @Test
    void stringsAndKeysEverywhereAreScrubbedAndLocalVariablesAndTheServerNameGo() {
        Map<String, Object> event = Map.of(
                "server_name", "jana-laptop",
                "message", Map.of("formatted", "Jana Quokkastein failed at 203.0.113.9"),
                "extra", Map.of("jana@example.com", List.of("C:\\Users\\jana\\x", 42, true)),
                "exception", Map.of("values", List.of(Map.of("value", "no mail to a@b.de",
                        "stacktrace", Map.of("frames", List.of(Map.of("abs_path", "/home/jana/app.js",
                                "vars", Map.of("password", "pw"), "lineno", 3)))))));

        Map<String, Object> scrubbed = SentryEventScrubber.scrub(event, Optional.empty(), text);

        assertThat(scrubbed).doesNotContainKey("server_name");
        assertThat(scrubbed.get("message")).isEqualTo(Map.of("formatted", "[personal] failed at [ip]"));
        assertThat(scrubbed.get("extra")).isEqualTo(Map.of("[email]", List.of("C:\\Users\\[user]\\x", 42, true)));
        assertThat(scrubbed.get("exception").toString()).contains("no mail to [email]", "/home/[user]/app.js",
                "lineno=3").doesNotContain("vars", "pw");
    }
}
