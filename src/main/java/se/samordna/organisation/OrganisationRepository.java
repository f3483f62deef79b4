package se.samordna.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import se.samordna.county.CountyRepository;

/** Organisations, always read within one county. */
@ApplicationScoped
public class OrganisationRepository implements CountyRepository<Organisation> {

    @Override
    public String displayName() {
        return "Organisation";
    }

    /**
     * The names of those of {@code ids} that are organisations of the county, in one query. The map answers
     * null for any other key, null included, so callers may look up a contact's absent organisation.
     */
    public Map<UUID, String> namesInCounty(String countyCode, Collection<UUID> ids) {
        return namesInCounty("select o.id, o.name from Organisation o where o.countyCode = :countyCode"
                + " and o.id in :ids", countyCode, ids);
    }
}
