package se.samordna.county;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.Optional;
import java.util.UUID;
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
