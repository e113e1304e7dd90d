package io.cockpit.application.service.access;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.access.ManageSessionsUseCase.SessionView;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

/** The device list is served from the cache; these show it is never behind the store. */
class SessionListTest {

    private final FakeStores stores = new FakeStores();
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, new SecureRandom());
    private final UserId user = anAccount().build().userId();

    private StartedSession signIn(String device) {
        stores.clock.advance(Duration.ofSeconds(1));
        return sessions.start(user, new DeviceLabel(device));
    }

    private List<String> devices(SessionId current) {
        return sessions.list(user, current, PageRequest.first(PageRequest.DEFAULT_LIMIT)).items().stream()
                .map(view -> view.session().device().value()).toList();
    }

    @Test
    void aNewSessionIsListedAtOnce() {
        StartedSession laptop = signIn("Firefox on Linux");
        assertThat(devices(laptop.session().id())).containsExactly("Firefox on Linux");

        signIn("Safari on iPhone");

        assertThat(devices(laptop.session().id())).containsExactly("Safari on iPhone", "Firefox on Linux");
        assertThat(stores.sessionCache.findList(user)).isPresent();
    }

    @Test
    void anEndedSessionDisappearsAtOnce() {
        StartedSession laptop = signIn("Firefox on Linux");
        StartedSession phone = signIn("Safari on iPhone");
        devices(laptop.session().id());

        sessions.revoke(user, phone.session().id());

        assertThat(devices(laptop.session().id())).containsExactly("Firefox on Linux");
    }

    @Test
    void aTouchShowsTheNewLastUse() {
        StartedSession laptop = signIn("Firefox on Linux");
        devices(laptop.session().id());

        stores.clock.advance(SessionPolicy.DEFAULT.touchInterval().plusSeconds(1));
        sessions.authenticate(laptop.token().value());

        SessionView listed = sessions.list(user, laptop.session().id(), PageRequest.first(5)).items().getFirst();
        assertThat(listed.session().lastSeenAt()).isEqualTo(stores.clock.instant());
        assertThat(listed.current()).isTrue();
    }

    @Test
    void pagesCutFromTheCachedListAreThePagesOfTheStore() {
        for (int i = 0; i < 7; i++) {
            signIn("Device " + i);
        }
        List<Page<?>> fromStore = new ArrayList<>();
        PageRequest page = PageRequest.first(3);
        do {
            Page<?> stored = stores.sessions.list(user, page);
            fromStore.add(stored);
            page = stored.next().map(cursor -> new PageRequest(3, Optional.of(cursor))).orElse(null);
        } while (page != null);

        List<Page<SessionView>> served = allPages(3);

        assertThat(stores.sessionCache.findList(user)).isPresent();
        assertThat(served).hasSize(3);
        for (int i = 0; i < served.size(); i++) {
            assertThat(served.get(i).next()).isEqualTo(fromStore.get(i).next());
            assertThat(served.get(i).items().stream().map(SessionView::session).toList())
                    .isEqualTo(fromStore.get(i).items());
        }
    }

    @Test
    void aCursorWhoseSessionEndedContinuesFromTheStore() {
        for (int i = 0; i < 5; i++) {
            signIn("Device " + i);
        }
        Page<SessionView> first = sessions.list(user, SessionId.random(), PageRequest.first(2));
        sessions.revoke(user, first.items().getLast().session().id());

        Page<SessionView> second = sessions.list(user, SessionId.random(), new PageRequest(2, first.next()));

        assertThat(second.items().stream().map(view -> view.session().device().value()))
                .containsExactly("Device 2", "Device 1");
    }

    @Test
    void aUserWithMoreSessionsThanOnePageIsPagedByTheStore() {
        for (int i = 0; i < PageRequest.MAX_LIMIT + 5; i++) {
            signIn("Device " + i);
        }

        List<Page<SessionView>> pages = allPages(PageRequest.MAX_LIMIT);

        assertThat(stores.sessionCache.findList(user)).isEmpty();
        assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(PageRequest.MAX_LIMIT + 5);
        assertThat(pages.getLast().items().getLast().session().device().value()).isEqualTo("Device 0");
    }

    private List<Page<SessionView>> allPages(int limit) {
        List<Page<SessionView>> pages = new ArrayList<>();
        PageRequest page = PageRequest.first(limit);
        while (page != null) {
            Page<SessionView> served = sessions.list(user, SessionId.random(), page);
            pages.add(served);
            page = served.next().map(cursor -> new PageRequest(limit, Optional.of(cursor))).orElse(null);
        }
        return pages;
    }
}
