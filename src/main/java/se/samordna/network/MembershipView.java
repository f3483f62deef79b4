package se.samordna.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;
import se.samordna.organisation.OrganisationType;

/**
 * A membership as the API answers it: who (names, organisation and its type and municipality), in which role,
 * and when. No contact details: those are the coordinators', in the contact itself and in the member export.
 */
@Schema(name = "Membership")
public record MembershipView(
        UUID id,
        @Schema(examples = "08") String countyCode,
        UUID networkId,
        UUID contactId,
        @Schema(description = "Null when the membership is an organisation's, or the contact was erased",
                examples = "Karin Åberg") String contactName,
        UUID organisationId,
        @Schema(examples = "Kalmar kommun") String organisationName,
        @Schema(examples = "MUNICIPALITY") OrganisationType organisationType,
        @Schema(description = "The organisation's municipality", examples = "0880") String municipalityCode,
        @Schema(examples = "Kalmar") String municipalityName,
        @Schema(examples = "MEMBER") MembershipRole role,
        @Schema(examples = "2025-09-01") LocalDate joinedOn,
        @Schema(description = "The first day it no longer holds; null while it lasts") LocalDate leftOn,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer") String updatedBy) implements Versioned {
}
