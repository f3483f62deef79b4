package se.samordna.meeting;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.samordna.county.CountyResourceService;
import se.samordna.county.NeedCategory;
import se.samordna.county.TextSearch;
import se.samordna.meeting.MeetingView.AttendanceCounts;
import se.samordna.network.Network;
import se.samordna.network.NetworkRepository;
import se.samordna.network.NetworkStatus;
import se.samordna.region.ReferenceData;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;

/**
 * Meetings of a county: a training names its audience, the start comes before the end, a meeting has a place or a
 * link, its status moves only from PLANNED, and minutes and actions are written once it is HELD.
 */
@ApplicationScoped
public class MeetingService extends CountyResourceService<Meeting, MeetingWrite, MeetingView> {

    /** The county boards work in Swedish time: a period's dates are days in Stockholm. */
    public static final ZoneId COUNTY_TIME = ZoneId.of("Europe/Stockholm");

    static final Map<String, String> SORTABLE = Map.of(
            "startsAt", "startsAt", "endsAt", "endsAt", "title", "title", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final MeetingRepository meetings;
    private final NetworkRepository networks;
    private final ReferenceData referenceData;

    MeetingService(MeetingRepository meetings, NetworkRepository networks, ReferenceData referenceData) {
        super(meetings, Meeting.RESOURCE_TYPE, MeetingWrite.class, Meeting::new);
        this.meetings = meetings;
        this.networks = networks;
        this.referenceData = referenceData;
    }

    /** Filters of the meeting list; each may be null. {@code from} and {@code to} are days, both included. */
    public record Filter(LocalDate from, LocalDate to, UUID networkId, MeetingKind kind, MeetingStatus status,
            NeedCategory needCategory, String q) {
    }

    public Page<MeetingView> list(String countyCode, Filter filter, PageParams paging) {
        return list(countyCode, conditions(filter), paging, SORTABLE, "startsAt");
    }

    /** The first {@code max} meetings that start in the period (days, both included), by start; for calendars. */
    Page<Meeting> meetingsStarting(String countyCode, LocalDate from, LocalDate to, UUID networkId, int max) {
        return entities(countyCode, conditions(new Filter(from, to, networkId, null, null, null, null)),
                Sort.by("startsAt").and("id"), 0, max, true);
    }

    private List<Condition> conditions(Filter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        List<Condition> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(new Condition("startsAt >= :from",
                    Parameters.with("from", filter.from().atStartOfDay(COUNTY_TIME).toInstant())));
        }
        if (filter.to() != null) {
            conditions.add(new Condition("startsAt < :to",
                    Parameters.with("to", filter.to().plusDays(1).atStartOfDay(COUNTY_TIME).toInstant())));
        }
        if (filter.networkId() != null) {
            conditions.add(new Condition("networkId = :networkId", Parameters.with("networkId", filter.networkId())));
        }
        if (filter.kind() != null) {
            conditions.add(new Condition("kind = :kind", Parameters.with("kind", filter.kind())));
        }
        if (filter.status() != null) {
            conditions.add(new Condition("status = :status", Parameters.with("status", filter.status())));
        }
        if (filter.needCategory() != null) {
            conditions.add(new Condition("array_contains(needCategories, :needCategory)",
                    Parameters.with("needCategory", filter.needCategory().name())));
        }
        if (TextSearch.present(filter.q())) {
            conditions.add(TextSearch.condition(filter.q(), "title", "theme"));
        }
        return conditions;
    }





    @Override
    protected void apply(String countyCode, MeetingWrite write, Meeting meeting) {
        if (write.kind() == MeetingKind.TRAINING && write.audience() == null) {
            throw ProblemException.invalid("audience", "a training names its audience: POLITICIANS, OFFICIALS or MIXED");
        }
        if (write.kind() != MeetingKind.TRAINING && write.audience() != null) {
            throw ProblemException.invalid("audience", "only a training has an audience");
        }
        if (!write.startsAt().isBefore(write.endsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        String location = blankToNull(write.location());
        String onlineUrl = blankToNull(write.onlineUrl());
        if (location == null && onlineUrl == null) {
            throw ProblemException.invalid("location", "a meeting has a location, an onlineUrl or both");
        }
        List<String> municipalityCodes = write.municipalityCodes() == null ? List.of()
                : write.municipalityCodes().stream().distinct().toList();
        for (String code : municipalityCodes) {
            if (referenceData.municipality(code).filter(m -> m.countyCode().equals(countyCode)).isEmpty()) {
                throw ProblemException.invalid("municipalityCodes", code + " is no municipality of county " + countyCode);
            }
        }
        if (write.networkId() != null && !write.networkId().equals(meeting.networkId)) {
            requireOpenNetwork(countyCode, write.networkId());
        }
        MeetingStatus status = write.status() == null ? MeetingStatus.PLANNED : write.status();
        if (meeting.status != null && !meeting.status.mayBecome(status)) {
            throw ProblemException.conflict("A " + meeting.status + " meeting cannot become " + status
                    + ": a PLANNED meeting becomes HELD or CANCELLED, and there it stays");
        }
        String minutes = blankToNull(write.minutes());
        List<MeetingWrite.FollowUpAction> actions = write.actions() == null ? List.of() : List.copyOf(write.actions());
        if (status != MeetingStatus.HELD && (minutes != null || !actions.isEmpty())) {
            throw ProblemException.conflict("Minutes and follow-up actions are written once the meeting is HELD;"
                    + " this one is " + status);
        }
        meeting.title = write.title().strip();
        meeting.theme = write.theme().strip();
        meeting.kind = write.kind();
        meeting.audience = write.audience();
        meeting.networkId = write.networkId();
        meeting.startsAt = write.startsAt().toInstant();
        meeting.endsAt = write.endsAt().toInstant();
        meeting.location = location;
        meeting.onlineUrl = onlineUrl;
        meeting.status = status;
        meeting.agenda = write.agenda() == null ? List.of() : List.copyOf(write.agenda());
        meeting.guests = write.guests() == null ? List.of() : List.copyOf(write.guests());
        meeting.minutes = minutes;
        meeting.actions = actions;
        meeting.needCategories = write.needCategories() == null ? List.of()
                : write.needCategories().stream().distinct().map(NeedCategory::name).toList();
        meeting.municipalityCodes = municipalityCodes;
    }

    /**
     * A network a meeting may newly name: one of the county (else 400), and not CLOSED (409). A meeting that already
     * names a network keeps it when the network closes.
     */
    private void requireOpenNetwork(String countyCode, UUID networkId) {
        Network network = networks.findInCounty(countyCode, networkId).orElseThrow(
                () -> ProblemException.invalid("networkId", "must be a network of county " + countyCode));
        if (network.status == NetworkStatus.CLOSED) {
            throw new ProblemException(409, "conflict", "Conflict", "The network " + network.name
                    + " is CLOSED: it holds no new meetings", List.of(new Problem.FieldError("networkId",
                            "names a CLOSED network")));
        }
    }

    @Override
    protected MeetingWrite toWrite(Meeting m) {
        return new MeetingWrite(m.title, m.theme, m.kind, m.audience, m.networkId, m.startsAt.atOffset(ZoneOffset.UTC),
                m.endsAt.atOffset(ZoneOffset.UTC), m.location, m.onlineUrl, m.status, m.agenda, m.guests, m.minutes,
                m.actions, m.needCategories.stream().map(NeedCategory::valueOf).toList(), m.municipalityCodes);
    }

    @Override
    protected MeetingView view(Meeting meeting) {
        return views(List.of(meeting)).get(0);
    }

    /**
     * Views of a page with the attendance counts of all its meetings read in one query, and the names of the networks
     * they name in another (none when no meeting of the page names one).
     */
    @Override
    protected List<MeetingView> views(List<Meeting> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        String countyCode = page.get(0).countyCode;
        Map<UUID, MeetingRepository.Attendees> attendees = meetings.attendees(countyCode,
                page.stream().map(m -> m.id).toList());
        List<UUID> networkIds = page.stream().map(m -> m.networkId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> networkNames = networks.namesInCounty("select n.id, n.name from Network n"
                + " where n.countyCode = :countyCode and n.id in :ids", countyCode, networkIds);
        return page.stream().map(m -> MeetingView.of(m, networkNames.get(m.networkId),
                attendees.getOrDefault(m.id, MeetingRepository.Attendees.NONE))).toList();
    }

    /** The meeting of the county, or a 404; for the calendar and the attendance of one meeting. */
    Meeting meeting(String countyCode, UUID id) {
        return meetings.getInCounty(countyCode, id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
