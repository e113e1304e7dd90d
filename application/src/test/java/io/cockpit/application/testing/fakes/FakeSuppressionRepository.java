package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeSuppressionRepository implements SuppressionRepository {

    record Tombstone(UserId user, ItemKind kind, String urnHash, Instant version) {
        List<Object> key() {
            return List.of(user, kind, urnHash);
        }
    }

    private final FakeTable<Suppression> suppressions;
    private final FakeTable<Tombstone> tombstones;

    public FakeSuppressionRepository(FakeDatabase database) {
        this.suppressions = database.table("linkedin_suppression", s -> List.of(s.userId(), s.id()),
                List.of(unique("uq_linkedin_suppression_urn", UniquenessViolation.Rule.IDENTIFIER,
                        s -> List.of(s.userId(), s.urnHash()))));
        this.tombstones = database.table("linkedin_tombstone", Tombstone::key, List.of());
    }

    @Override
    public void suppress(Suppression suppression) {
        try {
            suppressions.insert(new Suppression(suppression.id(), suppression.userId(), suppression.urnHash(),
                    suppression.maskedUrl(), StoredTime.of(suppression.createdAt())));
        } catch (UniquenessViolation suppressedAlready) {
            // one entry per person is enough
        }
    }

    @Override
    public Set<String> suppressedAmong(UserId user, Collection<String> urnHashes) {
        Set<String> wanted = new HashSet<>(urnHashes);
        return suppressions.select(s -> s.userId().equals(user) && wanted.contains(s.urnHash())).stream()
                .map(Suppression::urnHash).collect(Collectors.toSet());
    }

    @Override
    public Page<Suppression> list(UserId user, PageRequest page) {
        return Keyset.newestFirst(suppressions.select(s -> s.userId().equals(user)), page, Suppression::createdAt,
                s -> s.id().value());
    }

    @Override
    public boolean lift(UserId user, ItemId id) {
        return suppressions.delete(List.of(user, id), s -> true).isPresent();
    }

    @Override
    public Map<String, Instant> tombstones(UserId user, ItemKind kind, Collection<String> urnHashes) {
        Set<String> wanted = new HashSet<>(urnHashes);
        Map<String, Instant> found = new HashMap<>();
        tombstones.select(t -> t.user().equals(user) && t.kind() == kind && wanted.contains(t.urnHash()))
                .forEach(t -> found.put(t.urnHash(), t.version()));
        return found;
    }

    @Override
    public void bury(UserId user, ItemKind kind, Map<String, Instant> versionsByHash) {
        versionsByHash.forEach((hash, version) -> {
            Tombstone tombstone = new Tombstone(user, kind, hash, StoredTime.of(version));
            if (tombstones.update(tombstone.key(), stored -> true,
                    stored -> stored.version().isBefore(tombstone.version()) ? tombstone : stored).isEmpty()) {
                tombstones.insert(tombstone);
            }
        });
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_SUPPRESSIONS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        suppressions.select(s -> s.userId().equals(user)).stream()
                .sorted(Comparator.comparing(s -> s.id().value(), Keyset.BINARY_TEXT))
                .map(LinkedInExport::suppression).forEach(sink);
        tombstones.select(t -> t.user().equals(user)).stream()
                .sorted(Comparator.comparing((Tombstone t) -> t.kind().name()).thenComparing(Tombstone::urnHash))
                .map(t -> LinkedInExport.tombstone(t.kind(), t.urnHash(), t.version())).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        int erased = 0;
        for (Suppression s : suppressions.select(s -> s.userId().equals(user)).stream().limit(limit).toList()) {
            erased += suppressions.delete(List.of(user, s.id()), any -> true).isPresent() ? 1 : 0;
        }
        for (Tombstone t : tombstones.select(t -> t.user().equals(user)).stream().limit(limit - erased).toList()) {
            erased += tombstones.delete(t.key(), any -> true).isPresent() ? 1 : 0;
        }
        return erased;
    }
}
