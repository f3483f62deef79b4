package se.samordna.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samordna.contact.ContactService;
import se.samordna.contact.ContactWrite;
import se.samordna.county.CountyResourceService;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Problem.FieldError;

/**
 * Contacts imported as they are written one by one ({@link ContactWrite} and its service's rules); a row names its
 * organisation by id or, as {@code organisationExternalId}, by the organisation's externalId.
 */
@ApplicationScoped
class ContactImport implements ImportKind<ContactWrite> {


    private final ContactService contacts;
    private final OrganisationRepository organisations;

    ContactImport(ContactService contacts, OrganisationRepository organisations) {
        this.contacts = contacts;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public Class<ContactWrite> shape() {
        return ContactWrite.class;
    }

    @Override
    public CountyResourceService<?, ContactWrite, ?> service() {
        return contacts;
    }

    @Override
    public Set<String> referenceColumns() {
        return Set.of(ExternalReferences.ORGANISATION_EXTERNAL_ID);
    }

    @Override
    public void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        ExternalReferences.resolveOrganisations(countyCode, rows, rejected, organisations);
    }

    @Override
    public void lookUpReferences(String countyCode, List<ContactWrite> rows) {
        organisations.lookUp(countyCode, rows.stream().filter(Objects::nonNull).map(ContactWrite::organisationId)
                .filter(Objects::nonNull).toList());
    }
}
