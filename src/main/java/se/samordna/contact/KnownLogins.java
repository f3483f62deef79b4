package se.samordna.contact;

import io.quarkus.arc.Unremovable;
import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contacts that the logins a bulk write names are linked to, looked up once for all its rows, for as long as
 * its transaction lasts: the rule that a login links to at most one contact of a county then asks no query per row,
 * and a link that one row makes is seen by the rows after it, before the database holds it. A login moves from one
 * contact to another in two writes: the one that frees it, then the one that links it. Nothing is known of a login no
 * one looked up.
 */
@TransactionScoped
@Unremovable
class KnownLogins {

    private record Key(String countyCode, String login) {
    }

    private final Set<Key> asked = new HashSet<>();
    private final Map<Key, Contact> linked = new HashMap<>();

    /** Records which contacts of the county these logins are linked to: {@code found}, all there are. */
    void remember(String countyCode, Collection<String> logins, Collection<Contact> found) {
        logins.forEach(login -> asked.add(new Key(countyCode, login)));
        found.forEach(contact -> linked.put(new Key(countyCode, contact.loginUsername), contact));
    }

    /**
     * The contact the login is linked to, if the login was looked up (an empty inner Optional when none is): the one
     * the database links it to, or the one an earlier row linked it to. A link that an earlier row frees stays taken
     * until the write is stored: the database checks the rows' links as it writes them, new contacts before changed
     * ones, so a login moved within one write would be refused there, after every check had passed.
     */
    Optional<Optional<Contact>> linkedTo(String countyCode, String login) {
        Key key = new Key(countyCode, login);
        if (!asked.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(linked.get(key)));
    }

    /** Records that a row links the login to this contact, if the login was looked up. */
    void link(String countyCode, String login, Contact contact) {
        Key key = new Key(countyCode, login);
        if (asked.contains(key)) {
            linked.put(key, contact);
        }
    }
}
