package se.samordna.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.samordna.county.CountyEntity;
import se.samordna.county.CountyRepository;
import se.samordna.web.Problem.FieldError;

/** How rows of an import name other objects of the county by their externalId instead of their id. */
final class ExternalReferences {

    /** The column by which a row names its organisation (contacts, memberships, support requests). */
    static final String ORGANISATION_EXTERNAL_ID = "organisationExternalId";

    private ExternalReferences() {
    }

    /** {@link #resolve} of {@link #ORGANISATION_EXTERNAL_ID} into {@code organisationId}: the one way rows name one. */
    static void resolveOrganisations(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected,
            CountyRepository<? extends CountyEntity> organisations) {
        resolve(countyCode, rows, rejected, ORGANISATION_EXTERNAL_ID, "organisationId", "an organisation", organisations);
    }

    /**
     * Replaces each row's {@code column} (an externalId) with {@code idField} (the id of the object of the county
     * that carries it), looked up in one query for all rows. A row that names nothing, or names the object a second
     * time by id, gets a problem on {@code column}; a blank or null reference is as if left out.
     *
     * @param what the kind of object named, as in "an organisation"
     */
    static void resolve(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected,
            String column, String idField, String what, CountyRepository<? extends CountyEntity> repository) {
        Map<String, ? extends CountyEntity> named = repository.byExternalIds(countyCode, keys(rows, column));
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            if (row == null || !row.has(column)) {
                continue;
            }
            var reference = row.remove(column);
            if (reference.isNull() || reference.isTextual() && reference.asText().isBlank()) {
                continue;
            }
            if (!reference.isTextual()) {
                refuse(rejected, i, new FieldError(column, "must be text"));
            } else if (row.hasNonNull(idField)) {
                refuse(rejected, i, new FieldError(column,
                        "names the " + what.substring(what.indexOf(' ') + 1) + " a second time: give " + idField
                                + " or " + column));
            } else if (!named.containsKey(reference.asText().strip())) {
                refuse(rejected, i, new FieldError(column, "must be the externalId of " + what + " of county "
                        + countyCode));
            } else {
                row.put(idField, named.get(reference.asText().strip()).id.toString());
            }
        }
    }

    /**
     * Each row's {@code column} read as the id of the object the row belongs under (a membership's network, a
     * response's survey), by row index; null for a null row and for a row refused here because it names none or
     * names it by something other than a UUID.
     *
     * @param what the kind of object named, as in "a network of county 08"
     */
    static List<UUID> parentIds(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected, String column,
            String what) {
        List<UUID> named = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            JsonNode value = row == null ? null : row.get(column);
            UUID id = uuid(value);
            if (row != null && (value == null || value.isNull() || value.isTextual() && value.asText().isBlank())) {
                refuse(rejected, i, new FieldError(column, "is required: the id of " + what));
            } else if (row != null && id == null) {
                refuse(rejected, i, new FieldError(column, "must be a UUID: the id of " + what));
            }
            named.add(id);
        }
        return named;
    }

    /**
     * The {@link #parentIds} of the rows for {@link ImportKind#parentIds}, null for a refused row, with
     * {@code column} taken out of every row (it is no field of the write shape).
     */
    static List<UUID> takeParentIds(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected, String column) {
        List<UUID> parents = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            parents.add(row == null || rejected.containsKey(i) ? null : uuid(row.get(column)));
            if (row != null) {
                row.remove(column);
            }
        }
        return parents;
    }

    /** The text as a UUID; null when it is none. */
    static UUID uuid(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(value.asText().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The object of {@code existing} (by externalId) that carries the row's {@code externalId}; null for none. */
    static <E> E carrying(ObjectNode row, Map<String, E> existing) {
        return row.path("externalId").isTextual() ? existing.get(row.path("externalId").asText().strip()) : null;
    }

    /** The distinct keys that the rows' {@code column} holds as text, stripped; blank ones left out. */
    static List<String> keys(List<ObjectNode> rows, String column) {
        return rows.stream()
                .filter(Objects::nonNull)
                .map(row -> row.path(column))
                .filter(value -> value.isTextual() && !value.asText().isBlank())
                .map(value -> value.asText().strip())
                .distinct()
                .toList();
    }

    /** Adds a problem to those of row {@code index}. */
    static void refuse(Map<Integer, List<FieldError>> rejected, int index, FieldError error) {
        rejected.merge(index, List.of(error), (earlier, added) -> {
            List<FieldError> all = new ArrayList<>(earlier);
            all.addAll(added);
            return all;
        });
    }
}
