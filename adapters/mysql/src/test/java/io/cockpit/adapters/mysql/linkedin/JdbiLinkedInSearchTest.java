package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.LinkedInSearchContract;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The LinkedInSearch contract on JdbiLinkedInSearch: LIKE on H2, FULLTEXT and LIKE on the real MariaDB server; each
 * also with a window of one and of two newest rows, so that the older rows are asked for (every match, or only the
 * higher scores) and merged with the window's, as they are in a real user's history.
 */
class JdbiLinkedInSearchTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2(), JdbiLinkedInSearch.WINDOW);
        }
    }

    @Nested
    class OnH2WithAWindowOfOne extends Contract {
        OnH2WithAWindowOfOne() {
            super(StoreUnderTest.h2(), 1);
        }
    }

    @Nested
    class OnH2WithAWindowOfTwo extends Contract {
        OnH2WithAWindowOfTwo() {
            super(StoreUnderTest.h2(), 2);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb(), JdbiLinkedInSearch.WINDOW);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDbWithAWindowOfOne extends Contract {
        OnMariaDbWithAWindowOfOne() {
            super(StoreUnderTest.mariaDb(), 1);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDbWithAWindowOfTwo extends Contract {
        OnMariaDbWithAWindowOfTwo() {
            super(StoreUnderTest.mariaDb(), 2);
        }
    }

    /** The contract on a fresh store per test. */
    abstract static class Contract extends LinkedInSearchContract {

        private final StoreUnderTest under;
        private final int window;

        Contract(StoreUnderTest under, int window) {
            this.under = under;
            this.window = window;
        }

        private LinkedInSearch search;

        /**
         * One for the whole test, as on a server, on a clock that stands still: each edge read is kept to the end of
         * the test, older than every row written after it.
         */
        @Override
        protected LinkedInSearch search() {
            if (search == null) {
                search = under.store().repository(db -> new JdbiLinkedInSearch(db, window,
                        Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC)));
            }
            return search;
        }

        @Override
        protected ContactRepository contacts() {
            return under.store().repository(JdbiContactRepository::new);
        }

        @Override
        protected ConversationRepository conversations() {
            return under.store().repository(JdbiConversationRepository::new);
        }

        @Override
        protected MessageRepository messages() {
            return under.store().repository(JdbiMessageRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
