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
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Problem.FieldError;

/**
 * Contacts imported as they are written one by one ({@link ContactWrite} and its service's rules); a row names its
 * organisation by id or, as {@code organisationExternalId}, by the organisation's externalId.
 */
@ApplicationScoped
class ContactImport implements ImportKind<ContactWrite> {

    static final String ORGANISATION_EXTERNAL_ID = "organisationExternalId";

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
        return Set.of(ORGANISATION_EXTERNAL_ID);
    }

    @Override
    public void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        Map<String, Organisation> named = organisations.byExternalIds(countyCode, rows.stream()
                .filter(Objects::nonNull)
                .map(row -> row.path(ORGANISATION_EXTERNAL_ID))
                .filter(value -> value.isTextual() && !value.asText().isBlank())
                .map(value -> value.asText().strip())
                .distinct()
                .toList());
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            if (row == null || !row.has(ORGANISATION_EXTERNAL_ID)) {
                continue;
            }
            var reference = row.remove(ORGANISATION_EXTERNAL_ID);
            if (reference.isNull() || reference.isTextual() && reference.asText().isBlank()) {
                continue;
            }
            if (!reference.isTextual()) {
                rejected.put(i, List.of(new FieldError(ORGANISATION_EXTERNAL_ID, "must be text")));
            } else if (row.hasNonNull("organisationId")) {
                rejected.put(i, List.of(new FieldError(ORGANISATION_EXTERNAL_ID,
                        "names the organisation a second time: give organisationId or organisationExternalId")));
            } else if (!named.containsKey(reference.asText().strip())) {
                rejected.put(i, List.of(new FieldError(ORGANISATION_EXTERNAL_ID,
                        "must be the externalId of an organisation of county " + countyCode)));
            } else {
                row.put("organisationId", named.get(reference.asText().strip()).id.toString());
            }
        }
    }

    @Override
    public void lookUpReferences(String countyCode, List<ContactWrite> rows) {
        organisations.lookUp(countyCode, rows.stream().filter(Objects::nonNull).map(ContactWrite::organisationId)
                .filter(Objects::nonNull).toList());
    }
}
