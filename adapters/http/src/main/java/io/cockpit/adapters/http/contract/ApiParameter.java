package io.cockpit.adapters.http.contract;

import com.networknt.schema.Schema;

import java.util.Optional;

/**
 * A parameter of an operation, with the schema its value must satisfy and the value its schema declares as
 * {@code default} (what the handler takes when the request has none).
 */
public record ApiParameter(In in, String name, boolean required, String type, Schema schema,
                           Optional<String> defaultValue) {

    /** Where the parameter travels; the names are those of the {@code in} field of a problem's errors. */
    public enum In {
        PATH, QUERY, HEADER, COOKIE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
