package se.samordna.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samordna.county.CountyRepository;

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

    @Override
    public Optional<Contact> findInCounty(String countyCode, UUID id) {
        return find("countyCode = ?1 and id = ?2 and erasedAt is null", countyCode, id).firstResultOptional();
    }

    @Override
    public List<Contact> findAllInCounty(String countyCode, Collection<UUID> ids) {
        return list("countyCode = ?1 and id in ?2 and erasedAt is null", countyCode, ids);
    }
}
