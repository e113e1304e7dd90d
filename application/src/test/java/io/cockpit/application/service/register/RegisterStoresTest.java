package io.cockpit.application.service.register;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelPersonalData;
import io.cockpit.domain.protection.ProtectionPersonalData;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.template.TemplatePersonalData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterStoresTest {

    private static PersonalDataStore store(String category) {
        return new PersonalDataStore() {
            @Override
            public String category() {
                return category;
            }

            @Override
            public void export(UserId user, Consumer<ExportedItem> sink) {
            }

            @Override
            public int erase(UserId user, int limit) {
                return 0;
            }
        };
    }

    private static ExpiringPersonalData expiring(String category) {
        return new ExpiringPersonalData() {
            @Override
            public String category() {
                return category;
            }

            @Override
            public int deleteExpired(Instant cutoff, int limit) {
                return 0;
            }
        };
    }

    private final Register register = Register.of(List.of(TemplatePersonalData.MESSAGE_TEMPLATES,
            LabelPersonalData.LABELS, AccessPersonalData.SESSIONS, ProtectionPersonalData.BLOCKED_ADDRESSES,
            ProtectionPersonalData.SIGN_IN_ATTEMPTS));

    @Test
    void everyRelationalUserCategoryNeedsAStore() {
        assertThatThrownBy(() -> new RegisterStores(register, List.of(store("labels"), store("sessions")), List.of()))
                .hasMessageContaining("message_templates is user data in the relational store, but no store exports it");
    }

    @Test
    void aStoreMayNotServeWhatTheRegisterDoesNotDeclareAsUserData() {
        assertThatThrownBy(() -> new RegisterStores(register, List.of(store("labels"), store("sessions"),
                store("message_templates"), store("blocked_addresses")), List.of()))
                .hasMessageContaining("a store exports blocked_addresses");
        assertThatThrownBy(() -> new RegisterStores(register, List.of(store("labels"), store("sessions"),
                store("message_templates")), List.of(expiring("labels"))))
                .hasMessageContaining("a store expires labels");
    }

    @Test
    void storesComeInRegisterOrderAndPeriodsWithoutAStoreAreNamed() {
        RegisterStores stores = new RegisterStores(register, List.of(store("sessions"), store("labels"),
                store("message_templates")), List.of());
        assertThat(stores.stores()).extracting(PersonalDataStore::category)
                .containsExactly("message_templates", "labels", "sessions");
        assertThat(stores.periodsWithoutStore()).containsExactly(AccessPersonalData.SESSIONS);
        assertThat(new RegisterStores(register, stores.stores(), List.of(expiring("sessions"))).periodsWithoutStore())
                .isEmpty();
    }

    @Test
    void anErasureRunsTheAccountLastAndKeepsTheOrderWithinACategory() {
        Register withAccount = Register.of(List.of(AccountPersonalData.ACCOUNT, TemplatePersonalData.MESSAGE_TEMPLATES,
                AccessPersonalData.SESSIONS));
        PersonalDataStore account = store("account");
        PersonalDataStore rows = store("sessions");
        PersonalDataStore cache = store("sessions");
        PersonalDataStore templates = store("message_templates");

        RegisterStores stores = new RegisterStores(withAccount, List.of(rows, account, cache, templates), List.of());

        assertThat(stores.stores()).containsExactly(account, templates, rows, cache);
        assertThat(stores.erasureOrder()).containsExactly(templates, rows, cache, account);
    }
}
