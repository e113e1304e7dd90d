package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.register.RetentionRun;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class RetentionRunsContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123Z");

    protected abstract RetentionRuns runs();

    private static RetentionRun aRun(Instant startedAt, Map<String, Integer> deleted, List<String> failed) {
        return new RetentionRun(ItemId.random(), startedAt, startedAt.plusMillis(250), deleted, failed);
    }

    @Test
    void keepsEachRunWithItsCountsInTheirOrder() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("sessions", 3);
        deleted.put("one_time_tokens", 0);
        deleted.put("known_sign_in_addresses", 12_345);
        RetentionRun run = aRun(T0, deleted, List.of("audit_log"));

        runs().add(run);

        assertThat(runs().list(PageRequest.first(10)).items()).singleElement().satisfies(stored -> {
            assertThat(stored).isEqualTo(run);
            assertThat(List.copyOf(stored.deleted().keySet()))
                    .containsExactly("sessions", "one_time_tokens", "known_sign_in_addresses");
        });
    }

    @Test
    void aRunThatDeletedNothingIsKeptToo() {
        RetentionRun run = aRun(T0, Map.of(), List.of());

        runs().add(run);

        assertThat(runs().list(PageRequest.first(10)).items()).containsExactly(run);
    }

    @Test
    void listsTheLatestFirstInPages() {
        for (int i = 0; i < 5; i++) {
            runs().add(aRun(T0.plusSeconds(600L * i), Map.of("sessions", i), List.of()));
        }

        Page<RetentionRun> first = runs().list(PageRequest.first(3));
        Page<RetentionRun> second = runs().list(new PageRequest(3, first.next()));

        assertThat(first.items()).extracting(run -> run.deleted().get("sessions")).containsExactly(4, 3, 2);
        assertThat(second.items()).extracting(run -> run.deleted().get("sessions")).containsExactly(1, 0);
        assertThat(second.next()).isEmpty();
    }
}
