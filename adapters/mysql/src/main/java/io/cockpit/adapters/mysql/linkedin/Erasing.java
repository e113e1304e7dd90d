package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import org.jdbi.v3.core.Handle;

import java.util.List;

/** Deleting a user's rows by key lists, in chunks (H2 has no DELETE ... LIMIT). */
final class Erasing {

    private Erasing() {
    }

    /** Deletes the user's rows of {@code table} whose {@code column} is one of {@code keys}; how many. */
    static int deleteIn(Handle handle, String table, String column, UserId user, List<String> keys) {
        int deleted = 0;
        for (List<String> chunk : Sql.chunks(keys)) {
            var delete = handle.createUpdate("DELETE FROM " + table + " WHERE user_id = ? AND " + column + " IN ("
                    + Sql.marks(chunk.size()) + ")");
            Sql.bindAll(delete, Sql.bindAll(delete, 0, user.value()), chunk.toArray());
            deleted += delete.execute();
        }
        return deleted;
    }
}
