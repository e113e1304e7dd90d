package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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

    @Test
    void keepsAnEdgeForAFewSecondsThenReadsItAgain() {
        WindowEdges.Key key = new WindowEdges.Key("user-a", "linkedin_message");

        assertThat(edges.edge(key, () -> read("m1"))).map(JdbiLinkedInSearch.Edge::id).contains("m1");
        clock.advance(WindowEdges.KEEP.minusMillis(1));
        assertThat(edges.edge(key, () -> read("m2"))).map(JdbiLinkedInSearch.Edge::id).contains("m1");
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(edges.edge(key, () -> read("m3"))).map(JdbiLinkedInSearch.Edge::id).contains("m3");
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsNoEdgeToo_andEachUserAndTableApart() {
        WindowEdges.Key few = new WindowEdges.Key("user-a", "linkedin_contact");
        edges.edge(few, Optional::empty);

        assertThat(edges.edge(few, () -> read("c1"))).as("fewer rows than the window, kept as such").isEmpty();
        assertThat(edges.edge(new WindowEdges.Key("user-b", "linkedin_contact"), () -> read("c2")))
                .map(JdbiLinkedInSearch.Edge::id).contains("c2");
        assertThat(edges.edge(new WindowEdges.Key("user-a", "linkedin_message"), () -> read("m1")))
                .map(JdbiLinkedInSearch.Edge::id).contains("m1");
        assertThat(reads).hasValue(2);
    }

    @Test
    void holdsAtMostItsLimitDroppingExpiredEdgesFirst() {
        for (int i = 0; i < WindowEdges.MOST; i++) {
            edges.edge(new WindowEdges.Key("user-" + i, "linkedin_message"), () -> read("m"));
        }
        clock.advance(WindowEdges.KEEP);
        WindowEdges.Key fresh = new WindowEdges.Key("fresh", "linkedin_message");
        edges.edge(fresh, () -> read("f"));
        assertThat(edges.size()).as("the expired ones went").isEqualTo(1);

        for (int i = 0; i < WindowEdges.MOST; i++) {
            edges.edge(new WindowEdges.Key("again-" + i, "linkedin_message"), () -> read("m"));
        }
        assertThat(edges.size()).as("none expired: all went, then the newest was kept").isLessThanOrEqualTo(
                WindowEdges.MOST);
        Instant before = clock.instant();
        assertThat(edges.edge(new WindowEdges.Key("again-" + (WindowEdges.MOST - 1), "linkedin_message"),
                () -> read("x"))).map(JdbiLinkedInSearch.Edge::at).contains(before);
    }
}
