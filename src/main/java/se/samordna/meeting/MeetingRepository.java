package se.samordna.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

    /** How many contacts each of the meetings has on its list by status, in one query; absent ones have none. */
    public Map<UUID, AttendanceCounts> attendanceCounts(String countyCode, Collection<UUID> meetingIds) {
        Map<UUID, AttendanceCounts> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                select a.meetingId, a.status, count(a) from Attendance a
                where a.countyCode = :countyCode and a.meetingId in :ids
                group by a.meetingId, a.status
                """, Object[].class)
                .setParameter("countyCode", countyCode)
                .setParameter("ids", Set.copyOf(meetingIds))
                .getResultStream()
                .forEach(row -> counts.put((UUID) row[0], counts.getOrDefault(row[0], AttendanceCounts.NONE)
                        .plus((AttendanceStatus) row[1], (Long) row[2])));
        return counts;
    }
}
