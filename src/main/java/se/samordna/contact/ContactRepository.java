package se.samordna.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.county.KnownObjects;

/** Contacts, always read within one county; erased ones are gone for every read. */
@ApplicationScoped
public class ContactRepository implements CountyRepository<Contact> {

    @Override
    public String displayName() {
        return "Contact";
    }

    /** The contact of the county that the login acts as, if a coordinator linked one. */
    public Optional<Contact> linkedTo(String countyCode, String loginUsername) {
        return find("countyCode = ?1 and loginUsername = ?2 and erasedAt is null", countyCode, loginUsername)
                .firstResultOptional();
    }

    /**
     * Looks up at once which contacts of the county these logins (as {@link Contact#login} writes them) are linked
     * to, in a query per {@link #CHUNK} of them, so that the rule of one contact per login asks no query per row of
     * a bulk write ({@link #linkedToAnother}). Needs a transaction.
     */
    public void lookUpLogins(String countyCode, Collection<String> logins) {
        KnownLogins known = KnownObjects.ofTransaction(KnownLogins.class)
                .orElseThrow(() -> new IllegalStateException("a look-up lasts a transaction; none is active"));
        for (List<String> chunk : CountyRepository.chunks(List.copyOf(Set.copyOf(logins)))) {
            known.remember(countyCode, chunk,
                    list("countyCode = ?1 and loginUsername in ?2 and erasedAt is null", countyCode, chunk));
        }
    }

    /**
     * A contact of the county other than {@code contact} that the login is linked to: without a query when a bulk
     * write looked the login up ({@link #lookUpLogins}), and then also one that an earlier row of it linked.
     */
    Optional<Contact> linkedToAnother(String countyCode, String login, Contact contact) {
        return KnownObjects.ofTransaction(KnownLogins.class).flatMap(known -> known.linkedTo(countyCode, login))
                .orElseGet(() -> linkedTo(countyCode, login))
                .filter(other -> other != contact && (other.id == null || !other.id.equals(contact.id)));
    }

    /** Records that a row of a bulk write links the login to the contact, for the rows after it. */
    void linking(String countyCode, String login, Contact contact) {
        KnownObjects.ofTransaction(KnownLogins.class).ifPresent(known -> known.link(countyCode, login, contact));
    }

    @Override
    public Optional<Contact> findInCounty(String countyCode, UUID id) {
        return find("countyCode = ?1 and id = ?2 and erasedAt is null", countyCode, id).firstResultOptional();
    }

    @Override
    public List<Contact> findAllInCounty(String countyCode, Collection<UUID> ids) {
        return list("countyCode = ?1 and id in ?2 and erasedAt is null", countyCode, ids);
    }
}
