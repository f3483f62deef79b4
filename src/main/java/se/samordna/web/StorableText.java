package se.samordna.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text that PostgreSQL cannot store (the NUL character, U+0000, which it refuses in text and JSON, and lone UTF-16
 * surrogates, which are no Unicode text) is refused at the edge as a 400 naming where it came from: in a query
 * parameter or path segment by {@link #refuseInParameters}, in a body string by {@link Deserializer} and in free
 * JSON of a body (text and field names) by {@link TreeDeserializer} (both registered by {@link StrictJson}).
 * Without it, it reaches the database and answers 500.
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

    /**
     * Reads a JSON value of any shape (where a write shape takes free JSON, such as a survey's answer or an import's
     * rows) as Jackson does, and refuses it when a text or a field name in it cannot be stored: a
     * {@code JsonNode} is never read through {@link Deserializer}, and such text would reach a jsonb or text column.
     */
    static final class TreeDeserializer extends StdDeserializer<JsonNode> {

        private final JsonDeserializer<? extends JsonNode> jackson = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        TreeDeserializer() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = jackson.deserialize(parser, context);
            List<JsonMappingException.Reference> path = new ArrayList<>();
            if (pathToUnstorable(tree, path)) {
                UnstorableTextException e = new UnstorableTextException(parser);
                for (JsonMappingException.Reference step : path.reversed()) {
                    e.prependPath(step);
                }
                throw e;
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return jackson.getNullValue(context);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return jackson.getAbsentValue(context);
        }
    }

    /** Whether PostgreSQL can store every text and field name of the JSON value as given. */
    public static boolean storable(JsonNode tree) {
        return !pathToUnstorable(tree, new ArrayList<>());
    }

    /**
     * Adds to {@code path} the steps to the first text in {@code node} that cannot be stored (to the object
     * whose field name it is, for a name); true when there is one.
     */
    private static boolean pathToUnstorable(JsonNode node, List<JsonMappingException.Reference> path) {
        if (node.isTextual()) {
            return !storable(node.textValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(new JsonMappingException.Reference(null, i));
                if (pathToUnstorable(node.get(i), path)) {
                    return true;
                }
                path.removeLast();
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!storable(field.getKey())) {
                    return true;
                }
                path.add(new JsonMappingException.Reference(null, field.getKey()));
                if (pathToUnstorable(field.getValue(), path)) {
                    return true;
                }
                path.removeLast();
            }
        }
        return false;
    }

    /** A body string that cannot be stored; {@link ProblemMappers} names its field. */
    public static final class UnstorableTextException extends JsonMappingException {

        UnstorableTextException(JsonParser parser) {
            super(parser, MESSAGE);
        }
    }
}
