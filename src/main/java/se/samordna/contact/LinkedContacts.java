package se.samordna.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.security.Caller;
import se.samordna.web.ProblemException;

/**
 * The contact the caller's login acts as in a county, as a coordinator linked it ({@code loginUsername}): a member
 * answers surveys, registers attendance and files requests as that contact and for its organisation. The link is
 * by the token's {@code preferred_username}, which Keycloak signs and the realm does not let users change.
 */
@RequestScoped
public class LinkedContacts {

    /** The caller's contact in one county, with its organisation (null when the contact has none). */
    @Schema(name = "LinkedContact", description = "The contact a login acts as in a county, and its organisation")
    public record LinkedContact(
            @Schema(examples = "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34") UUID contactId,
            @Schema(maxLength = 200, examples = "Karin Åberg") String contactName,
            @Schema(nullable = true, examples = "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11") UUID organisationId,
            @Schema(maxLength = 200, nullable = true, examples = "Kalmar kommun") String organisationName) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final Map<String, Optional<LinkedContact>> byCounty = new HashMap<>();

    LinkedContacts(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** The caller's contact in the county, if a coordinator linked one. */
    public Optional<LinkedContact> of(String countyCode) {
        if (!byCounty.containsKey(countyCode)) {
            byCounty.putAll(load(Set.of(countyCode)));
        }
        return byCounty.get(countyCode);
    }

    /** The caller's contact in each of the counties that has one, read in one query. */
    public Map<String, LinkedContact> in(Collection<String> countyCodes) {
        Map<String, LinkedContact> found = new HashMap<>();
        load(countyCodes).forEach((county, link) -> link.ifPresent(l -> found.put(county, l)));
        return found;
    }

    /** The caller's contact in the county; a 403 problem that says how to get one when there is none. */
    public LinkedContact require(String countyCode) {
        return of(countyCode).orElseThrow(() -> new ProblemException(403, "no-linked-contact",
                "No contact linked to your login",
                "Your login " + caller.name() + " is not linked to a contact in county " + countyCode
                        + ". A coordinator of the county links it by setting loginUsername on your contact.",
                null));
    }

    /** The organisation the caller acts for in the county; 403 when it has no linked contact or no organisation. */
    public UUID requireOrganisation(String countyCode) {
        LinkedContact contact = require(countyCode);
        if (contact.organisationId() == null) {
            throw new ProblemException(403, "no-linked-organisation", "No organisation for your contact",
                    "Your contact in county " + countyCode + " belongs to no organisation. A coordinator of the"
                            + " county sets the organisation of your contact.", null);
        }
        return contact.organisationId();
    }

    private Map<String, Optional<LinkedContact>> load(Collection<String> countyCodes) {
        Map<String, Optional<LinkedContact>> loaded = new HashMap<>();
        countyCodes.forEach(county -> loaded.put(county, Optional.empty()));
        if (countyCodes.isEmpty() || caller.isAnonymous()) {
            return loaded;
        }
        em.createQuery("""
                select c.countyCode, c.id, c.name, c.organisationId, o.name
                from Contact c left join Organisation o on o.countyCode = c.countyCode and o.id = c.organisationId
                where c.countyCode in :counties and c.loginUsername = :login and c.erasedAt is null
                """, Object[].class)
                .setParameter("counties", Set.copyOf(countyCodes))
                .setParameter("login", caller.name().toLowerCase(Locale.ROOT))
                .getResultStream()
                .forEach(row -> loaded.put((String) row[0], Optional.of(
                        new LinkedContact((UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4]))));
        return loaded;
    }
}
