package se.samordna.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Reads request bodies as strictly as the API promises: an enum value is one of its names, never a
 * number; text is text, never a number or a boolean; a whole number is one, never a fraction or text; a boolean is
 * true or false, never a number or text. */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // by default Jackson reads 5 and "5" as the enum's sixth constant: "type": 5 became BUSINESS
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // and 5 or true where text belongs became "5" and "true": a client's mistake stored as data
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // and 4.9 or "4" where a whole number belongs became 4 (a need's priority), and 1 or "true" where a boolean
        // belongs became true
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // and an object that names a field twice, which reached a record's creator twice and answered 500 (a merge
        // patch or an import would silently have taken the last); refused as the field at fault (duplicateField)
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // and a NUL character, which PostgreSQL cannot store, answered 500 where it belongs to a 400 (also inside
        // free JSON, such as a survey's answers)
        mapper.registerModule(new SimpleModule("storable-text")
                .addDeserializer(String.class, new StorableText.Deserializer())
                .addDeserializer(JsonNode.class, new StorableText.TreeDeserializer()));
        // and a date of a year beyond 9999 (+300000-01-01), which PostgreSQL cannot store either
        mapper.registerModule(new SimpleModule("storable-dates").setDeserializerModifier(new StorableDates()));
    }

    /**
     * The JSON path of the field a body names twice in one object (such as {@code agenda[0].speaker}), when that is
     * why {@code e} was thrown; otherwise null.
     */
    public static String duplicateField(JsonProcessingException e) {
        if (!(e instanceof StreamReadException read) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field '")
                || !(read.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            String step = context.inArray() ? "[" + Math.max(0, context.getCurrentIndex()) + "]"
                    : (context.getCurrentName() == null ? "" : "." + context.getCurrentName());
            path.insert(0, step);
        }
        String field = path.toString().replaceFirst("^\\.", "");
        return field.isEmpty() ? "body" : field;
    }
}
