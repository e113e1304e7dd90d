package io.cockpit.application.port.out.access;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class SessionRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract SessionRepository sessions();

    private static Session aSession(UserId user, Instant createdAt) {
        return new Session(SessionId.random(), user, TokenHash.of(UUID.randomUUID().toString()),
                new DeviceLabel("Firefox on Linux"), createdAt, createdAt);
    }

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void findsASessionByItsTokenHash() {
        Session session = aSession(aUser(), T0);
        sessions().add(session);

        assertThat(sessions().findByTokenHash(session.tokenHash())).contains(session);
        assertThat(sessions().findByTokenHash(TokenHash.of("unknown"))).isEmpty();
    }

    @Test
    void listsOnlyTheUsersSessionsNewestFirstInPages() {
        UserId user = aUser();
        List<Session> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Session session = aSession(user, T0.plusSeconds(i));
            sessions().add(session);
            added.add(session);
        }
        Session sameTime = aSession(user, T0.plusSeconds(4));
        sessions().add(sameTime);
        added.add(sameTime);
        sessions().add(aSession(aUser(), T0.plusSeconds(10)));

        List<Session> seen = new ArrayList<>();
        Page<Session> page = sessions().list(user, PageRequest.first(4));
        seen.addAll(page.items());
        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isPresent();
        page = sessions().list(user, new PageRequest(4, page.next()));
        seen.addAll(page.items());
        assertThat(page.next()).isEmpty();

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
        assertThat(seen).extracting(Session::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void touchingRecordsTheLastUse() {
        Session session = aSession(aUser(), T0);
        sessions().add(session);

        assertThat(sessions().touch(session.id(), T0.plusSeconds(90))).isTrue();

        assertThat(sessions().findByTokenHash(session.tokenHash()).orElseThrow().lastSeenAt())
                .isEqualTo(T0.plusSeconds(90));
        assertThat(sessions().touch(session.id(), T0.plusSeconds(90))).as("the same time again").isTrue();
    }

    @Test
    void touchingAnEndedSessionSaysItIsGone() {
        UserId owner = aUser();
        Session session = aSession(owner, T0);
        sessions().add(session);
        sessions().delete(owner, session.id());

        assertThat(sessions().touch(session.id(), T0.plusSeconds(90))).isFalse();
        assertThat(sessions().findByTokenHash(session.tokenHash())).isEmpty();
    }

    @Test
    void deletesOnlyTheOwnersSession() {
        UserId owner = aUser();
        Session session = aSession(owner, T0);
        sessions().add(session);

        assertThat(sessions().delete(aUser(), session.id())).isEmpty();
        assertThat(sessions().findByTokenHash(session.tokenHash())).isPresent();
        assertThat(sessions().delete(owner, session.id())).contains(session.tokenHash());
        assertThat(sessions().findByTokenHash(session.tokenHash())).isEmpty();
        assertThat(sessions().delete(owner, session.id())).isEmpty();
    }

    @Test
    void deletesAllOfAUsersSessionsButTheOneToKeep() {
        UserId user = aUser();
        Session keep = aSession(user, T0);
        Session first = aSession(user, T0.plusSeconds(1));
        Session second = aSession(user, T0.plusSeconds(2));
        Session others = aSession(aUser(), T0);
        List.of(keep, first, second, others).forEach(sessions()::add);

        assertThat(sessions().deleteAll(user, Optional.of(keep.id())))
                .containsExactlyInAnyOrder(first.tokenHash(), second.tokenHash());
        assertThat(sessions().findByTokenHash(keep.tokenHash())).isPresent();
        assertThat(sessions().findByTokenHash(others.tokenHash())).isPresent();
        assertThat(sessions().deleteAll(user, Optional.empty())).containsExactly(keep.tokenHash());
        assertThat(sessions().list(user, PageRequest.first(10)).items()).isEmpty();
    }

    private final List<Session> given = new ArrayList<>();

    @Override
    public PersonalDataStore personalData() {
        return sessions();
    }

    @Override
    public int giveData(UserId user) {
        for (int i = 0; i < 3; i++) {
            Session session = aSession(user, T0.plusSeconds(i));
            sessions().add(session);
            given.add(session);
        }
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !sessions().list(user, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("sessionId", "device", "createdAt", "lastSeenAt");
    }

    @Override
    public List<String> neverExported() {
        return given.stream().map(session -> session.tokenHash().hex()).toList();
    }

    @Test
    void theExportShowsEachDeviceOldestFirst() {
        UserId user = aUser();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        sessions().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("createdAt"))
                .containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(items).extracting(item -> item.fields().get("device")).containsOnly("Firefox on Linux");
    }

    @Test
    void expiredSessionsOfAnyUserAreDeletedInBatchesAndReturned() {
        Duration idle = Duration.ofDays(30);
        Duration absolute = Duration.ofDays(90);
        Instant now = T0.plus(Duration.ofDays(100));
        Session idleTooLong = aSession(aUser(), now.minus(Duration.ofDays(40)));
        Session idleExactly = aSession(aUser(), now.minus(Duration.ofDays(30)));
        Session tooOld = aSession(aUser(), now.minus(Duration.ofDays(95))).seenAt(now.minusSeconds(60));
        Session fresh = aSession(aUser(), now.minus(Duration.ofDays(29)));
        Session oldButUsed = aSession(aUser(), now.minus(Duration.ofDays(89))).seenAt(now.minusSeconds(1));
        List.of(idleTooLong, idleExactly, tooOld, fresh, oldButUsed).forEach(sessions()::add);

        List<Session> deleted = new ArrayList<>(sessions().deleteExpired(now.minus(idle), now.minus(absolute), 2));
        assertThat(deleted).hasSize(2);
        deleted.addAll(sessions().deleteExpired(now.minus(idle), now.minus(absolute), 2));
        assertThat(sessions().deleteExpired(now.minus(idle), now.minus(absolute), 2)).isEmpty();

        assertThat(deleted).containsExactlyInAnyOrder(idleTooLong, idleExactly, tooOld);
        assertThat(sessions().findByTokenHash(fresh.tokenHash())).contains(fresh);
        assertThat(sessions().findByTokenHash(oldButUsed.tokenHash())).contains(oldButUsed);
    }
}
