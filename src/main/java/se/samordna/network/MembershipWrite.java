package se.samordna.network;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.ImportableWrite;

/** What a client writes to create or replace a membership: a contact, an organisation, or both. */
@Schema(name = "MembershipWrite")
public record MembershipWrite(
        @Schema(description = "A contact of the county; at least one of contactId and organisationId")
        UUID contactId,
        @Schema(description = "An organisation of the county; when left out, the contact's organisation")
        UUID organisationId,
        @NotNull @Schema(examples = "MEMBER") MembershipRole role,
        @NotNull @Schema(description = "The first day of the membership", examples = "2025-09-01") LocalDate joinedOn,
        @Schema(description = "The first day it no longer holds (leaving); null while it lasts", examples = "2026-06-30")
        LocalDate leftOn,
        @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters")
        @Schema(description = "The object's key in the system it comes from: optional, unique per county; an import "
                + "updates the object that carries it", examples = "kalmar-bron-karin-2024")
        String externalId) implements ImportableWrite {
}
