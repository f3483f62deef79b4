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
        @Schema(maxLength = 2, examples = "08") String countyCode,
        UUID networkId,
        @Schema(nullable = true) UUID contactId,
        @Schema(maxLength = 200, nullable = true, description = "Null when the membership is an organisation's, or the contact was erased",
                examples = "Karin Åberg") String contactName,
        @Schema(nullable = true) UUID organisationId,
        @Schema(maxLength = 200, nullable = true, examples = "Kalmar kommun") String organisationName,
        @Schema(nullable = true, examples = "MUNICIPALITY") OrganisationType organisationType,
        @Schema(maxLength = 4, nullable = true, description = "The organisation's municipality", examples = "0880") String municipalityCode,
        @Schema(maxLength = 40, nullable = true, examples = "Kalmar") String municipalityName,
        @Schema(examples = "MEMBER") MembershipRole role,
        @Schema(examples = "2025-09-01") LocalDate joinedOn,
        @Schema(nullable = true, description = "The first day it no longer holds; null while it lasts") LocalDate leftOn,
        @Schema(maxLength = 100, nullable = true, description = "Its key in the system it was imported from", examples = "kalmar-bron-karin-2024") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {
}
