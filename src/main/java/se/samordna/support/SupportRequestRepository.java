package se.samordna.support;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.web.Page;

/**
 * Support requests, always read within one county and, for a member, among the requests it filed: the condition is
 * part of every query's SQL, so another member's request is found exactly as often as one that does not exist.
 */
@ApplicationScoped
public class SupportRequestRepository implements CountyRepository<SupportRequest> {

    private final SupportAccess access;

    SupportRequestRepository(SupportAccess access) {
        this.access = access;
    }

    @Override
    public String displayName() {
        return "Support request";
    }

    @Override
    public Optional<SupportRequest> findInCounty(String countyCode, UUID id) {
        Parameters parameters = Parameters.with("countyCode", countyCode).and("id", id);
        return find("countyCode = :countyCode and id = :id" + visibleTo(countyCode, parameters), parameters)
                .firstResultOptional();
    }

    @Override
    public Page<SupportRequest> pageInCounty(String countyCode, String filter, Parameters parameters, Sort sort,
            int page, int size, boolean total) {
        String visible = visibleTo(countyCode, parameters).replaceFirst("^ and ", "");
        String where = visible.isEmpty() ? filter
                : filter == null || filter.isBlank() ? visible : visible + " and " + filter;
        return CountyRepository.super.pageInCounty(countyCode, where, parameters, sort, page, size, total);
    }

    /** The condition that keeps a member to its own requests (empty for those who see all), its parameter bound. */
    private String visibleTo(String countyCode, Parameters parameters) {
        return access.onlyFiledBy(countyCode).map(subject -> {
            parameters.and("filedBy", subject);
            return " and filedBy = :filedBy";
        }).orElse("");
    }
}
