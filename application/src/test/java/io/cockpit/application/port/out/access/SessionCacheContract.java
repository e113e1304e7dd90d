package io.cockpit.application.port.out.access;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class SessionCacheContract implements PersonalDataStoreCases {

    protected abstract SessionCache cache();

    /** Lets {@code duration} pass for the cache. */
    protected abstract void letTimePass(Duration duration);

    private static Session aSession(String device) {
        Instant created = Instant.parse("2026-11-29T10:00:00.123Z");
        return new Session(SessionId.random(), AccountMother.anAccount().build().userId(),
                TokenHash.of(UUID.randomUUID().toString()), new DeviceLabel(device), created, created.plusSeconds(61));
    }

    @Test
    void returnsWhatWasPutUnderItsTokenHash() {
        Session session = aSession("Safari on iPhone | with a pipe");

        cache().put(session, Duration.ofMinutes(5));

        assertThat(cache().find(session.tokenHash())).contains(session);
        assertThat(cache().find(TokenHash.of("other"))).isEmpty();
    }

    @Test
    void evictedSessionsAreGone() {
        Session first = aSession("A");
        Session second = aSession("B");
        Session kept = aSession("C");
        List.of(first, second, kept).forEach(s -> cache().put(s, Duration.ofMinutes(5)));

        cache().evict(List.of(first.tokenHash(), second.tokenHash()), Duration.ofMinutes(10));
        cache().evict(List.of(), Duration.ofMinutes(10));

        assertThat(cache().find(first.tokenHash())).isEmpty();
        assertThat(cache().find(second.tokenHash())).isEmpty();
        assertThat(cache().find(kept.tokenHash())).contains(kept);
    }

    @Test
    void anEvictedSessionIsRefusedUntilItsHoldOffHasPassed() {
        Session ended = aSession("ended");
        Session other = aSession("other");
        cache().put(ended, Duration.ofMinutes(5));

        cache().evict(List.of(ended.tokenHash()), Duration.ofMillis(400));
        cache().put(ended, Duration.ofMinutes(5));
        cache().put(other, Duration.ofMinutes(5));

        assertThat(cache().find(ended.tokenHash())).as("put back by a request that read it before it ended").isEmpty();
        assertThat(cache().find(other.tokenHash())).contains(other);
        letTimePass(Duration.ofMillis(800));
        cache().put(ended, Duration.ofMinutes(5));
        assertThat(cache().find(ended.tokenHash())).contains(ended);
    }

    @Test
    void entriesExpire() {
        Session session = aSession("A");
        cache().put(session, Duration.ofMillis(300));

        letTimePass(Duration.ofMillis(600));

        assertThat(cache().find(session.tokenHash())).isEmpty();
    }

    private static Session aSessionOf(UserId userId, String device, int minutesAgo) {
        Instant created = Instant.parse("2026-11-29T10:00:00.123Z").minusSeconds(60L * minutesAgo);
        return new Session(SessionId.random(), userId, TokenHash.of(UUID.randomUUID().toString()),
                new DeviceLabel(device), created, created.plusMillis(61_001));
    }

    @Test
    void returnsAUsersListAsPutInItsOrder() {
        UserId user = AccountMother.anAccount().build().userId();
        List<Session> list = List.of(aSessionOf(user, "Safari | on\niPhone", 1), aSessionOf(user, "Firefox on Linux", 5));

        cache().putList(user, cache().listRevision(user), list, Duration.ofMinutes(5));

        assertThat(cache().findList(user)).contains(list);
        assertThat(cache().findList(AccountMother.anAccount().build().userId())).isEmpty();
    }

    @Test
    void anEmptyListIsAListToo() {
        UserId user = AccountMother.anAccount().build().userId();

        cache().putList(user, cache().listRevision(user), List.of(), Duration.ofMinutes(5));

        assertThat(cache().findList(user)).contains(List.of());
    }

    @Test
    void aChangeDropsTheListAndAListReadBeforeTheChangeIsNeverServed() {
        UserId user = AccountMother.anAccount().build().userId();
        List<Session> before = List.of(aSessionOf(user, "A", 1));
        cache().putList(user, cache().listRevision(user), before, Duration.ofMinutes(5));
        SessionCache.ListRevision readBeforeTheChange = cache().listRevision(user);

        cache().listChanged(user);
        assertThat(cache().findList(user)).isEmpty();
        cache().putList(user, readBeforeTheChange, before, Duration.ofMinutes(5));

        assertThat(cache().findList(user)).isEmpty();
        List<Session> after = List.of(aSessionOf(user, "B", 0), before.get(0));
        cache().putList(user, cache().listRevision(user), after, Duration.ofMinutes(5));
        assertThat(cache().findList(user)).contains(after);
    }

    @Test
    void aChangeOfOneUserLeavesAnothersListAlone() {
        UserId alice = AccountMother.anAccount().build().userId();
        UserId bob = AccountMother.anAccount().build().userId();
        List<Session> bobs = List.of(aSessionOf(bob, "B", 1));
        cache().putList(bob, cache().listRevision(bob), bobs, Duration.ofMinutes(5));

        cache().listChanged(alice);

        assertThat(cache().findList(bob)).contains(bobs);
    }

    @Test
    void listsExpire() {
        UserId user = AccountMother.anAccount().build().userId();
        cache().putList(user, cache().listRevision(user), List.of(aSessionOf(user, "A", 1)), Duration.ofMillis(300));

        letTimePass(Duration.ofMillis(600));

        assertThat(cache().findList(user)).isEmpty();
    }

    private final List<Session> given = new ArrayList<>();

    @Override
    public PersonalDataStore personalData() {
        return cache();
    }

    /** Three cached sessions, the list and its revision: five entries. */
    @Override
    public int giveData(UserId user) {
        List<Session> sessions = List.of(aSessionOf(user, "A", 1), aSessionOf(user, "B", 2), aSessionOf(user, "C", 3));
        sessions.forEach(session -> cache().put(session, Duration.ofMinutes(5)));
        given.addAll(sessions);
        cache().listChanged(user);
        cache().putList(user, cache().listRevision(user), sessions, Duration.ofMinutes(5));
        return 5;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return given.stream().filter(session -> session.userId().equals(user))
                .anyMatch(session -> cache().find(session.tokenHash()).isPresent())
                || cache().findList(user).isPresent() || cache().listRevision(user).value() != 0;
    }

    /** None: the cache holds copies of what the relational store exports. */
    @Override
    public List<String> exportedFields() {
        return List.of();
    }

    @Test
    void erasingAUserRemovesTheirCachedSessionsListAndRevisionOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId other = AccountMother.anAccount().build().userId();
        giveData(user);
        giveData(other);

        assertThat(cache().erase(user, 100)).isEqualTo(5);

        given.stream().filter(session -> session.userId().equals(user))
                .forEach(session -> assertThat(cache().find(session.tokenHash())).isEmpty());
        assertThat(cache().findList(user)).isEmpty();
        assertThat(cache().listRevision(user)).isEqualTo(new SessionCache.ListRevision(0));
        given.stream().filter(session -> session.userId().equals(other))
                .forEach(session -> assertThat(cache().find(session.tokenHash())).contains(session));
        assertThat(cache().findList(other)).isPresent();
        List<ExportedItem> exported = new ArrayList<>();
        cache().export(other, exported::add);
        assertThat(exported).isEmpty();
    }

    @Test
    void anEvictedSessionIsNotCountedByTheErasure() {
        UserId user = AccountMother.anAccount().build().userId();
        Session session = aSessionOf(user, "A", 1);
        cache().put(session, Duration.ofMinutes(5));
        cache().evict(List.of(session.tokenHash()), Duration.ofMinutes(10));

        assertThat(cache().erase(user, 10)).isZero();
    }
}
