package se.samordna.organisation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** An organisation as the API answers it. */
@Schema(name = "Organisation")
public record OrganisationView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(maxLength = 200, examples = "Kalmar kommun") String name,
        @Schema(examples = "MUNICIPALITY") OrganisationType type,
        @Schema(maxLength = 4, nullable = true, examples = "0880") String municipalityCode,
        @Schema(maxLength = 40, nullable = true, examples = "Kalmar") String municipalityName,
        @Schema(maxLength = 11, examples = "212000-0829", nullable = true) String organisationNumber,
        @Schema(maxLength = 100, nullable = true, description = "Its key in the system it was imported from", examples = "kalmar-kn-0880") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {
}
