package io.cockpit.application.port.out.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applications with their talent-pool consent and interview notes (the documents are in
 * {@link ApplicationDocumentStore}). An application's retention date ({@code Application.eraseAfter()}) is stored
 * with it, so that the retention job finds what is due with one indexed query.
 */
public interface ApplicationRepository {

    void add(Application application);

    Optional<Application> find(ItemId id);

    /**
     * Reads the application as stored now and locks it until the calling transaction ends. Every change of an
     * application (status, legal hold, talent pool, documents) and its erasure take this lock first, so what the
     * caller checked on the result (a legal hold, the number of documents) still holds when it writes or erases.
     */
    Optional<Application> findForUpdate(ItemId id);

    Optional<Application> findByWithdrawal(TokenHash withdrawal);

    Optional<Application> findByTalentPoolWithdrawal(TokenHash withdrawal);

    /**
     * Stores {@code changed} (status, hold, talent pool, retention date) if the stored one still has
     * {@code changed.version()}; callers read it with {@link #findForUpdate}, so a concurrent change waits for them.
     *
     * @return the application as stored now, with the next version
     * @throws StaleWriteException if it changed meanwhile or is gone
     */
    Application update(Application changed);

    /** The newest first (by receipt, then id). */
    Page<Application> list(ApplicationFilter filter, PageRequest page);

    /** The applications in the talent pool, the latest consent first. */
    Page<Application> talentPool(PageRequest page);

    /** Every application sent with this address (compared without regard to case), the oldest first. */
    List<Application> findByEmail(EmailAddress email);

    /** Up to {@code limit} applications whose retention date is at or before {@code now}. */
    List<ItemId> dueForErasure(Instant now, int limit);

    /** Up to {@code limit} applications whose talent-pool consent ran out at or before {@code now}. */
    List<ItemId> talentPoolEndedBy(Instant now, int limit);

    void addNote(ApplicationNote note);

    /** The application's notes, the oldest first. */
    List<ApplicationNote> notes(ItemId applicationId);

    /**
     * Erases the application with its notes and talent-pool entry.
     *
     * @return what was erased; empty if the application was not there (of two concurrent erasures, one finds it)
     */
    Optional<Erased> erase(ItemId id);

    /** What an erasure removed besides the application row. */
    record Erased(int notes, boolean talentPoolEntry) {
    }
}
