package io.cockpit.application.service.register;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.RetentionRun;
import io.cockpit.domain.shared.ItemId;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The retention job: every store with a retention period deletes what is past its category's cutoff
 * ({@link RetentionRule.AfterEvent#cutoff}), in batches, and the run is recorded with its counts per category. A
 * store that fails is logged and named in the run; the others go on, and the next run tries it again. A store is
 * asked for batches until it has nothing more due; one with more than {@link #MAX_BATCHES} batches due continues at
 * the next run, so that a run stays within its lease. The
 * account's own retention (archived 30 days, then erased with everything it owns) is one of these stores too
 * ({@link ExpiringAccounts}, which hands each account to the erasure engine).
 */
public final class RetentionJob {

    /** The leased job's name. */
    public static final String NAME = "retention";
    static final int BATCH = 500;
    static final int MAX_BATCHES = 40;

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());

    private final RegisterStores stores;
    private final RetentionRuns runs;
    private final Clock clock;

    public RetentionJob(RegisterStores stores, RetentionRuns runs, Clock clock) {
        this.stores = stores;
        this.runs = runs;
        this.clock = clock;
    }

    /** Deletes what is due in every store with a retention period, and records the run. */
    public RetentionRun run() {
        Instant started = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (ExpiringPersonalData store : stores.expiring()) {
            String category = store.category();
            RetentionRule.AfterEvent rule = (RetentionRule.AfterEvent) stores.register().get(category).retention();
            try {
                deleted.merge(category, deleteDue(store, rule.cutoff(started)), Integer::sum);
            } catch (RuntimeException e) {
                if (e instanceof StoreUnavailable away) {
                    LOG.log(Level.WARNING, "retention: deleting what is due of " + category + " failed ("
                            + away.getMessage() + "); the next run tries again");
                } else {
                    LOG.log(Level.ERROR, "retention: deleting what is due of " + category + " failed; the next run "
                            + "tries again", e);
                }
                deleted.putIfAbsent(category, 0);
                if (!failed.contains(category)) {
                    failed.add(category);
                }
            }
        }
        RetentionRun run = new RetentionRun(ItemId.random(), started, clock.instant(), deleted, failed);
        runs.add(run);
        if (run.total() > 0 || !failed.isEmpty()) {
            LOG.log(Level.INFO, "retention: deleted " + run.total() + " item(s) " + deleted
                    + (failed.isEmpty() ? "" : ", failed " + failed));
        }
        return run;
    }

    private static int deleteDue(ExpiringPersonalData store, Instant cutoff) {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = store.deleteExpired(cutoff, BATCH);
            total += deleted;
            if (deleted == 0) {
                break;
            }
        }
        return total;
    }
}
