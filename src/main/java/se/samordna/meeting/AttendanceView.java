package se.samordna.meeting;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A contact on a meeting's list as the API answers it. */
@Schema(name = "Attendance")
public record AttendanceView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        UUID meetingId,
        UUID contactId,
        @Schema(maxLength = 200, description = "Null once the contact was erased", examples = "Karin Åberg") String contactName,
        AttendanceStatus status,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {

    static AttendanceView of(Attendance a, String contactName) {
        return new AttendanceView(a.id, a.countyCode, a.meetingId, a.contactId, contactName, a.status, a.version,
                a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
