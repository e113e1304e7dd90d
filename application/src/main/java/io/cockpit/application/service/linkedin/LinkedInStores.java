package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.security.ServerSecret;

import java.util.Objects;

/**
 * What the LinkedIn services are built on: the capability's stores, the label store (whose ids contacts and
 * conversations carry), the transactions, and the server secret that keys the hashes of deleted URNs.
 */
public record LinkedInStores(SyncStateRepository syncStates, ProfileRepository profiles, ContactRepository contacts,
                             ConversationRepository conversations, MessageRepository messages,
                             SuppressionRepository suppressions, LabelRepository labels, Transactions transactions,
                             ServerSecret secret) {

    public LinkedInStores {
        Objects.requireNonNull(syncStates, "syncStates");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(secret, "secret");
    }
}
