package se.samordna.county;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samordna.web.Page;
import se.samordna.web.ProblemException;

/**
 * Reads of county data, always by county in SQL: an object of another county is found exactly as often as one
 * that does not exist.
 */
public interface CountyRepository<E extends CountyEntity> extends PanacheRepositoryBase<E, UUID> {

    /** What a 404 calls the object, such as "Organisation". */
    String displayName();

    default Optional<E> findInCounty(String countyCode, UUID id) {
        return find("countyCode = ?1 and id = ?2", countyCode, id).firstResultOptional();
    }

    /**
     * Whether the county has the object: without a query when a bulk write looked it up already in this
     * transaction ({@link #lookUp}), otherwise as {@link #findInCounty} finds it.
     */
    default boolean existsInCounty(String countyCode, UUID id) {
        return knownInCounty(countyCode, id).isPresent();
    }

    /**
     * The county's object, as {@link #findInCounty} finds it, but without a query when a bulk write looked it up
     * already in this transaction ({@link #lookUp}).
     */
    default Optional<E> knownInCounty(String countyCode, UUID id) {
        return lookedUp(countyCode, id).orElseGet(() -> findInCounty(countyCode, id));
    }

    /** The object if {@link #lookUp} looked it up in this transaction (empty inside: the county has none). */
    private Optional<Optional<E>> lookedUp(String countyCode, UUID id) {
        return KnownObjects.current().flatMap(known -> known.<E>find(displayName(), countyCode, id));
    }

    /**
     * Looks up at once which of {@code ids} the county has, in a few queries however many they are, so that the
     * rules a bulk write runs per row ({@link #existsInCounty}, {@link #getInCounty}) ask none; returns those
     * found. Needs a transaction.
     */
    default List<E> lookUp(String countyCode, Collection<UUID> ids) {
        KnownObjects known = KnownObjects.current()
                .orElseThrow(() -> new IllegalStateException("a look-up lasts a transaction; none is active"));
        List<UUID> asked = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<E> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(asked)) {
            found.addAll(findAllInCounty(countyCode, chunk));
        }
        known.remember(displayName(), countyCode, asked, found);
        return found;
    }

    /**
     * The object, locked until the transaction ends and read again under the lock, so that a change committed
     * meanwhile is what the caller checks (a lock of the version read before would fail as stale, a 412 no caller
     * asked for); 404 as {@link #getInCounty} when it is gone. Asks nothing once the transaction holds the lock (a
     * bulk write's {@link #lookUpForUpdate}).
     */
    default E getForUpdate(String countyCode, UUID id) {
        return getLocked(countyCode, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The object, share-locked until the transaction ends and read again under the lock (PostgreSQL's {@code FOR
     * SHARE}): no one deletes or changes it meanwhile, while others may read and share-lock it too. For a write that
     * adds something under it (a comment under its request), so that a delete of the parent, which locks it for
     * update first ({@link #getForUpdate}), either sees the addition or comes first and leaves a 404, never a
     * foreign-key failure or a child removed by the cascade unseen; 404 when it is gone.
     */
    default E getForShare(String countyCode, UUID id) {
        return getLocked(countyCode, id, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    }

    private E getLocked(String countyCode, UUID id, jakarta.persistence.LockModeType mode) {
        E entity = getInCounty(countyCode, id);
        jakarta.persistence.LockModeType held = getEntityManager().getLockMode(entity);
        if (held != jakarta.persistence.LockModeType.PESSIMISTIC_WRITE && held != mode) {
            try {
                getEntityManager().refresh(entity, mode);
            } catch (jakarta.persistence.EntityNotFoundException gone) {
                throw ProblemException.notFound(displayName() + " " + id);
            }
        }
        return entity;
    }

    /**
     * As {@link #lookUp}, with each object locked first until the transaction ends (in the order of their ids, so
     * that two such look-ups cannot deadlock), as a single write locks the one it writes under: a bulk write that
     * then reads what hangs under them (the memberships of networks) reads it after any single write that got there
     * first has committed, and before any that comes later.
     */
    default List<E> lookUpForUpdate(String countyCode, Collection<UUID> ids) {
        for (List<UUID> chunk : chunks(ids.stream().distinct().sorted().toList())) {
            find("countyCode = ?1 and id in ?2 order by id", countyCode, chunk)
                    .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        }
        return lookUp(countyCode, ids);
    }

    /** Those of {@code ids} that {@link #findInCounty} finds, in one query (at most {@link #CHUNK} ids). */
    default List<E> findAllInCounty(String countyCode, Collection<UUID> ids) {
        return list("countyCode = ?1 and id in ?2", countyCode, ids);
    }

    /**
     * The county's objects that carry these external ids, by external id, in a query per {@link #CHUNK} ids: only
     * those named are read, however many the county has. Only for objects that have one ({@link ImportableEntity}).
     */
    default Map<String, E> byExternalIds(String countyCode, Collection<String> externalIds) {
        Map<String, E> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(Set.copyOf(externalIds)))) {
            for (E entity : list("countyCode = ?1 and externalId in ?2", countyCode, chunk)) {
                found.put(((ImportableEntity) entity).externalId, entity);
            }
        }
        return found;
    }

    /** How many ids a query of many names: well below PostgreSQL's limit of parameters to one statement. */
    int CHUNK = 5_000;

    /** {@code all} cut into lists of at most {@link #CHUNK}, for queries that name many. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * The county's object or a 404; without a query when a bulk write looked it up already in this transaction
     * ({@link #lookUp}).
     */
    default E getInCounty(String countyCode, UUID id) {
        return knownInCounty(countyCode, id)
                .orElseThrow(() -> ProblemException.notFound(displayName() + " " + id));
    }

    /**
     * The names that {@code select} finds for those of {@code ids}, in one query, for views that show what their
     * objects name: {@code select} is JPQL selecting an id and a name, with the parameters {@code :countyCode} and
     * {@code :ids}. The map answers null for any other key, null included.
     */
    default Map<UUID, String> namesInCounty(String select, String countyCode, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return getEntityManager().createQuery(select, Object[].class)
                .setParameter("countyCode", countyCode)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /**
     * One page of the county's objects matching {@code filter} (JPQL over the entity, may be empty), which uses
     * named parameters from {@code parameters}; {@code :countyCode} is bound here.
     */
    default Page<E> pageInCounty(String countyCode, String filter, Parameters parameters, Sort sort, int page,
            int size, boolean total) {
        String where = "countyCode = :countyCode" + (filter == null || filter.isBlank() ? "" : " and " + filter);
        return Page.of(find(where, sort, parameters.and("countyCode", countyCode)), page, size, total);
    }
}
