package se.samordna.imports;

import jakarta.enterprise.context.ApplicationScoped;
import se.samordna.county.CountyResourceService;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationWrite;

/** Organisations imported as they are written one by one: {@link OrganisationWrite} and its service's rules. */
@ApplicationScoped
class OrganisationImport implements ImportKind<OrganisationWrite> {

    private final OrganisationService organisations;

    OrganisationImport(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public Class<OrganisationWrite> shape() {
        return OrganisationWrite.class;
    }

    @Override
    public CountyResourceService<?, OrganisationWrite, ?> service() {
        return organisations;
    }
}
