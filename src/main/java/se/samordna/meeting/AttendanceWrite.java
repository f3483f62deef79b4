package se.samordna.meeting;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to put a contact on a meeting's list or change its status there. */
@Schema(name = "AttendanceWrite")
public record AttendanceWrite(
        @NotNull @Schema(description = "A contact of the county; a member writes only its own linked contact, and it"
                + " cannot change once written") UUID contactId,
        @NotNull @Schema(description = "A member registers (REGISTERED) or is INVITED; ATTENDED and ABSENT are a"
                + " coordinator's, once the meeting is HELD", examples = "REGISTERED") AttendanceStatus status) {
}
