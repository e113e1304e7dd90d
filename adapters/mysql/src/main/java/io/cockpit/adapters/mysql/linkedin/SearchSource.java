package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.linkedin.search.SearchType;

/**
 * Where one type's items are: the table, its id and time columns (with an index {@code (user_id, at, id)}), the
 * label table and the texts a result shows.
 */
record SearchSource(SearchType type, String table, String id, String at, String labels, String labelOwner,
                    String texts) {

    static SearchSource of(SearchType type) {
        return switch (type) {
            case CONTACTS -> new SearchSource(type, "linkedin_contact", "contact_id", "last_contact_at",
                    "linkedin_contact_label", "contact_id",
                    "t.first_name, t.last_name, t.headline, t.company, t.job_position");
            case CONVERSATIONS -> new SearchSource(type, "linkedin_conversation", "conversation_id",
                    "last_message_at", "linkedin_conversation_label", "conversation_id", "t.title");
            case MESSAGES -> new SearchSource(type, "linkedin_message", "message_id", "sent_at",
                    "linkedin_conversation_label", "conversation_id", "t.conversation_id, t.body");
        };
    }
}
