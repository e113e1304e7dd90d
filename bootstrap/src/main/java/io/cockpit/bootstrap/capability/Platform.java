package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.security.Pseudonyms;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.shared.IdempotencyService;
import io.cockpit.application.service.shared.LeasedJobRunner;
import io.cockpit.bootstrap.config.CockpitSettings;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What every capability's wiring builds on: the settings, the opened stores (embedded or production, chosen in
 * {@code Cockpit}), outbound mail, the server secret, the clock, randomness, the background scheduler (short,
 * frequent chores of this node), the leased jobs (work that one node at a time does for all) and the executor for
 * work a request hands off ({@code deferred}: bounded, so it may drop work the user can ask for again).
 */
public record Platform(CockpitSettings settings, RelationalStore database, IdempotencyStore idempotencyStore,
                       SessionCache sessionCache, AttemptCounter attemptCounter, MailSender mail, ServerSecret secret,
                       ScheduledExecutorService scheduler, LeasedJobRunner jobs, Executor deferred, Clock clock,
                       SecureRandom random) {

    /** A repository of the relational store, e.g. {@code platform.repository(JdbiTemplateRepository::new)}. */
    public <T> T repository(Function<io.cockpit.adapters.mysql.JdbiTransactions, T> constructor) {
        return database.repository(constructor);
    }

    public Transactions transactions() {
        return database.transactions();
    }

    /** The transactions of bulk writes (the LinkedIn sync): one at a time where that is faster (embedded). */
    public Transactions bulkWrites() {
        return database.bulkWrites();
    }

    /** Keyed hashes in place of an erased user's identifiers, the same in every store. */
    public Pseudonyms pseudonyms() {
        return new Pseudonyms(secret);
    }

    /** Idempotency-Key handling, for every capability that takes retried writes. */
    public IdempotencyService idempotency() {
        return new IdempotencyService(idempotencyStore, secret, random);
    }
}
