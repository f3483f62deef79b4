package se.samordna.meeting;

import se.samordna.region.ReferenceData;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.NeedCategory;
import se.samordna.county.Versioned;

/** A meeting as the API answers it, with how many contacts are on its list in each attendance status. */
@Schema(name = "Meeting")
public record MeetingView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(maxLength = 200, examples = "Nätverksträff: trygghet i centrum") String title,
        @Schema(maxLength = 500, examples = "Situationell prevention i stadskärnan") String theme,
        MeetingKind kind,
        @Schema(nullable = true, description = "A training's audience; null for other kinds") Audience audience,
        @Schema(nullable = true) UUID networkId,
        @Schema(maxLength = 200, nullable = true, description = "The name of the meeting's network", examples = "Kalmar läns nätverk för kommuner och kommunpoliser")
        String networkName,
        @Schema(examples = "2026-12-03T08:00:00Z") Instant startsAt,
        @Schema(examples = "2026-12-03T11:00:00Z") Instant endsAt,
        @Schema(maxLength = 500, nullable = true) String location,
        @Schema(maxLength = 2000, nullable = true) String onlineUrl,
        MeetingStatus status,
        @Schema(maxItems = 100) List<MeetingWrite.AgendaItem> agenda,
        @Schema(maxItems = 100) List<MeetingWrite.Guest> guests,
        @Schema(maxLength = 50000, nullable = true) String minutes,
        @Schema(maxItems = 200) List<MeetingWrite.FollowUpAction> actions,
        @Schema(maxItems = 8) List<NeedCategory> needCategories,
        @Schema(maxItems = 300, description = "The municipalities the meeting is meant for, as written; may be empty")
        List<@Size(max = 4) String> municipalityCodes,
        @Schema(maxItems = ReferenceData.MOST_MUNICIPALITIES, description = "Read only: municipalityCodes when set, "
                + "otherwise by default those of the organisations whose contacts ATTENDED the meeting")
        List<@Size(max = 4) String> meantForMunicipalityCodes,
        @Schema(description = "How many contacts are on the meeting's list, by attendance status") AttendanceCounts attendance,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {

    /** Contacts on a meeting's list by status. */
    @Schema(name = "AttendanceCounts")
    public record AttendanceCounts(
            @Schema(examples = "12") long invited,
            @Schema(examples = "9") long registered,
            @Schema(examples = "0") long attended,
            @Schema(examples = "0") long absent) {

        static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0);

        AttendanceCounts plus(AttendanceStatus status, long count) {
            return switch (status) {
                case INVITED -> new AttendanceCounts(invited + count, registered, attended, absent);
                case REGISTERED -> new AttendanceCounts(invited, registered + count, attended, absent);
                case ATTENDED -> new AttendanceCounts(invited, registered, attended + count, absent);
                case ABSENT -> new AttendanceCounts(invited, registered, attended, absent + count);
            };
        }
    }

    static MeetingView of(Meeting m, String networkName, MeetingRepository.Attendees attendees) {
        List<String> meantFor = m.municipalityCodes.isEmpty() ? List.copyOf(attendees.attendedMunicipalities())
                : m.municipalityCodes;
        return new MeetingView(m.id, m.countyCode, m.title, m.theme, m.kind, m.audience, m.networkId, networkName,
                m.startsAt,
                m.endsAt, m.location, m.onlineUrl, m.status, m.agenda, m.guests, m.minutes, m.actions,
                m.needCategories.stream().map(NeedCategory::valueOf).toList(), m.municipalityCodes, meantFor,
                attendees.counts(),
                m.version, m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
    }
}
