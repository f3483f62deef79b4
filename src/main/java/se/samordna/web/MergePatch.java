package se.samordna.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON Merge Patch (RFC 7396) for every resource: the patch is merged into the current state written as the
 * replace shape, and the result is read and validated as that shape. So a PATCH obeys exactly the rules of a
 * PUT, unknown fields included, and no resource writes patch logic of its own.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <W> W apply(W current, JsonNode patch, Class<W> shape) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "A merge patch is a JSON object", null);
        }
        refuseUnknownRemovals(patch, shape);
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        W result;
        try {
            result = mapper.treeToValue(merged, shape);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MappedJsonException(e);
        }
        Set<ConstraintViolation<W>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /**
     * A null removes a field; a null for a field the shape does not have would remove nothing and pass unseen (a
     * client that mistyped the field it meant to clear would believe it cleared), so it is refused as any unknown
     * field is.
     */
    private static void refuseUnknownRemovals(JsonNode patch, Class<?> shape) {
        if (!shape.isRecord()) {
            return;
        }
        Set<String> fields = Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        List<Problem.FieldError> unknown = new ArrayList<>();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull() && !fields.contains(field.getKey())) {
                unknown.add(new Problem.FieldError(field.getKey(), "unknown field"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", unknown.size() == 1
                    ? "The request has 1 invalid field" : "The request has " + unknown.size() + " invalid fields",
                    unknown);
        }
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** Carries a Jackson failure of the merged document to the problem mapper unchanged. */
    public static final class MappedJsonException extends RuntimeException {
        MappedJsonException(com.fasterxml.jackson.core.JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }
    }
}
