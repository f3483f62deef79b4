package se.samordna.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samordna.county.CountyResourceService;
import se.samordna.web.Problem.FieldError;

/**
 * One kind of object an import writes, and what the import needs of its family: the family's write shape (which Bean
 * Validation checks), its service (whose rules each row passes), and how rows refer to other objects by externalId.
 *
 * @param <W> the family's write shape
 */
abstract class ImportKind<W> {

    private final String name;
    private final Class<W> shape;
    private final CountyResourceService<?, W, ?> service;

    /**
     * @param name the kind as the {@code kind} query parameter names it, such as "organisations"
     * @param shape the family's write shape
     * @param service the family's service, whose rules each row passes
     */
    protected ImportKind(String name, Class<W> shape, CountyResourceService<?, W, ?> service) {
        this.name = name;
        this.shape = shape;
        this.service = service;
    }

    /** The kind as the {@code kind} query parameter names it, such as "organisations". */
    final String name() {
        return name;
    }

    final Class<W> shape() {
        return shape;
    }

    final CountyResourceService<?, W, ?> service() {
        return service;
    }

    /** Columns a row may have beyond the write shape's fields: references to other objects by their externalId. */
    Set<String> referenceColumns() {
        return Set.of();
    }

    /**
     * Beginnings of further CSV columns, each followed by a name of the kind's choosing (such as "answer." followed
     * by a question's id): how a CSV row carries what the write shape nests. {@link #resolveReferences} turns them
     * into the shape's fields.
     */
    Set<String> columnPrefixes() {
        return Set.of();
    }

    /**
     * The CSV column a fault of a row is reported on, given the field of the write shape that the family's rules
     * name: for a kind whose {@link #columnPrefixes} columns carry what the shape nests, the column that held the
     * value (such as {@code answer.<questionId>} for {@code answers[2].value}); {@code row} as
     * {@link #resolveReferences} left it.
     */
    String csvColumn(ObjectNode row, String field) {
        return field;
    }

    /**
     * Replaces each row's references by externalId with the ids they name, looked up in one query for all rows;
     * adds the problems of a row whose reference names nothing to {@code rejected} (by index). Runs in the import's
     * transaction.
     */
    void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        // a kind whose rows name nothing by externalId has nothing to resolve
    }

    /**
     * The parent each row's object is created under (a membership's network), by row index, taken out of the rows
     * after {@link #resolveReferences}; null for a kind of objects that have none. Rows refused already may hold
     * null.
     */
    List<UUID> parentIds(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        return null;
    }

    /**
     * Looks up at once the objects the rows name by id, so that the family's rules find them without a query per
     * row. Runs in the import's transaction; null rows were refused already.
     */
    void lookUpReferences(String countyCode, List<W> rows) {
        // a kind whose rules look up nothing by id
    }
}
