package io.cockpit.archfixture.crosscapability.adapters.mysql.label;

import io.cockpit.archfixture.crosscapability.application.port.out.register.PersonalDataStore;

/** Architecture fixture. Allowed: a store of label implements the register's store port. */
public class JdbiLabelErasure implements PersonalDataStore {
    @Override
    public int erase(String user) {
        return 0;
    }
}
