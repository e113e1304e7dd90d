package io.cockpit.application.service.register;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.register.ErasureRequests;
import io.cockpit.application.port.out.register.UserPseudonyms;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The erasure engine: one request per person, walked through every store in {@link RegisterStores#erasureOrder()}
 * (the account last) and then the audit log, in batches of {@link #BATCH}. The request row says where to resume:
 * after a failure (the request stays in progress and is tried again after a growing backoff) or a crash (the claim
 * of the worker that died runs out, after {@link #DEFAULT_CLAIM} unless configured, and the leased job
 * {@link #resumeDue} takes it up). The steps may include sweeps ({@link ErasureStep#again()}): a store once more, for
 * what was written to it after its first step. A sweep runs only once {@code settle} has passed since the request
 * (at once for the retention's erasure of an archived account), so that the user's requests still in flight when it
 * was asked for have ended (no new ones start: the account takes no sign-in from then on, and its sessions ended);
 * until then the request waits, and the erasure job takes it up when it is due. Each step that finishes writes one
 * line to the erasure ledger (category, store, count, time), in the transaction that moves the request on (a sweep
 * only if it found something). Only when every step is done is the request completed: then its User-ID goes, and
 * the confirmation, if one was asked for, is mailed to the address captured at the start, which goes next.
 */
public final class ErasureService {

    /** The leased job's name. */
    public static final String JOB = "erasure";
    /** Rows per batch: large enough that the round trips do not dominate, small enough for one short transaction. */
    public static final int BATCH = 2_000;
    /** How long a worker holds a request it works on (renewed with every batch), unless configured otherwise. */
    public static final Duration DEFAULT_CLAIM = Duration.ofMinutes(5);
    /**
     * How long after the request the sweeps wait, unless configured otherwise: longer than any request of the user's
     * that was in flight then can still take to write (the slowest, a sync batch, takes seconds).
     */
    public static final Duration DEFAULT_SETTLE = Duration.ofMinutes(5);
    private static final int DUE_PER_TURN = 20;
    private static final System.Logger LOG = System.getLogger(ErasureService.class.getName());

    private final ErasureRequests requests;
    private final ErasureLedger ledger;
    private final List<ErasureStep> steps;
    private final List<String> stepNames;
    private final String stepsHash;
    private final UserPseudonyms pseudonyms;
    private final AccountRepository accounts;
    private final MailSender mail;
    private final Executor deferred;
    private final Clock clock;
    private final Duration claim;
    private final Duration settle;
    private final Transactions transactions;

    /**
     * @param claim how long a worker holds a request (renewed with every batch): after a crash, the next worker waits
     *              this long; it must outlast one batch of every store
     * @param settle how long after the request the sweeps wait (see the class comment)
     */
    public ErasureService(ErasureRequests requests, ErasureLedger ledger, List<ErasureStep> steps,
                          UserPseudonyms pseudonyms, AccountRepository accounts, MailSender mail, Executor deferred,
                          Transactions transactions, Clock clock, Duration claim, Duration settle) {
        if (claim.isNegative() || claim.isZero()) {
            throw new IllegalArgumentException("the erasure claim must be positive: " + claim);
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("the erasure's settle time must not be negative: " + settle);
        }
        this.settle = settle;
        this.transactions = transactions;
        this.requests = requests;
        this.ledger = ledger;
        this.steps = List.copyOf(steps);
        this.stepNames = ErasureStep.names(this.steps);
        this.stepsHash = ErasureStep.hash(stepNames);
        this.pseudonyms = pseudonyms;
        this.accounts = accounts;
        this.mail = mail;
        this.deferred = deferred;
        this.clock = clock;
        this.claim = claim;
    }

    /** The erasure of this user, if one was asked for (running or completed). */
    public Optional<ErasureRequest> of(UserId user) {
        return requests.findBySubject(pseudonyms.pseudonymOf(user));
    }

    /** The erasure whose subject (the pseudonym the erased person's records carry) is {@code subject}. */
    public Optional<ErasureRequest> ofSubject(UserId subject) {
        return requests.findBySubject(subject);
    }

    public Optional<ErasureRequest> find(ItemId id) {
        return requests.find(id);
    }

    /**
     * The erasure of {@code user}: the one already asked for, or a new one (of several asked at once, one is kept
     * and all get its receipt). From now on the account takes no new sign-in, activation or password reset. The
     * account must exist for a new one: its partner reference is kept for the partner.
     *
     * @param confirm whether to mail the confirmation to the account's address (captured now)
     */
    public ErasureRequest request(UserId user, ErasureReason reason, boolean confirm, Language language) {
        return request(user, reason, confirm, language, ItemId.random());
    }

    /** {@link #request(UserId, ErasureReason, boolean, Language)}, a new one under the receipt {@code id}. */
    public ErasureRequest request(UserId user, ErasureReason reason, boolean confirm, Language language, ItemId id) {
        // first: no sign-in, activation or password reset writes for the account any more (AccountRepository)
        accounts.markErasureRequested(user, clock.instant());
        UserId subject = pseudonyms.pseudonymOf(user);
        Optional<ErasureRequest> existing = requests.findBySubject(subject);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = accounts.findById(user).orElseThrow(AccountErrors::notFound);
        ErasureRequest fresh = ErasureRequest.start(id, user, subject, reason,
                confirm ? Optional.of(account.email()) : Optional.empty(), language, account.partnerId(),
                account.externalId(), clock.instant(), markOf(0));
        return requests.add(fresh) ? fresh : requests.findBySubject(subject).orElseThrow();
    }

    /**
     * What a store lost with the request itself, before the erasure ran (the sessions that ended with it): a line of
     * the erasure's receipt, so that the confirmation counts it; none for 0.
     */
    public void recordAtRequest(ErasureRequest erasure, String category, StoreKind store, int items) {
        if (items > 0) {
            ledger.record(lineOf(erasure, category, store, items));
        }
    }

    private ErasureRecord lineOf(ErasureRequest erasure, String category, StoreKind store, long items) {
        return new ErasureRecord(Optional.of(erasure.id().value()), category, store, erasure.reason(), items,
                clock.instant());
    }

    /** Runs the request in the background; if the background is full, the leased job takes it up. */
    public void runSoon(ItemId id) {
        try {
            deferred.execute(() -> run(id));
        } catch (RejectedExecutionException full) {
            LOG.log(Level.INFO, "erasure " + id + ": the background is busy; the erasure job takes it up");
        }
    }

    /** The leased job's turn: runs every request that is due (new, failed and waited, or left by a dead worker). */
    public int resumeDue() {
        int completed = 0;
        for (ErasureRequest due : requests.due(clock.instant(), DUE_PER_TURN)) {
            if (run(due.id()).filter(ErasureRequest::completed).isPresent()) {
                completed++;
            }
        }
        return completed;
    }

    /**
     * Claims the request and works it to the end, to the first failure or to a sweep that must wait; empty if
     * another worker holds it or it is not due (completed, or waiting after a failure or for its sweeps).
     */
    public Optional<ErasureRequest> run(ItemId id) {
        Instant now = clock.instant();
        return requests.claim(id, now, now.plus(claim)).map(this::resumable).map(this::work);
    }

    /**
     * Where this build resumes the request: where it stopped, if the mark says that a build with these very steps put
     * it there (or it began before marks). Otherwise the steps differ from those it stopped in (a store added or
     * removed, a rollback), or a build that writes no mark moved it on: its index may name another step here, so it
     * starts over, which only repeats steps. What the step it stopped in had erased gets a ledger line first if the
     * mark names that step and this build has it (otherwise only the log counts it).
     */
    private ErasureRequest resumable(ErasureRequest claimed) {
        if (claimed.stepMark().isEmpty() || claimed.stepMark().get().equals(markOf(claimed.step()))) {
            return claimed;
        }
        StepMark stopped = StepMark.parse(claimed.stepMark().get());
        int stoppedIn = stopped.index() == claimed.step() ? stepNames.indexOf(stopped.name()) : -1;
        ErasureRequest over = claimed.startedOver(markOf(0));
        transactions.inTransaction(() -> {
            if (claimed.stepItems() > 0 && stoppedIn >= 0) {
                ErasureStep step = steps.get(stoppedIn);
                ledger.record(lineOf(claimed, step.category(), step.store(), claimed.stepItems()));
            }
            requests.update(over);
            return null;
        });
        String uncounted = stoppedIn < 0 && claimed.stepItems() > 0
                ? "; the " + claimed.stepItems() + " items of the step it stopped in are not counted" : "";
        LOG.log(Level.WARNING, "erasure " + claimed.id() + ": stopped at step " + claimed.step() + " of other steps ("
                + claimed.stepMark().get() + "); it starts over (what was erased stays erased" + uncounted + ")");
        return over;
    }

    /** Where step {@code step} is, as this build sees it: its steps' hash, the index, the step's name. */
    private String markOf(int step) {
        return new StepMark(stepsHash, step, nameOf(step).orElse("end")).text();
    }

    private Optional<String> nameOf(int step) {
        return step < stepNames.size() ? Optional.of(stepNames.get(step)) : Optional.empty();
    }

    private ErasureRequest work(ErasureRequest claimed) {
        UserId user = claimed.user().orElseThrow();
        ErasureRequest current = claimed;
        try {
            while (current.step() < steps.size()) {
                ErasureStep step = steps.get(current.step());
                Instant settled = current.requestedAt().plus(settleOf(current));
                if (step.sweep() && clock.instant().isBefore(settled)) {
                    ErasureRequest waiting = current.waitingUntil(settled);
                    requests.update(waiting);
                    return waiting;
                }
                int erased;
                do {
                    erased = step.erase(user, BATCH);
                    if (erased > 0) {
                        current = current.erased(erased).claimedUntil(clock.instant().plus(claim));
                        requests.update(current);
                    }
                } while (erased > 0);
                current = finish(current, step);
            }
        } catch (RuntimeException e) {
            ErasureRequest failed = current.failed(clock.instant());
            LOG.log(Level.WARNING, "erasure " + current.id() + ": step " + current.step() + " ("
                    + nameOf(current.step()).orElse("-") + ") failed; attempt " + failed.attempts()
                    + ", tried again at " + failed.nextAttemptAt() + ": " + e.getClass().getSimpleName());
            try {
                requests.update(failed);
            } catch (RuntimeException alsoFailed) {
                LOG.log(Level.WARNING, "erasure " + current.id() + ": the failure could not be recorded; the claim "
                        + "runs out and the erasure job tries again");
            }
            return failed;
        }
        ErasureRequest completed = current.complete(clock.instant());
        requests.update(completed);
        LOG.log(Level.INFO, "erasure " + completed.id() + " completed (" + completed.reason().wireName() + ")");
        return confirm(completed);
    }

    /**
     * The settle time, but none for the retention's erasure: its account was archived 30 days ago, when its sessions
     * ended, and takes no sign-in since, so no request of the user's can be in flight.
     */
    private Duration settleOf(ErasureRequest erasure) {
        return erasure.reason() == ErasureReason.RETENTION ? Duration.ZERO : settle;
    }


    /**
     * The step's ledger line and the move to the next step, in one transaction: a crash leaves both or neither, so
     * every step has exactly one line (a sweep only if it found something), also where a category has two stores
     * of one kind.
     */
    private ErasureRequest finish(ErasureRequest request, ErasureStep step) {
        ErasureRequest next = request.nextStep(markOf(request.step() + 1));
        transactions.inTransaction(() -> {
            if (!step.sweep() || request.stepItems() > 0) {
                ledger.record(lineOf(request, step.category(), step.store(), request.stepItems()));
            }
            requests.update(next);
            return null;
        });
        return next;
    }

    private ErasureRequest confirm(ErasureRequest completed) {
        if (completed.confirmTo().isEmpty()) {
            return completed;
        }
        try {
            mail.send(ErasureConfirmationMail.compose(completed.confirmTo().get(), completed.language(),
                    completed.id().value(), ledger.ofReceipt(completed.id().value()),
                    completed.completedAt().orElseThrow()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "erasure " + completed.id() + ": the confirmation could not be handed to the "
                    + "mail sender; the address is removed all the same", e);
        }
        ErasureRequest notified = completed.notified();
        requests.update(notified);
        return notified;
    }
}
