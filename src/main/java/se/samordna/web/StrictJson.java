package se.samordna.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Reads request bodies as strictly as the API promises: an enum value is one of its names, never a
 * number, and text is text, never a number or a boolean. */
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
        // and a NUL character, which PostgreSQL cannot store, answered 500 where it belongs to a 400
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class,
                new StorableText.Deserializer()));
    }
}
