package se.samordna.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and instants in request bodies with years 0001 to 9999, as RFC 3339 writes them and as {@link QueryParams}
 * reads them in query parameters. Jackson also reads ISO's signed years ({@code +300000-01-01T00:00:00Z}), which lie
 * beyond the spec's {@code format: date} and, far enough out (a timestamp past the year 294276), beyond what PostgreSQL
 * stores: they were stored against the spec or answered 500. Refused here as a 400 naming the field.
 * Registered by {@link StrictJson} around whichever deserializer Jackson has for the type.
 */
final class StorableDates extends BeanDeserializerModifier {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == LocalDate.class || type == OffsetDateTime.class) {
            return new YearChecked(deserializer, type);
        }
        return deserializer;
    }

    private static final class YearChecked extends DelegatingDeserializer {

        private final Class<?> type;

        YearChecked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearChecked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            int year = switch (value) {
                case LocalDate date -> date.getYear();
                case OffsetDateTime instant -> instant.getYear();
                case null, default -> FIRST_YEAR;
            };
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw InvalidFormatException.from(parser, "year out of range " + FIRST_YEAR + "-" + LAST_YEAR,
                        value.toString(), type);
            }
            return value;
        }
    }
}
