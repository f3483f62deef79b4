package se.samordna.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samordna.contact.Contact;
import se.samordna.contact.ContactRepository;
import se.samordna.contact.ContactService;
import se.samordna.contact.ContactWrite;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Problem.FieldError;

/**
 * Contacts imported as they are written one by one ({@link ContactWrite} and its service's rules); a row names its
 * organisation by id or, as {@code organisationExternalId}, by the organisation's externalId.
 */
@Singleton
class ContactImport extends ImportKind<ContactWrite> {

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;

    ContactImport(ContactService service, OrganisationRepository organisations, ContactRepository contacts) {
        super("contacts", ContactWrite.class, service);
        this.organisations = organisations;
        this.contacts = contacts;
    }

    @Override
    Set<String> referenceColumns() {
        return Set.of(ExternalReferences.ORGANISATION_EXTERNAL_ID);
    }

    @Override
    void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        ExternalReferences.resolveOrganisations(countyCode, rows, rejected, organisations);
    }

    @Override
    void lookUpReferences(String countyCode, List<ContactWrite> rows) {
        organisations.lookUp(countyCode, rows.stream().filter(Objects::nonNull).map(ContactWrite::organisationId)
                .filter(Objects::nonNull).toList());
        // the logins the rows link, for the rule of one contact per login (rows of this file among them)
        contacts.lookUpLogins(countyCode, rows.stream().filter(Objects::nonNull).map(ContactWrite::loginUsername)
                .map(Contact::login).filter(Objects::nonNull).toList());
    }
}
