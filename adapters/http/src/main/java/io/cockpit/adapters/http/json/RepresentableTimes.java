package io.cockpit.adapters.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A date-time of a body must fall in the years 0001-9999 in UTC, where every time is written back: RFC 3339 allows
 * {@code 0000-01-01T00:00:00+01:00}, which is in the year -1 in UTC and would come back as {@code -0001-12-31T23:00Z},
 * which no client reads.
 */
public final class RepresentableTimes extends DelegatingDeserializer {

    static final BeanDeserializerModifier MODIFIER = new BeanDeserializerModifier() {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == OffsetDateTime.class
                    ? new RepresentableTimes(deserializer) : deserializer;
        }
    };

    private RepresentableTimes(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new RepresentableTimes(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object value = super.deserialize(parser, context);
        if (value instanceof OffsetDateTime time) {
            int year = time.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            if (year < 1 || year > 9999) {
                throw new OutOfRange(parser, time);
            }
        }
        return value;
    }

    /** A time outside the years that can be written back; the message is the client's. */
    public static final class OutOfRange extends InvalidFormatException {

        public static final String MESSAGE = "must be in the years 0001-9999 once converted to UTC";

        OutOfRange(JsonParser parser, OffsetDateTime time) {
            super(parser, MESSAGE, time, OffsetDateTime.class);
        }
    }
}
