package se.samordna.web;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a client's {@code sort=field,dir} into a Panache sort over the documented fields only, so that a list
 * can never be sorted by an arbitrary column; ties are broken by id for stable pages.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param fields API field name to entity attribute
     */
    public static Sort parse(String sort, Map<String, String> fields, String defaultField) {
        String field = defaultField;
        Sort.Direction direction = Sort.Direction.Ascending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (!fields.containsKey(field)) {
                throw ProblemException.invalid("sort", "can sort by "
                        + fields.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
            if (parts.length > 2) {
                throw ProblemException.invalid("sort", "must be field,asc or field,desc");
            }
            if (parts.length == 2) {
                direction = switch (parts[1].trim().toLowerCase()) {
                    case "asc" -> Sort.Direction.Ascending;
                    case "desc" -> Sort.Direction.Descending;
                    default -> throw ProblemException.invalid("sort", "direction must be asc or desc");
                };
            }
        }
        return Sort.by(fields.get(field), direction).and("id", Sort.Direction.Ascending);
    }
}
