package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WindowEdgesTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-03T09:00:00Z");
    private final WindowEdges edges = new WindowEdges(clock);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<JdbiLinkedInSearch.Edge> read(String id) {
        reads.incrementAndGet();
        return Optional.of(new JdbiLinkedInSearch.Edge(clock.instant(), id));
    }

    private Optional<String> edge(WindowEdges.Key key, String wouldRead) {
        return edges.edge(key, () -> read(wouldRead)).map(JdbiLinkedInSearch.Edge::id);
    }

    @Test
    void keepsAnEdgeForAFewSecondsThenReadsItAgain() {
        WindowEdges.Key key = new WindowEdges.Key("user-a", "linkedin_message");

        assertThat(edge(key, "m1")).contains("m1");
        clock.advance(WindowEdges.KEEP.minusMillis(1));
        assertThat(edge(key, "m2")).contains("m1");
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(edge(key, "m3")).contains("m3");
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsEachUserAndTableApart() {
        assertThat(edge(new WindowEdges.Key("user-a", "linkedin_contact"), "c1")).contains("c1");
        assertThat(edge(new WindowEdges.Key("user-b", "linkedin_contact"), "c2")).contains("c2");
        assertThat(edge(new WindowEdges.Key("user-a", "linkedin_message"), "m1")).contains("m1");
        assertThat(edge(new WindowEdges.Key("user-a", "linkedin_contact"), "c3")).contains("c1");
        assertThat(reads).hasValue(3);
    }

    @Test
    void keepsNoMissingEdge_soRowsSyncedRightAfterGetAWindowAtOnce() {
        WindowEdges.Key key = new WindowEdges.Key("user-a", "linkedin_message");
        assertThat(edges.edge(key, Optional::empty)).isEmpty();

        assertThat(edge(key, "m1")).contains("m1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void sweepsExpiredEdgesOutWithTheNextSearchOfAnyUser() {
        edge(new WindowEdges.Key("erased", "linkedin_message"), "m1");
        clock.advance(WindowEdges.KEEP);

        edge(new WindowEdges.Key("someone-else", "linkedin_contact"), "c1");

        assertThat(edges.size()).as("only the other user's edge is left").isEqualTo(1);
    }

    @Test
    void holdsAtMostItsLimitDroppingExpiredEdgesFirst() {
        for (int i = 0; i < WindowEdges.MOST; i++) {
            edge(new WindowEdges.Key("user-" + i, "linkedin_message"), "m");
        }
        clock.advance(WindowEdges.KEEP.minusMillis(1));
        edge(new WindowEdges.Key("one-more", "linkedin_message"), "m");
        assertThat(edges.size()).as("none expired yet: all went, then the newest was kept").isEqualTo(1);

        int before = reads.get();
        assertThat(edge(new WindowEdges.Key("one-more", "linkedin_message"), "x")).contains("m");
        assertThat(reads).hasValue(before);
        assertThat(edge(new WindowEdges.Key("user-0", "linkedin_message"), "again")).contains("again");
    }
}
