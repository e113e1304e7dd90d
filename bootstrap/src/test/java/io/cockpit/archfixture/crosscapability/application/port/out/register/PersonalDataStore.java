package io.cockpit.archfixture.crosscapability.application.port.out.register;

/** Architecture fixture: the register's store port, which every capability's stores of user data implement. */
public interface PersonalDataStore {
    int erase(String user);
}
