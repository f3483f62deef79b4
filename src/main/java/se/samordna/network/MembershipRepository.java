package se.samordna.network;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.county.KnownObjects;
import se.samordna.organisation.OrganisationType;
import se.samordna.web.Page;

/**
 * Memberships, always read within one county and one network, with the names of the contact and organisation
 * they name joined in the same query.
 */
@ApplicationScoped
public class MembershipRepository implements CountyRepository<Membership> {

    private static final String FROM = """
            from Membership m
            left join Contact c on c.countyCode = m.countyCode and c.id = m.contactId
            left join Organisation o on o.countyCode = m.countyCode and o.id = m.organisationId
            """;

    private static final String JOINED = FROM + "where m.countyCode = :countyCode and m.networkId = :networkId";

    private static final String ROWS_BY_ID = FROM + "where m.countyCode = :countyCode and m.id in :ids";

    private static final String ROW = "select m, c.name, o.name, o.type, o.municipalityCode, c.email, c.phone, c.title ";

    /** A membership with what it names: the contact's name and details, the organisation's name, type and place. */
    public record Row(Membership membership, String contactName, String organisationName,
            OrganisationType organisationType, String municipalityCode, String email, String phone, String title) {

        static Row of(Object[] row) {
            return new Row((Membership) row[0], (String) row[1], (String) row[2], (OrganisationType) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
        }
    }

    /** Which memberships of a network a list shows; each filter may be null. */
    public record Filter(LocalDate at, boolean includeFormer, MembershipRole role, OrganisationType organisationType,
            String municipalityCode) {
    }

    /** Sortable fields of a membership list, as JPQL over the joined query. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "coalesce(c.name, o.name)", "organisation", "o.name", "joinedOn", "m.joinedOn",
            "role", "m.role");

    @Override
    public String displayName() {
        return "Membership";
    }

    /** The membership {@code id} of the network in the county. */
    public Optional<Membership> findInNetwork(String countyCode, UUID networkId, UUID id) {
        return find("countyCode = ?1 and networkId = ?2 and id = ?3", countyCode, networkId, id).firstResultOptional();
    }

    /** The membership with what it names, in one query. */
    public Row row(Membership membership) {
        return Row.of(getEntityManager().createQuery(ROW + JOINED + " and m.id = :id", Object[].class)
                .setParameter("countyCode", membership.countyCode)
                .setParameter("networkId", membership.networkId)
                .setParameter("id", membership.id)
                .getSingleResult());
    }

    /**
     * One page of the network's memberships that the filter lets through: one query for the page, and its count only
     * where {@link Page#of(List, int, int, boolean, java.util.function.LongSupplier)} needs it.
     */
    public Page<Row> page(String countyCode, UUID networkId, Filter filter, String orderBy, int page, int size,
            boolean total) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(countyCode, networkId, filter, parameters);
        TypedQuery<Object[]> rows = getEntityManager().createQuery(ROW + where + orderBy, Object[].class)
                .setFirstResult(Page.first(page, size)).setMaxResults(size + 1);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(m) " + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(rows.getResultStream().map(Row::of).toList(), page, size, total, count::getSingleResult);
    }

    /** Every membership of the network that the filter lets through, in one query. */
    public List<Row> all(String countyCode, UUID networkId, Filter filter, String orderBy) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> rows = getEntityManager()
                .createQuery(ROW + where(countyCode, networkId, filter, parameters) + orderBy, Object[].class);
        parameters.forEach(rows::setParameter);
        return rows.getResultStream().map(Row::of).toList();
    }

    /**
     * Another membership of the network that would overlap {@code [joinedOn, leftOn)} for the same member: the same
     * contact, or, for a membership without a contact, the same organisation without a contact.
     */
    public Optional<Membership> overlapping(Membership m) {
        Optional<List<Membership>> known = KnownObjects.ofTransaction(KnownMemberships.class).flatMap(k -> k.of(m));
        if (known.isPresent()) {
            return known.get().stream().filter(other -> overlap(m, other)).findFirst();
        }
        Parameters parameters = Parameters.with("countyCode", m.countyCode).and("networkId", m.networkId)
                .and("id", m.id == null ? new UUID(0, 0) : m.id).and("from", m.joinedOn);
        String query = "countyCode = :countyCode and networkId = :networkId and id <> :id"
                + " and (leftOn is null or leftOn > :from)";
        if (m.leftOn != null) {
            query += " and joinedOn < :until";
            parameters.and("until", m.leftOn);
        }
        if (m.contactId != null) {
            query += " and contactId = :contactId";
            parameters.and("contactId", m.contactId);
        } else {
            query += " and contactId is null and organisationId = :organisationId";
            parameters.and("organisationId", m.organisationId);
        }
        return find(query, parameters).firstResultOptional();
    }

    /** Whether {@code other} is another membership of the same network and member on a day {@code m} covers. */
    private static boolean overlap(Membership m, Membership other) {
        boolean sameMember = m.contactId != null ? m.contactId.equals(other.contactId)
                : other.contactId == null && m.organisationId.equals(other.organisationId);
        return sameMember && other.networkId.equals(m.networkId) && !other.id.equals(m.id)
                && (other.leftOn == null || other.leftOn.isAfter(m.joinedOn))
                && (m.leftOn == null || other.joinedOn.isBefore(m.leftOn));
    }

    /**
     * Looks up at once every membership of these contacts, and of these organisations without a contact, in the
     * county, in a query per {@link #CHUNK} of them, so that the rule of no overlapping memberships asks no query per
     * row of a bulk write. Needs a transaction.
     */
    public void lookUpMembershipsOf(String countyCode, Collection<UUID> contactIds, Collection<UUID> organisationIds) {
        KnownMemberships known = KnownObjects.ofTransaction(KnownMemberships.class)
                .orElseThrow(() -> new IllegalStateException("a look-up lasts a transaction; none is active"));
        for (List<UUID> chunk : CountyRepository.chunks(List.copyOf(Set.copyOf(contactIds)))) {
            known.remember(chunk, List.of(), list("countyCode = ?1 and contactId in ?2", countyCode, chunk));
        }
        for (List<UUID> chunk : CountyRepository.chunks(List.copyOf(Set.copyOf(organisationIds)))) {
            known.remember(List.of(), chunk,
                    list("countyCode = ?1 and contactId is null and organisationId in ?2", countyCode, chunk));
        }
    }

    /** Each membership with what it names, in the order given, in a query per {@link #CHUNK} of them. */
    public List<Row> rows(String countyCode, List<Membership> memberships) {
        Map<UUID, Row> byId = new HashMap<>();
        for (List<Membership> chunk : CountyRepository.chunks(memberships)) {
            getEntityManager().createQuery(ROW + ROWS_BY_ID, Object[].class)
                    .setParameter("countyCode", countyCode)
                    .setParameter("ids", chunk.stream().map(m -> m.id).toList())
                    .getResultStream().map(Row::of).forEach(row -> byId.put(row.membership().id, row));
        }
        return memberships.stream().map(m -> byId.get(m.id)).toList();
    }

    private static String where(String countyCode, UUID networkId, Filter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        parameters.put("countyCode", countyCode);
        parameters.put("networkId", networkId);
        if (!filter.includeFormer()) {
            conditions.add("m.joinedOn <= :at and (m.leftOn is null or m.leftOn > :at)");
            parameters.put("at", filter.at());
        }
        if (filter.role() != null) {
            conditions.add("m.role = :role");
            parameters.put("role", filter.role());
        }
        if (filter.organisationType() != null) {
            conditions.add("o.type = :organisationType");
            parameters.put("organisationType", filter.organisationType());
        }
        if (filter.municipalityCode() != null) {
            conditions.add("o.municipalityCode = :municipalityCode");
            parameters.put("municipalityCode", filter.municipalityCode());
        }
        return JOINED + conditions.stream().map(c -> " and " + c).reduce("", String::concat);
    }
}
