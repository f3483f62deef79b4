package se.samordna.network;

import io.quarkus.arc.Unremovable;
import jakarta.transaction.TransactionScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The memberships of the members a bulk write names (contacts, and organisations as members without a contact),
 * looked up once for all its rows, for as long as its transaction lasts: the rule that memberships of one member
 * may not overlap then asks no query per row. They are the entities the transaction manages, so a row that changes
 * one is seen by the rows after it; rows of the same write not yet flushed are checked by the import itself (its
 * check of the file). Nothing is known of a member no one looked up.
 */
@TransactionScoped
@Unremovable
class KnownMemberships {

    private final Set<UUID> contacts = new HashSet<>();
    private final Set<UUID> organisations = new HashSet<>();
    /** Each member's memberships, by contact id, or by organisation id for memberships without a contact. */
    private final Map<UUID, List<Membership>> byMember = new HashMap<>();

    /** Records the memberships of these contacts and organisations: {@code found}, all they have. */
    void remember(Collection<UUID> contactIds, Collection<UUID> organisationIds, Collection<Membership> found) {
        contacts.addAll(contactIds);
        organisations.addAll(organisationIds);
        for (Membership membership : found) {
            byMember.computeIfAbsent(memberOf(membership), id -> new ArrayList<>()).add(membership);
        }
    }

    /** The memberships of the member of {@code m} (of every network), if that member was looked up. */
    Optional<List<Membership>> of(Membership m) {
        boolean known = m.contactId != null ? contacts.contains(m.contactId) : organisations.contains(m.organisationId);
        return known ? Optional.of(byMember.getOrDefault(memberOf(m), List.of())) : Optional.empty();
    }

    private static UUID memberOf(Membership m) {
        return m.contactId != null ? m.contactId : m.organisationId;
    }
}
