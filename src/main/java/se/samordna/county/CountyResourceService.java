package se.samordna.county;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import se.samordna.audit.ChangeLog;
import se.samordna.audit.HistoryEntry;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;
import se.samordna.web.MergePatch;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Paging;
import se.samordna.web.Problem.FieldError;
import se.samordna.web.ProblemException;
import se.samordna.web.Sorting;

/**
 * What every county resource does the same way: list, get, create, replace, merge-patch, delete and history,
 * with the version check, the audit stamps and the change event. A resource family supplies only its own
 * rules: how a write shape is checked and applied, and how an object is shown.
 *
 * @param <E> the entity
 * @param <W> the shape a client writes (create and replace)
 * @param <V> the shape the API answers
 */
public abstract class CountyResourceService<E extends CountyEntity, W, V> {

    @Inject
    protected CountyWrites writes;

    @Inject
    protected ChangeLog changeLog;

    @Inject
    MergePatch mergePatch;

    @Inject
    CountyContext county;

    private CountyRepository<E> repository;
    private String resourceType;
    private Class<W> writeShape;
    private Supplier<E> newEntity;

    /** For the container's client proxies only: a family's service calls the other constructor. */
    protected CountyResourceService() {
    }

    /**
     * @param repository the family's repository
     * @param resourceType the name of the resource in history and change events, such as "organisation"
     * @param writeShape the record a client writes, the base a merge patch applies to
     * @param newEntity a new, empty object; null for a nested resource, whose service overrides
     *        {@link #newEntity(String, UUID)} to set and check the parent
     */
    protected CountyResourceService(CountyRepository<E> repository, String resourceType, Class<W> writeShape,
            Supplier<E> newEntity) {
        this.repository = repository;
        this.resourceType = resourceType;
        this.writeShape = writeShape;
        this.newEntity = newEntity;
    }

    protected CountyRepository<E> repository() {
        return repository;
    }

    /** The name of the resource in history and change events, such as "organisation". */
    protected String resourceType() {
        return resourceType;
    }

    protected Class<W> writeShape() {
        return writeShape;
    }

    /** Checks what the client wrote against the county's data (beyond Bean Validation) and applies it. */
    protected abstract void apply(String countyCode, W write, E entity);

    /** The entity as the write shape, the base a merge patch applies to. */
    protected abstract W toWrite(E entity);

    protected abstract V view(E entity);

    /** Views of a page of entities; override to load what they name in one query instead of one per row. */
    protected List<V> views(List<E> entities) {
        return entities.stream().map(this::view).toList();
    }

    /** A JPQL condition over the entity plus its named parameters, for {@link #list}. */
    public record Condition(String jpql, Parameters parameters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    protected Page<V> list(String countyCode, List<Condition> conditions, PageParams paging,
            Map<String, String> sortable, String defaultSort) {
        Page<E> page = entities(countyCode, conditions, Sorting.parse(paging.sort, sortable, defaultSort),
                paging.pageNumber(), paging.pageSize(), paging.total());
        return new Page<>(views(page.items()), page.page(), page.size(), page.totalItems(), page.totalPages(),
                page.hasNext());
    }

    /** One page of the county's entities that meet all the conditions, in this order: for lists and exports. */
    protected Page<E> entities(String countyCode, List<Condition> conditions, Sort sort, int page, int size,
            boolean total) {
        Parameters parameters = new Parameters();
        conditions.forEach(c -> c.parameters().map().forEach(parameters::and));
        String where = String.join(" and ", conditions.stream().map(Condition::jpql).toList());
        return repository().pageInCounty(countyCode, where, parameters, sort, page, size, total);
    }

    /**
     * The object {@code id} of the county, under {@code parentId} for a nested resource (null: under any parent),
     * or a 404. A nested resource's service overrides it to check the parent in the same query.
     */
    protected E find(String countyCode, UUID parentId, UUID id) {
        return repository().getInCounty(countyCode, id);
    }

    /** A new object under {@code parentId} (null for a top-level resource); a nested service sets the parent here. */
    protected E newEntity(String countyCode, UUID parentId) {
        if (newEntity == null) {
            throw new IllegalStateException("a " + resourceType + " is created under its parent: its service sets it");
        }
        return newEntity.get();
    }

    /**
     * The externalId of a single write (an import matches rows to objects by it instead): a key the county's
     * integrations give, so set, changed or removed only by its coordinators and importer (403 to a member, who would
     * otherwise learn by a conflict which keys other objects carry), and carried by one object of the kind at most
     * (409 naming it, before the unique index would refuse it without saying which field).
     */
    private void requireOwnExternalId(String countyCode, W write, E entity) {
        if (!(write instanceof ImportableWrite importable) || !(entity instanceof ImportableEntity stored)) {
            return;
        }
        String externalId = importable.storedExternalId();
        if (java.util.Objects.equals(externalId, stored.externalId)) {
            return;
        }
        if (county.isEstablished() && !county.holds(CountyRole.COORDINATOR) && !county.holds(CountyRole.IMPORTER)) {
            throw ProblemException.forbidden("externalId", "is set and changed by the county's coordinators and imports"
                    + (stored.externalId == null ? "" : "; send it as it is (" + stored.externalId + ")"));
        }
        if (externalId == null) {
            return;
        }
        E carrier = repository().byExternalIds(countyCode, List.of(externalId)).get(externalId);
        if (carrier != null && !carrier.id.equals(entity.id)) {
            throw new ProblemException(409, "conflict", "Conflict", "Another " + repository().displayName().toLowerCase(
                    java.util.Locale.ROOT) + " of the county carries the externalId " + externalId + " (" + carrier.id
                    + "); an externalId is unique per county and kind",
                    List.of(new FieldError("externalId", "is carried by " + carrier.id)));
        }
    }

    /**
     * Applies a write without letting a query of {@link #apply} flush the half-applied change: CountyWrites decides
     * from what is still unflushed whether the write changed anything and records it, and a check that reads the
     * database (is this name taken?) must not write the object before that.
     */
    private void applyUnflushed(String countyCode, W write, E entity) {
        Session session = writes.session();
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            apply(countyCode, write, entity);
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

    /**
     * What an import did, or would do: counts, and the problems of each refused row by its index; {@code dryRun}
     * when it wrote nothing though every row passed.
     */
    public record ImportOutcome(int created, int updated, int unchanged, SortedMap<Integer, List<FieldError>> rejected,
            boolean dryRun) {
    }

    /**
     * Applies the rows of a bulk import with this family's own rules ({@link #apply}), each to a new object or, when
     * its {@code externalId} is one the county's objects carry, to that object. Rows have passed Bean Validation; a
     * null row is one the caller refused already, and is skipped.
     * Writes them through {@link CountyWrites#writeAll} only when every row passes and this is no dry run; otherwise
     * marks the transaction for rollback, since the rows changed objects it manages (the caller ends it so).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportOutcome importRows(String countyCode, List<W> rows, boolean dryRun) {
        return importRows(countyCode, null, rows, dryRun);
    }

    /**
     * As {@link #importRows(String, List, boolean)} for objects created under a parent (a membership under its
     * network): {@code parentIds} holds each row's parent by index, and a new object is made as
     * {@link #newEntity(String, UUID)} makes it; a refusal of that (a closed network) refuses the row. The caller
     * checked that a row whose externalId an object carries names that object's parent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportOutcome importRows(String countyCode, List<UUID> parentIds, List<W> rows, boolean dryRun) {
        List<String> externalIds = rows.stream().filter(java.util.Objects::nonNull)
                .map(row -> ((ImportableWrite) row).storedExternalId())
                .filter(java.util.Objects::nonNull).toList();
        Map<String, E> existing = repository().byExternalIds(countyCode, externalIds);
        Map<String, Integer> firstRowOf = new HashMap<>();
        SortedMap<Integer, List<FieldError>> rejected = new TreeMap<>();
        List<E> created = new ArrayList<>();
        List<E> updated = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            W row = rows.get(i);
            if (row == null) {
                continue;
            }
            String externalId = ((ImportableWrite) row).storedExternalId();
            if (externalId != null && firstRowOf.putIfAbsent(externalId, i) != null) {
                rejected.put(i, List.of(new FieldError("externalId",
                        "is that of an earlier row of this import (row " + (firstRowOf.get(externalId) + 1) + ")")));
                continue;
            }
            E entity = externalId == null ? null : existing.get(externalId);
            W before = entity == null ? null : toWrite(entity);
            try {
                if (entity == null) {
                    entity = newEntity(countyCode, parentIds == null ? null : parentIds.get(i));
                }
                applyUnflushed(countyCode, row, entity);
            } catch (ProblemException refused) {
                rejected.put(i, refused.errors() == null || refused.errors().isEmpty()
                        ? List.of(new FieldError("row", refused.getMessage()))
                        : refused.errors());
                continue;
            }
            if (before == null) {
                created.add(entity);
            } else if (before.equals(toWrite(entity))) {
                unchanged++;
            } else {
                updated.add(entity);
            }
        }
        if (!rejected.isEmpty() || dryRun) {
            QuarkusTransaction.setRollbackOnly();
        } else {
            writes.writeAll(resourceType(), countyCode, created, updated, this::views);
        }
        return new ImportOutcome(created.size(), updated.size(), unchanged, rejected, dryRun);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public V get(String countyCode, UUID id) {
        return get(countyCode, null, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public V get(String countyCode, UUID parentId, UUID id) {
        return view(find(countyCode, parentId, id));
    }

    @Transactional
    public V create(String countyCode, W write) {
        return create(countyCode, null, write);
    }

    @Transactional
    public V create(String countyCode, UUID parentId, W write) {
        E entity = newEntity(countyCode, parentId);
        requireOwnExternalId(countyCode, write, entity);
        applyUnflushed(countyCode, write, entity);
        return writes.create(resourceType(), countyCode, entity, this::view);
    }

    @Transactional
    public V replace(String countyCode, UUID id, long expectedVersion, W write) {
        return replace(countyCode, null, id, expectedVersion, write);
    }

    @Transactional
    public V replace(String countyCode, UUID parentId, UUID id, long expectedVersion, W write) {
        E entity = find(countyCode, parentId, id);
        writes.requireVersion(entity, expectedVersion);
        requireOwnExternalId(countyCode, write, entity);
        applyUnflushed(countyCode, write, entity);
        return writes.update(resourceType(), entity, this::view);
    }

    @Transactional
    public V patch(String countyCode, UUID id, long expectedVersion, JsonNode patch) {
        return patch(countyCode, null, id, expectedVersion, patch);
    }

    @Transactional
    public V patch(String countyCode, UUID parentId, UUID id, long expectedVersion, JsonNode patch) {
        E entity = find(countyCode, parentId, id);
        writes.requireVersion(entity, expectedVersion);
        W write = mergePatch.apply(toWrite(entity), patch, writeShape());
        requireOwnExternalId(countyCode, write, entity);
        applyUnflushed(countyCode, write, entity);
        return writes.update(resourceType(), entity, this::view);
    }

    @Transactional
    public void delete(String countyCode, UUID id, long expectedVersion) {
        delete(countyCode, null, id, expectedVersion);
    }

    @Transactional
    public void delete(String countyCode, UUID parentId, UUID id, long expectedVersion) {
        E entity = find(countyCode, parentId, id);
        writes.requireVersion(entity, expectedVersion);
        writes.delete(resourceType(), entity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(String countyCode, UUID id, Paging paging) {
        return history(countyCode, null, id, paging);
    }

    /**
     * Every version of the object, oldest first; still there after a delete, to a caller allowed to read it
     * ({@link #requireHistoryVisible}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(String countyCode, UUID parentId, UUID id, Paging paging) {
        requireHistoryVisible(countyCode, parentId, id);
        Page<HistoryEntry> history = changeLog.history(countyCode, resourceType(), id, paging.pageNumber(),
                paging.pageSize(), paging.total());
        // a later page of nothing is a 404 too when the object never was (without a total, ask whether it was)
        if (history.items().isEmpty() && (paging.pageNumber() == 0 || Long.valueOf(0).equals(history.totalItems())
                || (history.totalItems() == null && !changeLog.hasHistory(countyCode, resourceType(), id)))) {
            throw ProblemException.notFound(repository().displayName() + " " + id);
        }
        return history;
    }

    /**
     * Fails (404) unless the caller may read the history of object {@code id}: under a parent, an object that still
     * exists must be that parent's. A service whose objects some callers see only in part narrows it here (and calls
     * this too), so that every family's history is read the one way above.
     */
    protected void requireHistoryVisible(String countyCode, UUID parentId, UUID id) {
        if (parentId == null) {
            return;
        }
        if (repository().findInCounty(countyCode, id).isPresent()) {
            find(countyCode, parentId, id);
        } else if (parentField() != null
                && !changeLog.recordedUnder(countyCode, resourceType(), id, parentField(), parentId)) {
            // one deleted is found under the parent its states name, as it was while it lived
            throw ProblemException.notFound(repository().displayName() + " " + id);
        }
    }

    /**
     * For a nested resource: the field of its answers that names its parent (a membership's {@code networkId}), by
     * which the history of one deleted is found under that parent only; null for a resource without a parent.
     */
    protected String parentField() {
        return null;
    }
}
