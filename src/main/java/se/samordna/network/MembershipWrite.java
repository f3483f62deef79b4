package se.samordna.network;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        LocalDate leftOn) {
}
