package se.samordna.imports;

import jakarta.inject.Singleton;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationWrite;

/** Organisations imported as they are written one by one: {@link OrganisationWrite} and its service's rules. */
@Singleton
class OrganisationImport extends ImportKind<OrganisationWrite> {

    OrganisationImport(OrganisationService organisations) {
        super("organisations", OrganisationWrite.class, organisations);
    }
}
