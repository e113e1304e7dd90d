package io.cockpit.adapters.mysql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** In H2 no text column has a length of its own: H2 counts UTF-16 units where the contract counts characters. */
class H2TextColumnsTest {

    @Test
    void everyTextColumnTakesTheContractsLengthInEmoji() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            JdbiTransactions db = under.store().transactions();
            int bounded = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND DATA_TYPE = 'CHARACTER VARYING' "
                    + "AND CHARACTER_MAXIMUM_LENGTH < 1000000000 AND TABLE_NAME <> 'flyway_schema_history'")
                    .mapTo(Integer.class).one());
            assertThat(bounded).isZero();

            String twoHundredEmoji = "\uD83D\uDE00".repeat(200);
            db.withHandle(h -> h.createUpdate("INSERT INTO legal_hold (user_id, hold_reason, since) "
                    + "VALUES ('01a235c1-b5a7-77c8-af88-339511c12b38', :reason, CURRENT_TIMESTAMP)")
                    .bind("reason", twoHundredEmoji.repeat(2)).execute());
            String stored = db.withHandle(h -> h.createQuery("SELECT hold_reason FROM legal_hold")
                    .mapTo(String.class).one());
            assertThat(stored.codePointCount(0, stored.length())).isEqualTo(400);
            int again = db.withHandle(h -> {
                try {
                    return H2TextColumns.unbound(h.getConnection());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(again).as("nothing left to do at the next start").isZero();
        }
    }
}
