package se.samordna.county;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.Collection;
import java.util.Collections;
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

    default E getInCounty(String countyCode, UUID id) {
        return findInCounty(countyCode, id).orElseThrow(() -> ProblemException.notFound(displayName() + " " + id));
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
            int size) {
        String where = "countyCode = :countyCode" + (filter == null || filter.isBlank() ? "" : " and " + filter);
        PanacheQuery<E> query = find(where, sort, parameters.and("countyCode", countyCode)).page(page, size);
        return Page.of(query.list(), page, size, query.count());
    }
}
