package se.samordna.meeting;

import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.contact.ContactRepository;
import se.samordna.contact.LinkedContacts;
import se.samordna.county.CountyResourceService;
import se.samordna.meeting.MeetingView.AttendanceCounts;
import se.samordna.network.MembershipRepository;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRole;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;

/**
 * The attendance list of a meeting. Coordinators write anyone's row; a member registers or removes only its own
 * (the contact its login is linked to) while the meeting is PLANNED; ATTENDED and ABSENT are set by coordinators
 * once the meeting is HELD. Nothing is written on a CANCELLED meeting's list.
 */
@ApplicationScoped
public class AttendanceService extends CountyResourceService<Attendance, AttendanceWrite, AttendanceView> {

    static final Map<String, String> SORTABLE = Map.of(
            "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final AttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final MembershipRepository memberships;
    private final ContactRepository contacts;
    private final LinkedContacts linkedContacts;
    private final CountyContext countyContext;

    AttendanceService(AttendanceRepository attendance, MeetingRepository meetings,
            MembershipRepository memberships, ContactRepository contacts, LinkedContacts linkedContacts,
            CountyContext countyContext) {
        super(attendance, Attendance.RESOURCE_TYPE, AttendanceWrite.class, null);
        this.attendance = attendance;
        this.meetings = meetings;
        this.memberships = memberships;
        this.contacts = contacts;
        this.linkedContacts = linkedContacts;
        this.countyContext = countyContext;
    }

    /** What inviting a network's members did. */
    @Schema(name = "NetworkInvitation")
    public record Invitation(
            @Schema(description = "The meeting whose network was invited") UUID id,
            @Schema(description = "Contacts newly put on the list as INVITED; those already on it are left as they are",
                    examples = "7") int added,
            @Schema(description = "The meeting's list afterwards") AttendanceCounts attendance) {
    }

    /** Filters of an attendance list; each may be null. */
    public record Filter(AttendanceStatus status, UUID contactId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AttendanceView> list(String countyCode, UUID meetingId, Filter filter, PageParams paging) {
        meetings.getInCounty(countyCode, meetingId);
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("meetingId = :meetingId", Parameters.with("meetingId", meetingId)));
        if (filter.status() != null) {
            conditions.add(new Condition("status = :status", Parameters.with("status", filter.status())));
        }
        if (filter.contactId() != null) {
            conditions.add(new Condition("contactId = :contactId", Parameters.with("contactId", filter.contactId())));
        }
        return list(countyCode, conditions, paging, SORTABLE, "createdAt");
    }

    /**
     * Puts every contact that is a current member of the meeting's network today (Swedish time) on its list as
     * INVITED, once: those on the list already stay as they are, and memberships of an organisation alone invite
     * nobody.
     */
    @Transactional
    public Invitation inviteNetwork(String countyCode, UUID meetingId) {
        // locked first: two invitations of one meeting take turns, so that the second sees the rows of the first,
        // and a change of the meeting committed meanwhile (cancelled, moved to another network) is what is checked
        Meeting meeting = meetings.getForUpdate(countyCode, meetingId);
        if (meeting.networkId == null) {
            throw ProblemException.conflict("The meeting belongs to no network; set its networkId first");
        }
        if (meeting.status != MeetingStatus.PLANNED) {
            throw ProblemException.conflict("Only a PLANNED meeting invites; this one is " + meeting.status);
        }
        Set<UUID> onList = attendance.contactsOnList(countyCode, meetingId);
        MembershipRepository.Filter current = new MembershipRepository.Filter(
                LocalDate.now(MeetingService.COUNTY_TIME), false, null, null, null);
        List<UUID> newMembers = memberships.all(countyCode, meeting.networkId, current, "").stream()
                .map(row -> row.membership().contactId)
                .filter(contactId -> contactId != null && !onList.contains(contactId))
                .distinct().toList();
        // the names leave out erased contacts: they are invited no more
        Map<UUID, String> names = attendance.contactNames(countyCode, newMembers);
        List<UUID> invited = newMembers.stream().filter(names::containsKey).toList();
        List<Attendance> rows = invited.stream().map(contactId -> {
            Attendance row = new Attendance();
            row.meetingId = meetingId;
            row.contactId = contactId;
            row.status = AttendanceStatus.INVITED;
            return row;
        }).toList();
        // written as an import writes: in JDBC batches, not a flush and an event per member
        writes.writeAll(resourceType(), countyCode, rows, List.of(),
                slice -> slice.stream().map(a -> AttendanceView.of(a, names.get(a.contactId))).toList());
        return new Invitation(meetingId, invited.size(), meetings.attendanceCounts(countyCode, List.of(meetingId))
                .getOrDefault(meetingId, AttendanceCounts.NONE));
    }

    @Override
    protected String parentField() {
        return "meetingId";
    }

    @Override
    protected Attendance find(String countyCode, UUID meetingId, UUID id) {
        if (meetingId == null) {
            return super.find(countyCode, null, id);
        }
        return attendance.findOnMeeting(countyCode, meetingId, id)
                .orElseThrow(() -> ProblemException.notFound(attendance.displayName() + " " + id));
    }

    @Override
    protected Attendance newEntity(String countyCode, UUID meetingId) {
        Attendance row = new Attendance();
        row.meetingId = meetings.getInCounty(countyCode, meetingId).id;
        return row;
    }

    @Override
    protected void apply(String countyCode, AttendanceWrite write, Attendance row) {
        boolean member = actsAsMember();
        if (member) {
            UUID own = linkedContacts.require(countyCode).contactId();
            if (!own.equals(write.contactId()) || (row.contactId != null && !own.equals(row.contactId))) {
                throw ProblemException.forbidden("A member registers only its own contact (" + own + ")");
            }
            if (write.status() != AttendanceStatus.REGISTERED) {
                throw ProblemException.forbidden("A member registers (REGISTERED); "
                        + write.status() + " is set by a coordinator");
            }
        }
        // a coordinator may correct the contact of a row; a member's stays its own (above)
        if (!write.contactId().equals(row.contactId)) {
            if (contacts.findInCounty(countyCode, write.contactId()).isEmpty()) {
                throw ProblemException.invalid("contactId", "must be a contact of county " + countyCode);
            }
            if (attendance.contactsOnList(countyCode, row.meetingId).contains(write.contactId())) {
                throw new ProblemException(409, "conflict", "Conflict", "The contact is on the meeting's list"
                        + " already; change its row instead", List.of(new Problem.FieldError("contactId",
                                "is on the list already")));
            }
        }
        Meeting meeting = meetings.getInCounty(countyCode, row.meetingId);
        requireWritable(meeting, member);
        if (write.status().afterTheMeeting() && meeting.status != MeetingStatus.HELD) {
            throw ProblemException.conflict(write.status() + " is set once the meeting is HELD; it is "
                    + meeting.status);
        }
        row.contactId = write.contactId();
        row.status = write.status();
    }

    /**
     * A member registers (POST), accepts an invitation (PATCH) or cancels (DELETE); replacing a row is the
     * coordinators' (the table of rights gives members no PUT), also of the member's own row.
     */
    @Override
    @Transactional
    public AttendanceView replace(String countyCode, UUID meetingId, UUID id, long expectedVersion,
            AttendanceWrite write) {
        if (actsAsMember()) {
            throw ProblemException.forbidden("A member registers with POST, accepts an invitation with PATCH and"
                    + " cancels with DELETE; PUT is a coordinator's");
        }
        return super.replace(countyCode, meetingId, id, expectedVersion, write);
    }

    /** A member removes only its own row, while the meeting is PLANNED. */
    @Override
    @Transactional
    public void delete(String countyCode, UUID meetingId, UUID id, long expectedVersion) {
        Attendance row = find(countyCode, meetingId, id);
        boolean member = actsAsMember();
        if (member && !linkedContacts.require(countyCode).contactId().equals(row.contactId)) {
            throw ProblemException.forbidden("A member cancels only its own attendance");
        }
        requireWritable(meetings.getInCounty(countyCode, row.meetingId), member);
        writes.requireVersion(row, expectedVersion);
        writes.delete(resourceType(), row);
    }

    private static void requireWritable(Meeting meeting, boolean member) {
        if (meeting.status == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("The meeting is CANCELLED: its list is closed");
        }
        if (member && meeting.status != MeetingStatus.PLANNED) {
            throw ProblemException.conflict("The meeting is " + meeting.status
                    + ": members register and cancel only before it is held");
        }
    }

    /** A member of the county who is not also its coordinator; outside a request (demo data) nobody is. */
    private boolean actsAsMember() {
        return Arc.container().requestContext().isActive() && countyContext.isEstablished()
                && !countyContext.holds(CountyRole.COORDINATOR);
    }





    @Override
    protected AttendanceWrite toWrite(Attendance a) {
        return new AttendanceWrite(a.contactId, a.status);
    }

    @Override
    protected AttendanceView view(Attendance row) {
        return views(List.of(row)).get(0);
    }

    /** Views of a page with the contacts' names read in one query. */
    @Override
    protected List<AttendanceView> views(List<Attendance> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = attendance.contactNames(page.get(0).countyCode,
                page.stream().map(a -> a.contactId).filter(Objects::nonNull).distinct().toList());
        return page.stream().map(a -> AttendanceView.of(a, names.get(a.contactId))).toList();
    }
}
