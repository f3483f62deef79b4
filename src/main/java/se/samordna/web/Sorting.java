package se.samordna.web;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a client's {@code sort=field,dir} into a Panache sort over the documented fields only, so that a list
 * can never be sorted by an arbitrary column; ties are broken by id, in the
 * same direction, for stable pages that an index leading with the county and ending with the id serves both ways.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param fields API field name to entity attribute
     */
    public static Sort parse(String sort, Map<String, String> fields, String defaultField) {
        Choice choice = choose(sort, fields, defaultField);
        Sort.Direction direction = choice.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return Sort.by(fields.get(choice.field()), direction).and("id", direction);
    }

    /**
     * The same choice as an {@code order by} clause, for a list whose query joins other entities and sorts by their
     * attributes or by expressions (which Panache's {@link Sort} would quote as one column name).
     *
     * @param fields API field name to a JPQL expression, such as {@code coalesce(c.name, o.name)}
     * @param id the JPQL expression of the id that breaks ties, such as {@code m.id}
     */
    public static String orderBy(String sort, Map<String, String> fields, String defaultField, String id) {
        Choice choice = choose(sort, fields, defaultField);
        String direction = choice.ascending() ? " asc" : " desc";
        return " order by " + fields.get(choice.field()) + direction + ", " + id + direction;
    }

    private record Choice(String field, boolean ascending) {
    }

    private static Choice choose(String sort, Map<String, String> fields, String defaultField) {
        if (sort == null || sort.isBlank()) {
            return new Choice(defaultField, true);
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        if (!fields.containsKey(field)) {
            throw ProblemException.invalid("sort", "can sort by "
                    + fields.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (parts.length > 2) {
            throw ProblemException.invalid("sort", "must be field,asc or field,desc");
        }
        if (parts.length == 1) {
            return new Choice(field, true);
        }
        return switch (parts[1].trim().toLowerCase()) {
            case "asc" -> new Choice(field, true);
            case "desc" -> new Choice(field, false);
            default -> throw ProblemException.invalid("sort", "direction must be asc or desc");
        };
    }
}
