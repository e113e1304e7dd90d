package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/**
 * One vertical slice of the product (access, account, settings, ...), wired: its services built by constructor
 * calls on the {@link Platform}, the HTTP routes that drive them, and its share of the register of personal data:
 * the categories it declares, and the stores that export, erase and expire them. Adding a capability adds one class
 * and one line in {@code Cockpit}.
 */
public interface Capability {

    List<HttpRoutes> routes();

    /** The register categories this capability keeps (declared in its domain package). */
    List<PersonalDataCategory> personalData();

    /** Its stores that hold user data, for export and erasure. */
    default List<PersonalDataStore> personalDataStores() {
        return List.of();
    }

    /** Its stores with a retention period, for the retention jobs. */
    default List<ExpiringPersonalData> expiringData() {
        return List.of();
    }
}
