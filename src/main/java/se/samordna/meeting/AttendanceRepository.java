package se.samordna.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samordna.county.CountyRepository;

/** The attendance lists of meetings, always read within one county. */
@ApplicationScoped
public class AttendanceRepository implements CountyRepository<Attendance> {

    @Override
    public String displayName() {
        return "Attendance";
    }

    /** The row {@code id} if it is on the list of {@code meetingId}. */
    public Optional<Attendance> findOnMeeting(String countyCode, UUID meetingId, UUID id) {
        return find("countyCode = ?1 and meetingId = ?2 and id = ?3", countyCode, meetingId, id).firstResultOptional();
    }

    /** The names of the contacts, erased ones left out, in one query. */
    public Map<UUID, String> contactNames(String countyCode, Collection<UUID> contactIds) {
        Map<UUID, String> names = new HashMap<>();
        if (contactIds.isEmpty()) {
            return names;
        }
        getEntityManager().createQuery("""
                select c.id, c.name from Contact c
                where c.countyCode = :countyCode and c.id in :ids and c.erasedAt is null
                """, Object[].class)
                .setParameter("countyCode", countyCode)
                .setParameter("ids", Set.copyOf(contactIds))
                .getResultStream()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    /**
     * The contacts that are current members of the network (joined on or before today in Stockholm, not yet left)
     * and not yet on the meeting's list; erased contacts left out.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> currentMembersNotOnList(String countyCode, UUID networkId, UUID meetingId) {
        return getEntityManager().createNativeQuery("""
                select distinct m.contact_id from membership m
                join contact c on c.county_code = m.county_code and c.id = m.contact_id and c.erased_at is null
                where m.county_code = :countyCode and m.network_id = :networkId
                  and m.joined_on <= cast(now() at time zone 'Europe/Stockholm' as date)
                  and (m.left_on is null or m.left_on > cast(now() at time zone 'Europe/Stockholm' as date))
                  and not exists (select 1 from attendance a where a.county_code = m.county_code
                                  and a.meeting_id = :meetingId and a.contact_id = m.contact_id)
                """, UUID.class)
                .setParameter("countyCode", countyCode)
                .setParameter("networkId", networkId)
                .setParameter("meetingId", meetingId)
                .getResultList();
    }
}
