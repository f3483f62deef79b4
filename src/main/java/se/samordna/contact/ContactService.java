package se.samordna.contact;

import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.samordna.county.CountyResourceService;
import se.samordna.county.TextSearch;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;

/**
 * Contacts of a county. Their e-mail and phone are shown to coordinators and the county's integrations only, and
 * a delete erases the person's data, history included, while the row stays for counts.
 */
@ApplicationScoped
public class ContactService extends CountyResourceService<Contact, ContactWrite, ContactView> {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ContactRepository contacts;
    private final OrganisationRepository organisations;
    private final CountyContext countyContext;

    ContactService(ContactRepository contacts, OrganisationRepository organisations, CountyContext countyContext) {
        super(contacts, Contact.RESOURCE_TYPE, ContactWrite.class, Contact::new);
        this.contacts = contacts;
        this.organisations = organisations;
        this.countyContext = countyContext;
    }

    /** Filters of the contact list; each may be null. */
    public record Filter(UUID organisationId, String q) {
    }

    public Page<ContactView> list(String countyCode, Filter filter, PageParams paging) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("erasedAt is null", new Parameters()));
        if (filter.organisationId() != null) {
            conditions.add(new Condition("organisationId = :organisationId",
                    Parameters.with("organisationId", filter.organisationId())));
        }
        if (TextSearch.present(filter.q())) {
            // members search names only: they must not find people by contact details they cannot see
            conditions.add(countyContext.maySeePersonalData() ? TextSearch.condition(filter.q(), "name", "email")
                    : TextSearch.condition(filter.q(), "name"));
        }
        return list(countyCode, conditions, paging, SORTABLE, "name");
    }

    /** Erases the person: name, contact details and title, here and in every recorded version. */
    @Override
    @Transactional
    public void delete(String countyCode, UUID parentId, UUID id, long expectedVersion) {
        Contact contact = find(countyCode, parentId, id);
        writes.requireVersion(contact, expectedVersion);
        contact.erase(Instant.now().truncatedTo(ChronoUnit.MICROS));
        writes.recordDeletion(resourceType(), contact);
        changeLog.erase(countyCode, resourceType(), id, Contact.PERSONAL_FIELDS);
        // views of other objects name the person next to its id (a membership's contactName): erase those too
        changeLog.eraseMentions(countyCode, "contactId", id, List.of("contactName"));
    }





    @Override
    protected void apply(String countyCode, ContactWrite write, Contact contact) {
        if (write.organisationId() != null
                && !organisations.existsInCounty(countyCode, write.organisationId())) {
            throw ProblemException.invalid("organisationId", "must be an organisation of county " + countyCode);
        }
        contact.name = write.name().strip();
        contact.email = blankToNull(write.email());
        contact.phone = blankToNull(write.phone());
        contact.title = blankToNull(write.title());
        contact.organisationId = write.organisationId();
        contact.loginUsername = loginOf(countyCode, write.loginUsername(), contact);
        contact.externalId = write.storedExternalId();
    }

    @Override
    protected ContactWrite toWrite(Contact c) {
        return new ContactWrite(c.name, c.email, c.phone, c.organisationId, c.title, c.loginUsername, c.externalId);
    }

    @Override
    protected ContactView view(Contact contact) {
        return views(List.of(contact)).get(0);
    }

    /** Views of a page with the organisations' names read in one query. */
    @Override
    protected List<ContactView> views(List<Contact> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        String countyCode = page.get(0).countyCode;
        Map<UUID, String> names = organisations.namesInCounty(countyCode,
                page.stream().map(c -> c.organisationId).filter(Objects::nonNull).distinct().toList());
        boolean personal = mayShowPersonalData();
        return page.stream().map(c -> ContactView.of(c, names.get(c.organisationId), personal)).toList();
    }

    /** In a county request as the caller's role allows; outside one (demo data at start) the full record. */
    private boolean mayShowPersonalData() {
        return !Arc.container().requestContext().isActive() || !countyContext.isEstablished()
                || countyContext.maySeePersonalData();
    }

    /**
     * A login links to at most one contact per county, and only a coordinator links one (DESIGN: the member then acts
     * for the contact's organisation): the county's importer may repeat a contact's login or leave it out, which
     * keeps it, but not link, change or remove one.
     */
    private String loginOf(String countyCode, String loginUsername, Contact contact) {
        String login = Contact.login(loginUsername);
        if (countyContext.isEstablished() && !countyContext.holds(CountyRole.COORDINATOR)) {
            if (login == null || login.equals(contact.loginUsername)) {
                return contact.loginUsername;
            }
            throw ProblemException.forbidden("loginUsername", "is linked by the county's coordinators; leave it out "
                    + "to keep the contact's link");
        }
        if (login == null) {
            return null;
        }
        if (contacts.linkedToAnother(countyCode, login, contact).isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict", "The login " + login
                    + " is already linked to another contact of county " + countyCode + "; unlink it there first (in"
                    + " an import, a link freed by one row can be given in a later import, not in the same one)",
                    List.of(new Problem.FieldError("loginUsername", "is linked to another contact")));
        }
        contacts.linking(countyCode, login, contact);
        return login;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
