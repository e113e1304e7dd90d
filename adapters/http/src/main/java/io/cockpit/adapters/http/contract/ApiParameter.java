package io.cockpit.adapters.http.contract;

import com.networknt.schema.Schema;

/** A parameter of an operation, with the schema its value must satisfy. */
public record ApiParameter(In in, String name, boolean required, String type, Schema schema) {

    /** Where the parameter travels; the names are those of the {@code in} field of a problem's errors. */
    public enum In {
        PATH, QUERY, HEADER, COOKIE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
