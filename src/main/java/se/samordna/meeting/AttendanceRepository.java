package se.samordna.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        return namesInCounty("select c.id, c.name from Contact c where c.countyCode = :countyCode and c.id in :ids"
                + " and c.erasedAt is null", countyCode, contactIds);
    }

    /** The contacts on the meeting's list. */
    public Set<UUID> contactsOnList(String countyCode, UUID meetingId) {
        return getEntityManager().createQuery(
                "select a.contactId from Attendance a where a.countyCode = :countyCode and a.meetingId = :meetingId",
                UUID.class)
                .setParameter("countyCode", countyCode)
                .setParameter("meetingId", meetingId)
                .getResultStream().collect(Collectors.toSet());
    }
}
