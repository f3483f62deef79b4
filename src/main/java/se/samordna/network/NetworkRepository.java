package se.samordna.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.organisation.OrganisationType;

/** Networks, always read within one county. */
@ApplicationScoped
public class NetworkRepository implements CountyRepository<Network> {

    @Override
    public String displayName() {
        return "Network";
    }

    /** Another network of the county with this name, whatever its case. */
    public Optional<Network> namedAlike(String countyCode, String name, UUID except) {
        // Java lowers the name (Å to å) so that the database's own locale does not matter; the column is lowered
        // under its Swedish collation, as the unique index does
        return find("countyCode = ?1 and lower(name) = ?2 and id <> ?3", countyCode,
                name.strip().toLowerCase(Locale.ROOT), except == null ? new UUID(0, 0) : except)
                .firstResultOptional();
    }

    /**
     * The reach of the network on {@code at}, in two queries whatever its size: members by organisation type, and
     * every municipality of the county with its number of members (zero: not reached).
     */
    @SuppressWarnings("unchecked")
    public NetworkReach reach(Network network, LocalDate at) {
        List<Object[]> byType = getEntityManager().createNativeQuery("""
                select o.type, count(*)
                from membership m
                left join organisation o on o.county_code = m.county_code and o.id = m.organisation_id
                where m.county_code = :county and m.network_id = :network
                  and m.joined_on <= :at and (m.left_on is null or m.left_on > :at)
                group by o.type
                order by o.type
                """)
                .setParameter("county", network.countyCode).setParameter("network", network.id)
                .setParameter("at", at)
                .getResultList();
        List<Object[]> byMunicipality = getEntityManager().createNativeQuery("""
                select mu.code, mu.name, count(m.id)
                from municipality mu
                left join organisation o on o.county_code = mu.county_code and o.municipality_code = mu.code
                left join membership m on m.county_code = o.county_code and m.organisation_id = o.id
                  and m.network_id = :network and m.joined_on <= :at and (m.left_on is null or m.left_on > :at)
                where mu.county_code = :county
                group by mu.code, mu.name
                order by mu.name, mu.code
                """)
                .setParameter("county", network.countyCode).setParameter("network", network.id)
                .setParameter("at", at)
                .getResultList();
        long members = byType.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        long inMunicipalities = byMunicipality.stream().mapToLong(row -> ((Number) row[2]).longValue()).sum();
        return new NetworkReach(network.id, network.name, at, members,
                byType.stream().filter(row -> row[0] != null)
                        .map(row -> new NetworkReach.ByType(OrganisationType.valueOf((String) row[0]),
                                ((Number) row[1]).longValue()))
                        .toList(),
                byMunicipality.stream().filter(row -> ((Number) row[2]).longValue() > 0)
                        .map(row -> new NetworkReach.ByMunicipality((String) row[0], (String) row[1],
                                ((Number) row[2]).longValue()))
                        .toList(),
                members - inMunicipalities,
                byMunicipality.stream().filter(row -> ((Number) row[2]).longValue() == 0)
                        .map(row -> new NetworkReach.Municipality((String) row[0], (String) row[1]))
                        .toList());
    }
}
