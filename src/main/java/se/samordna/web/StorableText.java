package se.samordna.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text that PostgreSQL cannot store (the NUL character, U+0000, which it refuses in text and JSON, and lone UTF-16
 * surrogates, which are no Unicode text) is refused at the edge as a 400 naming where it came from: in a query
 * parameter or path segment by {@link #refuseInParameters}, in a body string by {@link Deserializer} (registered
 * by {@link StrictJson}). Without it, it reaches the database and answers 500.
 */
public class StorableText {

    public static final String MESSAGE = "must not contain the NUL character (U+0000) or other text that cannot be stored";

    /** Runs after the county scope filter, so that a caller without rights learns nothing more than 401 or 403. */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public void refuseInParameters(ContainerRequestContext request) {
        refuseIn(request.getUriInfo().getPathParameters());
        refuseIn(request.getUriInfo().getQueryParameters());
    }

    private static void refuseIn(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!storable(parameter.getKey())) {
                throw ProblemException.invalid("query", "a parameter name " + MESSAGE);
            }
            for (String value : parameter.getValue()) {
                if (!storable(value)) {
                    throw ProblemException.invalid(parameter.getKey(), MESSAGE);
                }
            }
        }
    }

    /** Whether PostgreSQL can store the text as given. */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads JSON strings as Jackson does, and refuses those PostgreSQL cannot store. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (!storable(text)) {
                throw new UnstorableTextException(parser);
            }
            return text;
        }
    }

    /** A body string that cannot be stored; {@link ProblemMappers} names its field. */
    static final class UnstorableTextException extends com.fasterxml.jackson.databind.JsonMappingException {

        UnstorableTextException(JsonParser parser) {
            super(parser, MESSAGE);
        }
    }
}
