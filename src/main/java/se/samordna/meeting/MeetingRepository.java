package se.samordna.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.meeting.MeetingView.AttendanceCounts;

/** Meetings, always read within one county. */
@ApplicationScoped
public class MeetingRepository implements CountyRepository<Meeting> {

    @Override
    public String displayName() {
        return "Meeting";
    }

    /** Who is on a meeting's list: the counts by status, and the municipalities of the organisations that attended. */
    public record Attendees(AttendanceCounts counts, SortedSet<String> attendedMunicipalities) {
        static final Attendees NONE = new Attendees(AttendanceCounts.NONE, new TreeSet<>());
    }

    /** How many contacts each of the meetings has on its list by status, in one query; absent ones have none. */
    public Map<UUID, AttendanceCounts> attendanceCounts(String countyCode, Collection<UUID> meetingIds) {
        Map<UUID, AttendanceCounts> counts = new HashMap<>();
        attendees(countyCode, meetingIds).forEach((id, attendees) -> counts.put(id, attendees.counts()));
        return counts;
    }

    /**
     * The {@link Attendees} of each of the meetings, in one query; a meeting with nobody on its list has none. The
     * municipalities are those of the organisations of contacts who ATTENDED.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Attendees> attendees(String countyCode, Collection<UUID> meetingIds) {
        Map<UUID, Attendees> attendees = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return attendees;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.meeting_id, a.status, count(*), string_agg(distinct o.municipality_code, ',')
                from attendance a
                left join contact c on c.county_code = a.county_code and c.id = a.contact_id
                left join organisation o on o.county_code = c.county_code and o.id = c.organisation_id
                where a.county_code = :countyCode and a.meeting_id in (:ids)
                group by a.meeting_id, a.status
                """)
                .setParameter("countyCode", countyCode)
                .setParameter("ids", Set.copyOf(meetingIds))
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            AttendanceStatus status = AttendanceStatus.valueOf((String) row[1]);
            Attendees before = attendees.getOrDefault(id, Attendees.NONE);
            SortedSet<String> municipalities = new TreeSet<>(before.attendedMunicipalities());
            if (status == AttendanceStatus.ATTENDED && row[3] != null) {
                municipalities.addAll(List.of(((String) row[3]).split(",")));
            }
            attendees.put(id, new Attendees(before.counts().plus(status, ((Number) row[2]).longValue()), municipalities));
        }
        return attendees;
    }
}
