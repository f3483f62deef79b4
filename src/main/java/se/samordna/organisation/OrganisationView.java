package se.samordna.organisation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** An organisation as the API answers it. */
@Schema(name = "Organisation")
public record OrganisationView(
        UUID id,
        @Schema(examples = "08") String countyCode,
        @Schema(examples = "Kalmar kommun") String name,
        @Schema(examples = "MUNICIPALITY") OrganisationType type,
        @Schema(examples = "0880") String municipalityCode,
        @Schema(examples = "Kalmar") String municipalityName,
        @Schema(examples = "212000-0829") String organisationNumber,
        @Schema(description = "Its key in the system it was imported from", examples = "kalmar-kn-0880") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer") String updatedBy) implements Versioned {
}
