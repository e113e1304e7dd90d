package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.LegalHold;
import io.cockpit.domain.website.TalentPoolMembership;
import io.cockpit.domain.website.UploadWindow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applications, their talent-pool entries and notes in a {@link FakeDatabase}. Each application is one row with its
 * consent; the withdrawal hashes are unique like their indexes.
 */
public final class FakeApplicationRepository implements ApplicationRepository {

    private final FakeTable<Application> applications;
    private final FakeTable<ApplicationNote> notes;

    public FakeApplicationRepository(FakeDatabase database) {
        this.applications = database.table("application", Application::id, List.of(
                UniqueKey.unique("uq_application_withdrawal", UniquenessViolation.Rule.IDENTIFIER,
                        Application::withdrawal),
                UniqueKey.unique("uq_talent_pool_entry_withdrawal", UniquenessViolation.Rule.IDENTIFIER,
                        application -> application.talentPool().<Object>map(TalentPoolMembership::withdrawal)
                                .orElse(application.id()))));
        this.notes = database.table("application_note", ApplicationNote::id, List.of());
    }

    @Override
    public void add(Application application) {
        applications.insert(stored(application, application.version()));
    }

    @Override
    public Optional<Application> find(ItemId id) {
        return applications.find(id);
    }

    @Override
    public Optional<Application> findForUpdate(ItemId id) {
        return applications.update(id, application -> true, application -> application);
    }

    @Override
    public Optional<Application> findByWithdrawal(TokenHash withdrawal) {
        return applications.select(application -> application.withdrawal().equals(withdrawal)).stream().findFirst();
    }

    @Override
    public Optional<Application> findByTalentPoolWithdrawal(TokenHash withdrawal) {
        return applications.select(application -> application.talentPool()
                .filter(pool -> pool.withdrawal().equals(withdrawal)).isPresent()).stream().findFirst();
    }

    @Override
    public Application update(Application changed) {
        return applications.update(changed.id(), stored -> stored.version() == changed.version(),
                        stored -> stored(changed, changed.version() + 1))
                .orElseThrow(() -> new StaleWriteException("application"));
    }

    @Override
    public Page<Application> list(ApplicationFilter filter, PageRequest page) {
        return Keyset.newestFirst(applications.select(filter::matches), page, Application::receivedAt,
                application -> application.id().value());
    }

    @Override
    public Page<Application> talentPool(PageRequest page) {
        return Keyset.newestFirst(applications.select(application -> application.talentPool().isPresent()), page,
                application -> application.talentPool().orElseThrow().consentedAt(),
                application -> application.id().value());
    }

    @Override
    public List<Application> findByEmail(EmailAddress email) {
        return applications.select(application -> application.email().sameAddressAs(email)).stream()
                .sorted(Comparator.comparing(Application::receivedAt)
                        .thenComparing(application -> application.id().value(), Keyset.BINARY_TEXT))
                .toList();
    }

    @Override
    public List<ItemId> dueForErasure(Instant now, int limit) {
        return applications.select(application -> application.dueForErasure(now)).stream()
                .sorted(Comparator.comparing(Application::eraseAfter))
                .limit(limit).map(Application::id).toList();
    }

    @Override
    public List<ItemId> talentPoolEndedBy(Instant now, int limit) {
        return applications.select(application -> application.talentPool()
                        .filter(pool -> !pool.endsAt().isAfter(now)).isPresent()).stream()
                .sorted(Comparator.comparing(application -> application.talentPool().orElseThrow().endsAt()))
                .limit(limit).map(Application::id).toList();
    }

    @Override
    public void addNote(ApplicationNote note) {
        notes.insert(new ApplicationNote(note.id(), note.applicationId(), note.text(), note.author(),
                StoredTime.of(note.createdAt())));
    }

    @Override
    public List<ApplicationNote> notes(ItemId applicationId) {
        return notes.select(note -> note.applicationId().equals(applicationId)).stream()
                .sorted(Comparator.comparing(ApplicationNote::createdAt)
                        .thenComparing(note -> note.id().value(), Keyset.BINARY_TEXT))
                .toList();
    }

    @Override
    public Optional<Erased> erase(ItemId id) {
        return applications.delete(id, application -> true).map(application -> new Erased(
                notes.deleteWhere(note -> note.applicationId().equals(id)).size(),
                application.talentPool().isPresent()));
    }

    private static Application stored(Application application, long version) {
        return new Application(application.id(), application.jobReference(), application.firstName(),
                application.lastName(), application.email(), application.phone(), application.message(),
                application.status(), StoredTime.of(application.receivedAt()),
                StoredTime.of(application.statusChangedAt()), application.endedAt().map(StoredTime::of),
                application.legalHold().map(hold -> new LegalHold(hold.reason(), StoredTime.of(hold.until()),
                        StoredTime.of(hold.placedAt()))),
                application.talentPool().map(pool -> new TalentPoolMembership(pool.consentTextVersion(),
                        StoredTime.of(pool.consentedAt()), pool.withdrawal())),
                application.erasureRequestedAt().map(StoredTime::of),
                application.withdrawal(),
                new UploadWindow(application.upload().token(), StoredTime.of(application.upload().until())),
                StoredTime.of(application.updatedAt()), version);
    }
}
