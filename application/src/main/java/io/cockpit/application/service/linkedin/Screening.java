package io.cockpit.application.service.linkedin;

import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.SyncItem;
import io.cockpit.domain.linkedin.SyncRules;
import io.cockpit.domain.linkedin.Urn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The checks of a batch's items that need no store: refused values, times more than a day ahead, and a URN that
 * came earlier in the batch (the later one is rejected). What passes goes on with its position in its list.
 */
final class Screening {

    /** An item that passed, and where its outcome goes. */
    record Pending<T extends SyncItem>(int position, T item) {
    }

    private Screening() {
    }

    /**
     * @param seen    the URNs met so far in this batch (shared by the lists of one kind of item), extended here
     * @param results one slot per item, filled here for the refused ones
     */
    static <T extends SyncItem> List<Pending<T>> screen(List<Incoming<T>> incoming, ItemOutcome[] results,
                                                        Set<Urn> seen, Instant now,
                                                        Function<T, Stream<Instant>> times) {
        List<Pending<T>> passed = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            switch (incoming.get(i)) {
                case Incoming.Invalid<T> invalid -> results[i] = LinkedInErrors.invalid(invalid);
                case Incoming.Valid<T> valid -> {
                    T item = valid.item();
                    if (!seen.add(item.urn())) {
                        results[i] = LinkedInErrors.duplicate();
                    } else if (times.apply(item).anyMatch(time -> SyncRules.tooFarAhead(time, now))) {
                        results[i] = LinkedInErrors.inFuture();
                    } else {
                        passed.add(new Pending<>(i, item));
                    }
                }
            }
        }
        return passed;
    }

    static Stream<Instant> versionOnly(SyncItem item) {
        return Stream.of(item.version());
    }

    /** The newest version among the items that were not rejected, for the sync state. */
    static Optional<Instant> newest(List<? extends Pending<?>> items, ItemOutcome[] results,
                                    Function<Pending<?>, Instant> time) {
        return items.stream().filter(p -> results[p.position()].result() != ItemOutcome.Result.REJECTED)
                .map(time).max(Instant::compareTo);
    }
}
